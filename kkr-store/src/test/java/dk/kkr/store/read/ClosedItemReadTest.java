package dk.kkr.store.read;

import dk.kkr.store.Closure;
import dk.kkr.store.access.AccessException;
import dk.kkr.store.access.Account;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.AuditLog;
import dk.kkr.store.access.ItemAccess;
import dk.kkr.store.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A closed item of an open agenda (item 2.1 of the fixture's agenda of KKR Syddanmark): the public reads its stub
 * and the agenda's text with the item cut out, every span still pointing at what it pointed at; a reader of the
 * KKR's closed material reads it all.
 */
class ClosedItemReadTest {

    private static final String PUBLIC_TITLE = "Udpegning til et udvalg";
    private static final Account ADMINISTRATOR =
            new Account(1, "admin", Role.ADMINISTRATOR, List.of(), null, OffsetDateTime.now());

    private ArchiveFixture.Ids ids;
    private DataSource dataSource;
    private ItemAccess closures;

    @BeforeEach
    void closeItem21() {
        ArchiveFixture.Loaded loaded = ArchiveFixture.load();
        ids = loaded.ids();
        dataSource = loaded.dataSource();
        closures = new ItemAccess(dataSource);
        assertThat(closures.legalBases()).contains("forvaltningslovens § 27 (tavshedspligt)");
        List<Long> closed = closures.close(ids.item21(),
                Closure.closed(PUBLIC_TITLE, "en hjemmel skrevet til lejligheden", "admin"), ADMINISTRATOR);
        assertThat(closed).containsExactly(ids.item21());
    }

    @Test
    void thePublicReadsTheStubAndTheAgendaWithTheItemCutOut() {
        ArchiveReader anyone = new ArchiveReader(dataSource, Viewer.PUBLIC);
        ItemView stub = anyone.item(ids.item21()).orElseThrow();
        assertThat(stub.isStub()).isTrue();
        assertThat(stub.title()).isEqualTo(PUBLIC_TITLE);
        assertThat(stub.caseNumber()).isNull();
        assertThat(stub.caseOwner()).isNull();
        assertThat(stub.sections()).isEmpty();
        assertThat(stub.annexes()).isEmpty();
        assertThat(stub.entities()).isEqualTo(ItemEntities.NONE);
        assertThat(stub.closure().legalBasis()).isEqualTo("en hjemmel skrevet til lejligheden");
        assertThat(anyone.item(ids.item22()).orElseThrow().previous().title()).isEqualTo(PUBLIC_TITLE);
        assertThat(anyone.meeting(ids.meeting()).orElseThrow().items())
                .filteredOn(i -> i.id() == ids.item21()).singleElement()
                .satisfies(i -> {
                    assertThat(i.title()).isEqualTo(PUBLIC_TITLE);
                    assertThat(i.caseNumber()).isNull();
                });

        DocumentView agenda = anyone.document(ids.agenda()).orElseThrow();
        String text = agenda.text();
        assertThat(text).contains("[Lukket punkt]", "2.2. Status på akutfunktioner")
                .doesNotContain("Udpegning til sundhedskoordinationsudvalget", "SAG-2020-04198", "to borgmestre");
        assertThat(agenda.items()).allSatisfy(item -> assertThat(item.span().of(text))
                .startsWith(item.id() == ids.item21() ? "[Lukket punkt]" : item.number()));
        assertThat(agenda.mentions()).isNotEmpty()
                .allSatisfy(mention -> assertThat(mention.span().of(text)).isEqualTo(mention.text()));
        assertThat(agenda.totals()).isNotEmpty()
                .allSatisfy(table -> assertThat(table.span().of(text)).startsWith("Kommune"));
        assertThat(agenda.mentions()).extracting(MentionView::text).doesNotContain("SAG-2020-04198");
        assertThat(agenda.source().ocrRepair()).isNull();
    }

    @Test
    void aReaderOfTheKkrsClosedMaterialReadsItAllAndAReaderOfAnotherKkrTheStub() {
        ArchiveReader member = new ArchiveReader(dataSource, new Viewer.Reader("sofie", Set.of("syddanmark"), false));
        ItemView item = member.item(ids.item21()).orElseThrow();
        assertThat(item.isStub()).isFalse();
        assertThat(item.title()).isEqualTo("Udpegning til sundhedskoordinationsudvalget");
        assertThat(item.closure().publicTitle()).isEqualTo(PUBLIC_TITLE);
        assertThat(member.document(ids.agenda()).orElseThrow().text()).doesNotContain("[Lukket punkt]")
                .contains("to borgmestre");

        ArchiveReader other = new ArchiveReader(dataSource, new Viewer.Reader("bo", Set.of("hovedstaden"), false));
        assertThat(other.item(ids.item21()).orElseThrow().isStub()).isTrue();
    }

    @Test
    void onlyTheItemsSecretariatClosesItAndOnlyOnce() {
        Account hovedstaden = new Account(2, "sara", Role.SECRETARIAT, List.of("hovedstaden"), null,
                OffsetDateTime.now());
        Account syddanmark = new Account(3, "sven", Role.SECRETARIAT, List.of("syddanmark"), null,
                OffsetDateTime.now());
        Account member = new Account(4, "sofie", Role.MEMBER, List.of("syddanmark"), null, OffsetDateTime.now());
        Closure closure = Closure.closed("Akutfunktioner", "forvaltningslovens § 27 (tavshedspligt)", "x");

        assertThat(closures.closable(ids.item22(), hovedstaden)).isFalse();
        assertThat(closures.closable(ids.item22(), member)).isFalse();
        assertThat(closures.closable(ids.item22(), syddanmark)).isTrue();
        assertThatThrownBy(() -> closures.close(ids.item22(), closure, hovedstaden))
                .isInstanceOf(AccessException.class).hasMessage(
                        "sara må ikke lukke punkter i denne KKR: kun dens sekretariat og administratorer må.");
        assertThat(closures.closable(ids.item21(), syddanmark)).isFalse();
        assertThatThrownBy(() -> closures.close(ids.item21(), closure, syddanmark))
                .isInstanceOf(AccessException.class).hasMessage("Punktet er allerede lukket.");
        // the item and the items numbered under it
        assertThat(closures.close(ids.item2(), closure, syddanmark)).containsExactly(ids.item2(), ids.item22());
        assertThat(closures.legalBases()).contains("en hjemmel skrevet til lejligheden");
    }

    @Test
    void aMemberLeftOutOfAnItemReadsTheStubOfItsClosedPartsAndTheOthersReadItAll() {
        AccountStore accounts = new AccountStore(dataSource);
        accounts.add("sofie", Role.MEMBER, List.of("syddanmark"), null, null);
        accounts.add("sven", Role.MEMBER, List.of("syddanmark"), null, null);
        Account secretariat = accounts.add("sekr", Role.SECRETARIAT, List.of("syddanmark"), null, null);
        assertThat(closures.includable(ids.item2())).containsExactly("sofie", "sven");

        closures.exclude(ids.item2(), "sofie", true, secretariat);

        assertThat(closures.excluded(ids.item21())).containsExactly("sofie");
        assertThat(closures.includable(ids.item2())).containsExactly("sven");
        ArchiveReader sofie = new ArchiveReader(dataSource, Viewer.of(accounts.require("sofie")));
        assertThat(sofie.item(ids.item21()).orElseThrow().isStub()).isTrue();
        assertThat(sofie.item(ids.item22()).orElseThrow().isStub()).as("an open item is open to all").isFalse();
        assertThat(sofie.document(ids.agenda()).orElseThrow().text()).contains("[Lukket punkt]")
                .doesNotContain("to borgmestre");
        ArchiveReader sven = new ArchiveReader(dataSource, Viewer.of(accounts.require("sven")));
        assertThat(sven.item(ids.item21()).orElseThrow().isStub()).isFalse();

        closures.exclude(ids.item2(), "sofie", false, secretariat);
        assertThat(closures.excluded(ids.item21())).isEmpty();
        closures.exclude(ids.item2(), "sven", false, secretariat);
        assertThat(new AuditLog(dataSource).latest(10)).filteredOn(entry -> entry.detail() != null)
                .extracting(AuditLog.Entry::action, AuditLog.Entry::detail, AuditLog.Entry::itemId)
                .as("newest first; letting in a member who was never left out changes nothing and is not logged")
                .containsExactly(tuple(AuditLog.Action.INCLUDED, "sofie", ids.item2()),
                        tuple(AuditLog.Action.EXCLUDED, "sofie", ids.item2()));
        assertThat(new ArchiveReader(dataSource, Viewer.of(accounts.require("sofie"))).item(ids.item21())
                .orElseThrow().isStub()).isFalse();
        assertThatThrownBy(() -> closures.exclude(ids.item2(), "sekr", true, secretariat))
                .isInstanceOf(AccessException.class).hasMessage("sekr er ikke medlem af punktets KKR.");
    }

    @Test
    void theSecretariatPublishesTheDecisionOfAClosedItemOrSaysWhyNot() {
        Account secretariat = new Account(3, "sven", Role.SECRETARIAT, List.of("syddanmark"), null,
                OffsetDateTime.now());
        assertThat(closures.decidable(ids.item21(), secretariat)).isTrue();
        assertThat(closures.decidable(ids.item22(), secretariat)).as("an open item").isFalse();
        assertThat(new ArchiveReader(dataSource, Viewer.PUBLIC).item(ids.item21()).orElseThrow().closure()
                .publicDecision()).isNull();

        closures.decide(ids.item21(), "KKR Syddanmark udpegede to borgmestre.", "", secretariat);
        ClosureNote published = new ArchiveReader(dataSource, Viewer.PUBLIC).item(ids.item21()).orElseThrow().closure();
        assertThat(published.publicDecision()).isEqualTo("KKR Syddanmark udpegede to borgmestre.");
        assertThat(published.decisionWithheld()).isNull();

        closures.decide(ids.item21(), " ", "Forhandlingerne pågår", secretariat);
        ClosureNote withheld = new ArchiveReader(dataSource, Viewer.PUBLIC).item(ids.item21()).orElseThrow().closure();
        assertThat(withheld.publicDecision()).isNull();
        assertThat(withheld.decisionWithheld()).isEqualTo("Forhandlingerne pågår");

        assertThatThrownBy(() -> closures.decide(ids.item21(), "Godkendt.", "Fortroligt", secretariat))
                .isInstanceOf(AccessException.class).hasMessageStartingWith("Skriv enten beslutningens");
        assertThatThrownBy(() -> closures.decide(ids.item22(), "Godkendt.", "", secretariat))
                .isInstanceOf(AccessException.class)
                .hasMessage("Kun et lukket punkts beslutning offentliggøres for sig.");
    }
}
