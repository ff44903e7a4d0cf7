package dk.kkr.store;

import dk.kkr.core.model.AuthoredAgenda;
import dk.kkr.core.model.SourceText;
import dk.kkr.core.pipeline.DocumentPipeline;
import dk.kkr.store.access.AccessException;
import dk.kkr.store.access.Account;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.ItemAccess;
import dk.kkr.store.access.Role;
import dk.kkr.store.read.ArchiveFixture;
import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.DocumentView;
import dk.kkr.store.read.ItemSummary;
import dk.kkr.store.read.MentionView;
import dk.kkr.store.read.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A secretariat writes a meeting's agenda on the platform: from its KKR's template, items added, edited, moved and
 * deleted, numbered by the system; the agenda is a draft for the secretariat, then released to the members, then
 * published — at once or at a set time — and every reader reads it as any agenda, its text and spans exact. Runs on
 * H2 and PostgreSQL.
 */
abstract class AuthoredAgendasContractTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2027, 2, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final Account SECRETARIAT =
            new Account(10, "mette", Role.SECRETARIAT, List.of("midtjylland"), null, NOW);
    private static final Account MEMBER = new Account(11, "lars", Role.MEMBER, List.of("midtjylland"), null, NOW);
    private static final Account OTHER_SECRETARIAT =
            new Account(12, "sara", Role.SECRETARIAT, List.of("hovedstaden"), null, NOW);
    private static final AuthoredAgendas.ItemFields BUSSES = new AuthoredAgendas.ItemFields(
            "Fælles udbud af elbusser", "SAG-2027-00144", "lhan", Map.of(
            "Baggrund", "Busdriften i Aarhus Kommune og Viborg Kommune udbydes igen i 2028.",
            "Indstilling", "Det indstilles, at KKR Midtjylland godkender udbuddet."));

    private DataSource dataSource;
    private AuthoredAgendas agendas;
    private AuthoredAgendas.Agenda march;

    /** A database with the shared fixture (KKR Syddanmark's and Hovedstaden's documents) in it. */
    abstract ArchiveFixture.Loaded archive();

    @BeforeEach
    void createAMeetingOfKkrMidtjylland() {
        dataSource = archive().dataSource();
        agendas = new AuthoredAgendas(dataSource, Clock.fixed(NOW.toInstant(), ZoneOffset.UTC));
        march = agendas.createMeeting("midtjylland", LocalDate.of(2027, 3, 1), LocalTime.of(10, 0),
                "Regionshuset, Viborg", SECRETARIAT);
    }

    @Test
    void aMeetingStartsFromTheTemplateAsADraftOnlyItsSecretariatReads() {
        assertThat(march.stage()).isEqualTo(AuthoredAgendas.Stage.DRAFT);
        DocumentView agenda = reader(SECRETARIAT).document(march.documentId()).orElseThrow();
        assertThat(agenda.title()).isEqualTo("Dagsorden, KKR Midtjylland 1. marts 2027");
        assertThat(agenda.items()).extracting(item -> item.number() + " " + item.title()).containsExactly(
                "1 Godkendelse af referat og dagsorden", "1.1 Godkendelse af referat", "1.2 Godkendelse af dagsorden",
                "2 Siden sidst", "2.1 Siden sidst", "3 Regionalpolitiske sager", "4 Udpegninger", "5 KKR",
                "6 Punkter til næste møde", "7 Eventuelt");
        assertThat(agenda.meeting().location()).isEqualTo("Regionshuset, Viborg");

        for (Viewer viewer : List.of(Viewer.PUBLIC, Viewer.of(MEMBER), Viewer.of(OTHER_SECRETARIAT))) {
            ArchiveReader reader = new ArchiveReader(dataSource, viewer);
            assertThat(reader.document(march.documentId())).as(viewer.toString()).isEmpty();
            assertThat(reader.meeting(march.meetingId())).as(viewer.toString()).isEmpty();
            assertThat(reader.latestMeetings("midtjylland", 10)).as(viewer.toString()).isEmpty();
        }
        assertThat(reader(SECRETARIAT).latestMeetings("midtjylland", 10)).singleElement()
                .satisfies(m -> assertThat(m.itemCount()).isEqualTo(10));
        assertThatThrownBy(() -> agendas.createMeeting("midtjylland", LocalDate.of(2027, 3, 1), null, null,
                SECRETARIAT)).isInstanceOf(AccessException.class)
                .hasMessage("KKR Midtjylland har allerede et møde den 1. marts 2027.");
    }

    @Test
    void itemsAreNumberedByTheSystemAndTheTextIsWrittenAnewWithEveryChange() {
        long busses = agendas.addItem(march.meetingId(), 3, BUSSES, SECRETARIAT);
        long climate = agendas.addItem(march.meetingId(), 3, new AuthoredAgendas.ItemFields(
                "Status på klimaplanerne", null, null, Map.of()), SECRETARIAT);
        assertThat(numbers()).containsSubsequence("3 Regionalpolitiske sager", "3.1 Fælles udbud af elbusser",
                "3.2 Status på klimaplanerne", "4 Udpegninger");

        agendas.moveItem(climate, -1, SECRETARIAT);
        assertThat(numbers()).containsSubsequence("3.1 Status på klimaplanerne", "3.2 Fælles udbud af elbusser");
        agendas.moveItem(climate, -1, SECRETARIAT);
        assertThat(numbers()).as("at the group's top it stays").contains("3.1 Status på klimaplanerne");

        agendas.updateItem(busses, new AuthoredAgendas.ItemFields("Fælles udbud af elbusser 2028", "SAG-2027-00144",
                "lhan", Map.of("Sagsfremstilling", "Randers Kommune deltager også.")), SECRETARIAT);
        DocumentView agenda = reader(SECRETARIAT).document(march.documentId()).orElseThrow();
        String text = agenda.text();
        assertThat(agenda.items()).allSatisfy(item -> assertThat(item.span().of(text))
                .startsWith(item.number() + ". " + item.title()));
        assertThat(reader(SECRETARIAT).item(busses).orElseThrow()).satisfies(item -> {
            assertThat(item.number()).isEqualTo("3.2");
            assertThat(item.caseNumber()).isEqualTo("SAG-2027-00144");
            assertThat(item.caseOwner()).isEqualTo("lhan");
            assertThat(item.sections()).extracting(s -> s.heading() + ": " + s.text())
                    .containsExactly("Sagsfremstilling: Randers Kommune deltager også.");
            assertThat(item.entities().municipalities()).extracting(MentionView::text)
                    .containsExactly("Randers Kommune");
        });
        assertThat(agenda.mentions()).allSatisfy(m -> assertThat(m.span().of(text)).isEqualTo(m.text()))
                .extracting(MentionView::text).doesNotContain("Aarhus Kommune");

        assertThatThrownBy(() -> agendas.deleteItem(agenda.items().get(5).id(), SECRETARIAT))
                .isInstanceOf(AccessException.class).hasMessageStartingWith("Dagsordenens faste overskrifter");
        agendas.deleteItem(climate, SECRETARIAT);
        assertThat(numbers()).contains("3.1 Fælles udbud af elbusser 2028").doesNotContain("3.2");
        assertThat(reader(SECRETARIAT).item(climate)).isEmpty();
    }

    @Test
    void theAgendaIsReleasedToTheMembersThenPublishedToEveryone() {
        long busses = agendas.addItem(march.meetingId(), 3, BUSSES, SECRETARIAT);
        assertThatThrownBy(() -> agendas.release(march.meetingId(), MEMBER)).isInstanceOf(AccessException.class)
                .hasMessageStartingWith("lars må ikke skrive dagsordener");
        assertThatThrownBy(() -> agendas.addItem(march.meetingId(), 3, BUSSES, OTHER_SECRETARIAT))
                .isInstanceOf(AccessException.class);

        agendas.release(march.meetingId(), SECRETARIAT);
        assertThat(reader(MEMBER).item(busses)).isPresent();
        assertThat(new ArchiveReader(dataSource, Viewer.PUBLIC).item(busses)).isEmpty();

        agendas.publish(march.meetingId(), null, SECRETARIAT);
        ArchiveReader anyone = new ArchiveReader(dataSource, Viewer.PUBLIC);
        assertThat(anyone.item(busses).orElseThrow().title()).isEqualTo("Fælles udbud af elbusser");
        assertThat(anyone.meeting(march.meetingId()).orElseThrow().items()).extracting(ItemSummary::number)
                .contains("3.1");
        assertThatThrownBy(() -> agendas.publish(march.meetingId(), null, SECRETARIAT))
                .isInstanceOf(AccessException.class).hasMessage("Dagsordenen er allerede offentliggjort.");
    }

    @Test
    void anAgendaPublishedAtASetTimeIsPublishedWhenItsTimeHasCome() {
        OffsetDateTime at = NOW.plusDays(3);
        AuthoredAgendas.Agenda set = agendas.publish(march.meetingId(), at, SECRETARIAT);
        assertThat(set.stage()).isEqualTo(AuthoredAgendas.Stage.RELEASED);
        assertThat(set.publishAt()).isEqualTo(at);
        assertThat(agendas.due()).isEmpty();
        assertThat(agendas.publishDue()).isEmpty();
        assertThat(new ArchiveReader(dataSource, Viewer.PUBLIC).document(march.documentId())).isEmpty();

        AuthoredAgendas later = new AuthoredAgendas(dataSource, Clock.fixed(at.plusMinutes(1).toInstant(), ZoneOffset.UTC));
        assertThat(later.due()).containsExactly(march.meetingId());
        assertThat(later.publishDue()).containsExactly(march.meetingId());
        assertThat(later.due()).isEmpty();
        assertThat(later.agenda(march.meetingId()).orElseThrow().stage()).isEqualTo(AuthoredAgendas.Stage.PUBLISHED);
        assertThat(new ArchiveReader(dataSource, Viewer.PUBLIC).document(march.documentId())).isPresent();
    }

    @Test
    void anItemMovesToALaterMeetingKeepingItsIdAndClosure() {
        long busses = agendas.addItem(march.meetingId(), 3, BUSSES, SECRETARIAT);
        new ItemAccess(dataSource).close(busses, Closure.closed("Udbud af busdrift", "offentlighedslovens § 33",
                "mette"), SECRETARIAT);
        AuthoredAgendas.Agenda june = agendas.createMeeting("midtjylland", LocalDate.of(2027, 6, 7), null, null,
                SECRETARIAT);
        assertThat(agendas.laterAgendas(march.meetingId())).extracting(AuthoredAgendas.Agenda::meetingId)
                .containsExactly(june.meetingId());
        assertThatThrownBy(() -> agendas.moveToMeeting(busses, march.meetingId(), SECRETARIAT))
                .isInstanceOf(AccessException.class).hasMessageStartingWith("Et punkt flyttes kun");

        agendas.moveToMeeting(busses, june.meetingId(), SECRETARIAT);
        assertThat(numbers()).doesNotContain("3.1 Fælles udbud af elbusser");
        ArchiveReader secretariat = reader(SECRETARIAT);
        assertThat(secretariat.item(busses).orElseThrow()).satisfies(item -> {
            assertThat(item.number()).isEqualTo("3.1");
            assertThat(item.meeting().id()).isEqualTo(june.meetingId());
            assertThat(item.closure().publicTitle()).isEqualTo("Udbud af busdrift");
        });
        DocumentView juneAgenda = secretariat.document(june.documentId()).orElseThrow();
        assertThat(juneAgenda.items()).allSatisfy(item -> assertThat(item.span().of(juneAgenda.text()))
                .startsWith(item.number() + ". " + item.title()));
    }

    @Test
    void afterReleaseEveryChangeIsKeptAsAVersionAndTheChangedItemIsMarked() {
        long busses = agendas.addItem(march.meetingId(), 3, BUSSES, SECRETARIAT);
        assertThat(reader(SECRETARIAT).versions(march.meetingId())).as("a draft keeps no versions").isEmpty();
        assertThat(reader(SECRETARIAT).item(busses).orElseThrow().changedAfterRelease()).isNull();

        agendas.release(march.meetingId(), SECRETARIAT);
        agendas.updateItem(busses, new AuthoredAgendas.ItemFields("Fælles udbud af elbusser 2028", "SAG-2027-00144",
                "lhan", Map.of("Indstilling", "Det indstilles, at udbuddet godkendes.")), SECRETARIAT);

        ArchiveReader secretariat = reader(SECRETARIAT);
        assertThat(secretariat.item(busses).orElseThrow().changedAfterRelease()).isEqualTo(LocalDate.of(2027, 2, 1));
        DocumentView agenda = secretariat.document(march.documentId()).orElseThrow();
        String item = agenda.items().stream().filter(i -> i.id() == busses).findFirst().orElseThrow().span()
                .of(agenda.text());
        assertThat(item).contains("Ændret efter udsendelse 1. februar 2027");
        assertThat(agenda.items()).filteredOn(i -> i.id() != busses)
                .allSatisfy(i -> assertThat(i.span().of(agenda.text())).doesNotContain("Ændret"));

        new AccountStore(dataSource).add("lars", Role.MEMBER, List.of("midtjylland"), null, null);
        new AccountStore(dataSource).add("bo", Role.MEMBER, List.of("midtjylland"), null, null);
        assertThat(reader(MEMBER).versions(march.meetingId())).satisfiesExactly(
                newest -> {
                    assertThat(newest.number()).isEqualTo(2);
                    assertThat(newest.madeBy()).isEqualTo("mette");
                    assertThat(newest.text()).contains("Fælles udbud af elbusser 2028");
                },
                released -> assertThat(released.text()).contains("3.1. Fælles udbud af elbusser\n")
                        .doesNotContain("Ændret efter udsendelse"));
        assertThat(new ArchiveReader(dataSource, Viewer.PUBLIC).versions(march.meetingId())).isEmpty();
        agendas.publish(march.meetingId(), null, SECRETARIAT);
        assertThat(new ArchiveReader(dataSource, Viewer.PUBLIC).versions(march.meetingId()))
                .as("a version may hold what was never published").isEmpty();
        new ItemAccess(dataSource).exclude(busses, "bo", true, SECRETARIAT);
        Account bo = new Account(13, "bo", Role.MEMBER, List.of("midtjylland"), null, NOW);
        assertThat(reader(bo).versions(march.meetingId())).as("left out of an item the versions hold").isEmpty();
    }

    @Test
    void anUploadedAnnexIsReadWithItsAgendaAndFollowsItsItem() {
        long busses = agendas.addItem(march.meetingId(), 3, BUSSES, SECRETARIAT);
        String memo = """
                NOTAT
                Elbusser i Midtjylland
                Kommunerne har sammen bestilt 40 elbusser til Hedelyngruten i Silkeborg Kommune.
                """;
        SourceText source = new SourceText("notat-elbusser.txt", "e".repeat(64), memo.length(), "text/plain", memo,
                List.of());
        long annex = agendas.attachAnnex(busses, DocumentPipeline.standard().analyse(source),
                "Notat om elbusser", SECRETARIAT);

        ArchiveReader secretariat = reader(SECRETARIAT);
        assertThat(secretariat.item(busses).orElseThrow().annexes()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Notat om elbusser");
            assertThat(a.documentId()).isEqualTo(annex);
        });
        assertThat(secretariat.document(march.documentId()).orElseThrow().text())
                .contains("Bilag\n\nNotat om elbusser");
        assertThat(secretariat.document(annex).orElseThrow().text()).contains("Hedelyngruten");
        for (Account other : List.of(MEMBER, OTHER_SECRETARIAT)) {
            assertThat(reader(other).document(annex)).as(other.name()).isEmpty();
        }
        assertThat(new ArchiveReader(dataSource, Viewer.PUBLIC).document(annex)).isEmpty();

        agendas.publish(march.meetingId(), null, SECRETARIAT);
        ArchiveReader anyone = new ArchiveReader(dataSource, Viewer.PUBLIC);
        assertThat(anyone.document(annex).orElseThrow().text()).contains("Hedelyngruten");
        assertThat(anyone.meeting(march.meetingId()).orElseThrow().documents())
                .extracting(d -> d.id()).contains(march.documentId(), annex);

        AuthoredAgendas.Agenda june = agendas.createMeeting("midtjylland", LocalDate.of(2027, 6, 7), null, null,
                SECRETARIAT);
        agendas.moveToMeeting(busses, june.meetingId(), SECRETARIAT);
        assertThat(new ArchiveReader(dataSource, Viewer.PUBLIC).document(annex)).as("now an annex of a draft").isEmpty();
        assertThat(reader(SECRETARIAT).meeting(june.meetingId()).orElseThrow().documents())
                .extracting(d -> d.id()).contains(annex);
    }

    @Test
    void aKkrKeepsItsOwnTemplateForItsNextMeetings() {
        agendas.keepTemplate("midtjylland", List.of(AuthoredAgenda.Entry.titled(true, "Godkendelse af dagsorden"),
                AuthoredAgenda.Entry.titled(true, "Sager til beslutning"), AuthoredAgenda.Entry.titled(true,
                        "Eventuelt")), SECRETARIAT);
        AuthoredAgendas.Agenda may = agendas.createMeeting("midtjylland", LocalDate.of(2027, 5, 3), null, null,
                SECRETARIAT);
        assertThat(reader(SECRETARIAT).document(may.documentId()).orElseThrow().items())
                .extracting(item -> item.number() + " " + item.title())
                .containsExactly("1 Godkendelse af dagsorden", "2 Sager til beslutning", "3 Eventuelt");
        assertThat(agendas.template("syddanmark")).first().satisfies(e -> assertThat(e.title())
                .isEqualTo("Godkendelse af referat og dagsorden"));
        assertThatThrownBy(() -> agendas.keepTemplate("midtjylland", List.of(AuthoredAgenda.Entry.titled(false,
                "Et punkt")), SECRETARIAT)).isInstanceOf(AccessException.class);
    }

    @Test
    void afterTheMeetingTheDecisionsAndAttendanceAreReleasedAsItsMinutes() {
        long busses = agendas.addItem(march.meetingId(), 3, BUSSES, SECRETARIAT);
        assertThatThrownBy(() -> agendas.recordDecision(busses, "Godkendt.", SECRETARIAT))
                .isInstanceOf(AccessException.class).hasMessageStartingWith("Beslutninger skrives, når");
        agendas.release(march.meetingId(), SECRETARIAT);
        long peopleBefore = people(Viewer.of(MEMBER));

        agendas.recordDecision(busses, "Godkendt med den tilføjelse, at Randers Kommune deltager.", SECRETARIAT);
        assertThatThrownBy(() -> agendas.recordDecision(busses, "x", MEMBER)).isInstanceOf(AccessException.class);
        assertThatThrownBy(() -> agendas.recordAttendance(march.meetingId(), List.of(
                new AuthoredAgenda.Attendee("Anne Holm", "Viborgg", true, null)), SECRETARIAT))
                .isInstanceOf(AccessException.class).hasMessage("»Viborgg« er ikke en af de 98 kommuner.");
        assertThatThrownBy(() -> agendas.recordAttendance(march.meetingId(), List.of(
                new AuthoredAgenda.Attendee("Anne Holm", null, true, null),
                new AuthoredAgenda.Attendee("Anne  Holm", null, false, null)), SECRETARIAT))
                .isInstanceOf(AccessException.class).hasMessageStartingWith("Anne Holm står mere end én gang");
        agendas.recordAttendance(march.meetingId(), List.of(
                new AuthoredAgenda.Attendee("Borgmester Anne Holm", "Viborg Kommune", true, null),
                new AuthoredAgenda.Attendee("Jens Dam", "Aarhus", false, "Mia Berg")), SECRETARIAT);
        assertThat(agendas.attendance(march.meetingId(), SECRETARIAT)).extracting(AuthoredAgenda.Attendee::municipality)
                .containsExactly("Viborg", "Aarhus");
        assertThat(reader(MEMBER).item(busses).orElseThrow().sections()).as("nobody reads a decision before the minutes")
                .extracting(s -> s.heading()).doesNotContain("Beslutning");
        assertThat(reader(MEMBER).document(march.documentId()).orElseThrow().text()).doesNotContain("Godkendt", "Jens Dam");
        assertThatThrownBy(() -> agendas.releaseMinutes(march.meetingId(), SECRETARIAT))
                .isInstanceOf(AccessException.class)
                .hasMessage("Referatet kan først udsendes på mødedagen, 1. marts 2027.");

        AuthoredAgendas after = new AuthoredAgendas(dataSource,
                Clock.fixed(NOW.plusMonths(1).plusDays(1).toInstant(), ZoneOffset.UTC));
        AuthoredAgendas.Agenda minutes = after.releaseMinutes(march.meetingId(), SECRETARIAT);
        assertThat(minutes.minutes()).isTrue();
        DocumentView read = reader(MEMBER).document(march.documentId()).orElseThrow();
        assertThat(read.title()).isEqualTo("Referat, KKR Midtjylland 1. marts 2027");
        assertThat(read.text()).contains("Deltagere:\nBorgmester Anne Holm, Viborg Kommune\n"
                + "Mia Berg, Aarhus Kommune (stedfortræder for Jens Dam)\n\nAfbud:\nJens Dam, Aarhus Kommune\n");
        assertThat(reader(MEMBER).item(busses).orElseThrow().sections()).extracting(s -> s.heading() + ": " + s.text())
                .contains("Beslutning: Godkendt med den tilføjelse, at Randers Kommune deltager.");
        assertThat(people(Viewer.of(MEMBER))).as("the three named in the minutes").isEqualTo(peopleBefore + 3);
        assertThat(people(Viewer.PUBLIC)).as("not before the minutes are published").isEqualTo(peopleBefore);
        assertThatThrownBy(() -> after.releaseMinutes(march.meetingId(), SECRETARIAT))
                .isInstanceOf(AccessException.class).hasMessage("Referatet er allerede udsendt.");

        after.recordDecision(busses, "Godkendt.", SECRETARIAT);
        assertThat(reader(MEMBER).item(busses).orElseThrow()).satisfies(item -> {
            assertThat(item.changedAfterRelease()).isEqualTo(LocalDate.of(2027, 3, 2));
            assertThat(item.sections()).extracting(s -> s.heading() + ": " + s.text()).contains("Beslutning: Godkendt.");
        });
        assertThat(reader(MEMBER).versions(march.meetingId())).hasSizeGreaterThanOrEqualTo(3);

        AuthoredAgendas.Agenda june = after.createMeeting("midtjylland", LocalDate.of(2027, 6, 7), null, null,
                SECRETARIAT);
        assertThat(reader(SECRETARIAT).document(june.documentId()).orElseThrow().items().get(1).id())
                .satisfies(first -> assertThat(reader(SECRETARIAT).item(first).orElseThrow().annexes())
                        .singleElement().satisfies(annex -> {
                            assertThat(annex.title()).isEqualTo("Referat fra mødet 1. marts 2027");
                            assertThat(annex.documentId()).isEqualTo(march.documentId());
                        }));
        after.publish(march.meetingId(), null, SECRETARIAT);
        assertThat(people(Viewer.PUBLIC)).isEqualTo(peopleBefore + 3);
        assertThat(new ArchiveReader(dataSource, Viewer.PUBLIC).document(march.documentId()).orElseThrow().text())
                .contains("Beslutning\n\nGodkendt.");
    }

    private long people(Viewer viewer) {
        return new dk.kkr.store.oparl.OparlReader(dataSource, viewer).counts().get("person");
    }

    @Test
    void fieldsAreCheckedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> new AuthoredAgendas.ItemFields(" ", null, null, Map.of()))
                .isInstanceOf(AccessException.class).hasMessageStartingWith("Punktet skal have en titel");
        assertThatThrownBy(() -> new AuthoredAgendas.ItemFields("Titel", "SAG-27-1", null, Map.of()))
                .isInstanceOf(AccessException.class).hasMessageStartingWith("Sags-ID skrives som");
        assertThatThrownBy(() -> new AuthoredAgendas.ItemFields("Titel", "SAG-2027-00001", "Lars Hansen", Map.of()))
                .isInstanceOf(AccessException.class);
        assertThatThrownBy(() -> new AuthoredAgendas.ItemFields("Titel", null, null, Map.of("Noter", "x")))
                .isInstanceOf(AccessException.class).hasMessage("Et punkt har ikke et afsnit, der hedder »Noter«.");
    }

    private List<String> numbers() {
        return reader(SECRETARIAT).document(march.documentId()).orElseThrow().items().stream()
                .map(item -> item.number() + " " + item.title()).toList();
    }

    private ArchiveReader reader(Account account) {
        return new ArchiveReader(dataSource, Viewer.of(account));
    }
}
