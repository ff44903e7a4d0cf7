package dk.kkr.store;

import dk.kkr.store.access.AccessException;
import dk.kkr.store.access.Account;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.Role;
import dk.kkr.store.read.ArchiveFixture;
import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.Viewer;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A draft agenda sent for review: the chosen accounts of the KKR read the draft and comment on its items; the others
 * read neither draft nor comments; the review ends with the release.
 */
class AgendaReviewsTest {

    @Test
    void theChosenReadTheDraftAndCommentUntilItIsReleased() {
        DataSource dataSource = ArchiveFixture.load().dataSource();
        AccountStore accounts = new AccountStore(dataSource);
        Account secretariat = accounts.add("mette", Role.SECRETARIAT, List.of("midtjylland"), null, null);
        Account chosen = accounts.add("lars", Role.MEMBER, List.of("midtjylland"), "lars@viborg.example", null);
        Account other = accounts.add("ib", Role.MEMBER, List.of("midtjylland"), null, null);
        accounts.add("bo", Role.MEMBER, List.of("syddanmark"), null, null);
        AuthoredAgendas agendas = new AuthoredAgendas(dataSource);
        AgendaReviews reviews = new AgendaReviews(dataSource, agendas);
        long meeting = agendas.createMeeting("midtjylland", LocalDate.of(2027, 3, 1), null, null, secretariat)
                .meetingId();
        long item = agendas.addItem(meeting, 3, new AuthoredAgendas.ItemFields("Fælles udbud af busdrift", null,
                null, Map.of("Baggrund", "Kommunerne udbyder sammen.")), secretariat);
        assertThat(reviews.candidates(meeting)).containsExactly("ib", "lars", "mette");
        assertThat(new ArchiveReader(dataSource, Viewer.of(chosen)).item(item)).isEmpty();

        assertThatThrownBy(() -> reviews.send(meeting, List.of("bo"), "", secretariat))
                .isInstanceOf(AccessException.class).hasMessage("bo er ikke en konto i denne KKR.");
        assertThatThrownBy(() -> reviews.send(meeting, List.of(), "", secretariat))
                .isInstanceOf(AccessException.class).hasMessageStartingWith("Vælg mindst én");
        assertThatThrownBy(() -> reviews.send(meeting, List.of("lars"), "", chosen))
                .isInstanceOf(AccessException.class).hasMessageStartingWith("lars må ikke skrive dagsordener");
        reviews.send(meeting, List.of("lars"), "Se især punkt 3.1.", secretariat);
        assertThat(reviews.reviewers(meeting)).containsExactly("lars");
        assertThat(new MailQueue(dataSource).unsent(10)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Til gennemlæsning: dagsorden for KKR Midtjylland, møde 1. marts 2027");
            assertThat(mail.body()).contains("Se især punkt 3.1.", "/moeder/" + meeting);
        });

        ArchiveReader reviewer = new ArchiveReader(dataSource, Viewer.of(chosen));
        assertThat(reviewer.item(item)).isPresent();
        assertThat(reviewer.meeting(meeting)).isPresent();
        assertThat(new ArchiveReader(dataSource, Viewer.of(other)).item(item)).as("not chosen").isEmpty();
        assertThat(new ArchiveReader(dataSource, Viewer.PUBLIC).meeting(meeting)).isEmpty();

        reviews.comment(item, "Tilføj Randers Kommune.", chosen);
        reviews.comment(item, "Det gør vi.", secretariat);
        assertThatThrownBy(() -> reviews.comment(item, "Jeg vil også.", other)).isInstanceOf(AccessException.class)
                .hasMessage("ib er ikke med i gennemlæsningen af denne dagsorden.");
        assertThat(reviews.comments(meeting, chosen)).extracting(c -> c.author() + ": " + c.text() + " (" + c.itemNumber()
                + ")").containsExactly("lars: Tilføj Randers Kommune. (3.1)", "mette: Det gør vi. (3.1)");
        assertThat(reviews.comments(meeting, other)).isEmpty();

        reviews.send(meeting, List.of("ib"), "", secretariat);
        assertThat(new ArchiveReader(dataSource, Viewer.of(chosen)).item(item)).as("no longer chosen").isEmpty();
        assertThat(new ArchiveReader(dataSource, Viewer.of(other)).item(item)).isPresent();

        agendas.release(meeting, secretariat);
        assertThatThrownBy(() -> reviews.comment(item, "For sent.", other)).isInstanceOf(AccessException.class)
                .hasMessageStartingWith("Gennemlæsningen er slut");
        assertThatThrownBy(() -> reviews.send(meeting, List.of("lars"), "", secretariat))
                .isInstanceOf(AccessException.class).hasMessageStartingWith("Kun en kladde");
    }
}
