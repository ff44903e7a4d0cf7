package dk.kkr.store.read;

import dk.kkr.store.Closure;
import dk.kkr.store.access.AccessException;
import dk.kkr.store.access.Account;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.AuditLog;
import dk.kkr.store.access.ItemAccess;
import dk.kkr.store.access.Role;
import dk.kkr.store.oparl.OparlReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A closed annex of an open item (the fixture's item 2.1 keeps its one annex, the memo "Notat om udpegning" in the
 * annex bundle): the public reads the item, but of the annex only its public title and legal basis; the annex's line
 * is cut out of the agenda and the item's annex section, the memo out of the bundle, and what was found in the memo
 * is not read. A reader of the KKR's closed material reads it all.
 */
class ClosedAnnexReadTest {

    private static final String PUBLIC_TITLE = "Notat om et udvalgs sammensætning";
    private static final String BASIS = "offentlighedslovens § 23 (interne dokumenter)";
    private static final Account SYDDANMARK =
            new Account(3, "sven", Role.SECRETARIAT, List.of("syddanmark"), null, OffsetDateTime.now());

    private ArchiveFixture.Ids ids;
    private DataSource dataSource;
    private ItemAccess closures;
    private long annex;
    private ItemAccess.ClosedAnnex closed;

    @BeforeEach
    void closeTheAnnexOfItem21() {
        ArchiveFixture.Loaded loaded = ArchiveFixture.load();
        ids = loaded.ids();
        dataSource = loaded.dataSource();
        closures = new ItemAccess(dataSource);
        annex = JdbcClient.create(dataSource).sql("SELECT id FROM annex WHERE item_id = :item")
                .param("item", ids.item21()).query(Long.class).single();
        assertThat(closures.annexesClosable(ids.item21(), SYDDANMARK)).isTrue();
        closed = closures.closeAnnex(annex, Closure.closed(PUBLIC_TITLE, BASIS, "sven"), SYDDANMARK);
    }

    @Test
    void closingNamesTheMemoClosedWithItAndTheFilesToIndexAnew() {
        assertThat(closed.memos()).containsExactly(ids.memo());
        assertThat(closed.sourceFiles()).hasSize(2);
        assertThat(new AuditLog(dataSource).latest(5)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditLog.Action.ANNEX_CLOSED);
            assertThat(entry.actor()).isEqualTo("sven");
            assertThat(entry.itemId()).isEqualTo(ids.item21());
        });
    }

    @Test
    void thePublicReadsTheItemButOfTheAnnexOnlyItsPublicTitleAndLegalBasis() {
        ArchiveReader anyone = new ArchiveReader(dataSource, Viewer.PUBLIC);
        ItemView item = anyone.item(ids.item21()).orElseThrow();
        assertThat(item.isStub()).isFalse();
        assertThat(item.title()).isEqualTo("Udpegning til sundhedskoordinationsudvalget");
        assertThat(item.annexes()).singleElement().satisfies(a -> {
            assertThat(a.cut()).isTrue();
            assertThat(a.title()).isEqualTo(PUBLIC_TITLE);
            assertThat(a.documentId()).isNull();
            assertThat(a.span()).isNull();
            assertThat(a.closure().legalBasis()).isEqualTo(BASIS);
        });
        assertThat(item.sections()).extracting(SectionView::text)
                .contains("Det indstilles, at KKR Syddanmark udpeger to borgmestre.", "[Lukket bilag]")
                .noneMatch(text -> text.contains("Notat om udpegning"));

        DocumentView agenda = anyone.document(ids.agenda()).orElseThrow();
        assertThat(agenda.text()).contains("Bilag\n[Lukket bilag]\n2.2. Status").doesNotContain("Notat om udpegning");
        assertThat(agenda.items()).allSatisfy(i -> assertThat(i.span().of(agenda.text())).startsWith(i.number()));
        assertThat(agenda.mentions()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.span().of(agenda.text())).isEqualTo(m.text()));

        assertThat(anyone.document(ids.memo())).as("the memo at its address").isEmpty();
        DocumentView bundle = anyone.document(ids.bundle()).orElseThrow();
        assertThat(bundle.text()).contains("[Lukket bilag]").doesNotContain("to medlemmer", "Odense");
        assertThat(bundle.memos()).isEmpty();
        assertThat(bundle.mentions()).isEmpty();
        assertThat(anyone.municipality(ArchiveFixture.ODENSE).orElseThrow().documents()).isEmpty();
        assertThat(anyone.municipalities()).filteredOn(m -> m.code() == ArchiveFixture.ODENSE).singleElement()
                .satisfies(m -> assertThat(m.mentions()).isEqualTo(2));

        OparlReader oparl = new OparlReader(dataSource, Viewer.PUBLIC);
        assertThat(oparl.file(ids.memo())).isEmpty();
        assertThat(oparl.file(ids.bundle()).orElseThrow()).satisfies(file -> {
            assertThat(file.parts()).isEmpty();
            assertThat(file.text()).doesNotContain("to medlemmer");
        });
        assertThat(oparl.annexFiles(ids.item21())).isEmpty();
        assertThat(oparl.sections(ids.item21())).extracting(OparlReader.Section::text)
                .contains("[Lukket bilag]").noneMatch(text -> text.contains("Notat om udpegning"));
    }

    @Test
    void aReaderOfTheKkrsClosedMaterialReadsItAllAndAMemberLeftOutOfTheItemDoesNot() {
        AccountStore accounts = new AccountStore(dataSource);
        accounts.add("sofie", Role.MEMBER, List.of("syddanmark"), null, null);
        accounts.add("bo", Role.MEMBER, List.of("syddanmark"), null, null);
        ArchiveReader member = new ArchiveReader(dataSource, Viewer.of(accounts.require("sofie")));
        assertThat(member.item(ids.item21()).orElseThrow().annexes()).singleElement().satisfies(a -> {
            assertThat(a.cut()).isFalse();
            assertThat(a.title()).isEqualTo("Notat om udpegning");
            assertThat(a.documentId()).isEqualTo(ids.memo());
            assertThat(a.closure().publicTitle()).isEqualTo(PUBLIC_TITLE);
        });
        assertThat(member.document(ids.agenda()).orElseThrow().text()).contains("Notat om udpegning")
                .doesNotContain("[Lukket bilag]");
        DocumentView memo = member.document(ids.memo()).orElseThrow();
        assertThat(memo.text()).contains("to medlemmer");
        assertThat(memo.closure().publicTitle()).isEqualTo(PUBLIC_TITLE);
        assertThat(new AuditLog(dataSource).latest(5)).extracting(AuditLog.Entry::action)
                .contains(AuditLog.Action.OPENED);

        ArchiveReader other = new ArchiveReader(dataSource, new Viewer.Reader("ib", Set.of("hovedstaden"), false));
        assertThat(other.document(ids.memo())).isEmpty();
        assertThat(other.item(ids.item21()).orElseThrow().annexes()).singleElement()
                .satisfies(a -> assertThat(a.cut()).isTrue());

        closures.exclude(ids.item21(), "bo", true, SYDDANMARK);
        ArchiveReader leftOut = new ArchiveReader(dataSource, Viewer.of(accounts.require("bo")));
        assertThat(leftOut.item(ids.item21()).orElseThrow().annexes()).singleElement()
                .satisfies(a -> assertThat(a.cut()).isTrue());
        assertThat(leftOut.document(ids.memo())).isEmpty();
        assertThat(leftOut.document(ids.bundle()).orElseThrow().text()).doesNotContain("to medlemmer");
    }

    @Test
    void onlyTheItemsSecretariatClosesAnAnnexOfAnOpenItemAndOnlyOnce() {
        Account hovedstaden = new Account(2, "sara", Role.SECRETARIAT, List.of("hovedstaden"), null,
                OffsetDateTime.now());
        Closure closure = Closure.closed("Et notat", BASIS, "x");
        assertThat(closures.annexesClosable(ids.item21(), hovedstaden)).isFalse();
        assertThatThrownBy(() -> closures.closeAnnex(annex, closure, hovedstaden))
                .isInstanceOf(AccessException.class).hasMessageStartingWith("sara må ikke lukke");
        assertThatThrownBy(() -> closures.closeAnnex(annex, closure, SYDDANMARK))
                .isInstanceOf(AccessException.class).hasMessage("Bilaget er allerede lukket.");
        assertThatThrownBy(() -> closures.closeAnnex(annex + 1000, closure, SYDDANMARK))
                .isInstanceOf(AccessException.class).hasMessageStartingWith("Der er intet bilag");

        closures.close(ids.item22(), Closure.closed("Akutfunktioner", BASIS, "sven"), SYDDANMARK);
        assertThat(closures.annexesClosable(ids.item22(), SYDDANMARK)).as("a closed item's annexes are closed")
                .isFalse();
    }
}
