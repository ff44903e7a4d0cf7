package dk.kkr.search;

import dk.kkr.core.model.DocumentKind;
import dk.kkr.store.read.ArchiveFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The units read from the store's shared test archive, and an index rebuilt from them. */
class ReindexFromStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void everyItemAndEveryDocumentWithoutItemsOrInnerDocuments() {
        ArchiveFixture.Loaded archive = ArchiveFixture.load();
        ArchiveFixture.Ids ids = archive.ids();
        List<ItemDoc> units;
        try (Stream<ItemDoc> all = new ReindexFromStore(archive.dataSource()).all()) {
            units = all.toList();
        }
        assertThat(units).extracting(ItemDoc::key).containsExactly(
                "item:" + ids.item1(), "item:" + ids.item2(), "item:" + ids.item21(), "item:" + ids.item22(),
                "item:" + ids.oldItem(), "document:" + ids.memo());

        ItemDoc item21 = units.get(2);
        assertThat(item21.number()).isEqualTo("2.1");
        assertThat(item21.caseId()).isEqualTo("SAG-2020-04198");
        assertThat(item21.body()).isEqualTo("KKR Syddanmark");
        assertThat(item21.date()).isEqualTo(LocalDate.of(2020, 9, 7));
        assertThat(item21.kind()).isEqualTo(DocumentKind.AGENDA);
        assertThat(item21.sourceFile()).isEqualTo("syddanmark-2020-09-07-dagsorden.txt");
        assertThat(item21.sections()).extracting(s -> s.heading())
                .containsExactly("Indstilling", "Sagsfremstilling", "Bilag");

        ItemDoc memo = units.getLast();
        assertThat(memo.kind()).isEqualTo(DocumentKind.NOTE);
        assertThat(memo.date()).isEqualTo(LocalDate.of(2020, 9, 1));
        assertThat(memo.number()).isEqualTo("2.1");
        assertThat(memo.sections().getFirst().text())
                .isEqualTo(ArchiveFixture.BUNDLE_TEXT.substring(ArchiveFixture.BUNDLE_TEXT.indexOf("NOTAT")));
    }

    @Test
    void theUnitsOfOneFile() {
        ArchiveFixture.Loaded archive = ArchiveFixture.load();
        Long bundleFile = org.springframework.jdbc.core.simple.JdbcClient.create(archive.dataSource())
                .sql("SELECT source_file_id FROM document WHERE id = :id").param("id", archive.ids().bundle())
                .query(Long.class).single();
        assertThat(new ReindexFromStore(archive.dataSource()).ofSourceFile(bundleFile))
                .extracting(ItemDoc::key).containsExactly("document:" + archive.ids().memo());
    }

    @Test
    void anIndexOpenedOverTheStoreFindsItsItems() {
        ArchiveFixture.Loaded archive = ArchiveFixture.load();
        try (ArchiveIndex index = ArchiveIndex.open(dataDir, TestDictionary.get(),
                new ReindexFromStore(archive.dataSource()))) {
            SearchService search = new SearchService(index);
            assertThat(search.search(SearchQuery.of("borgmestre udpeger")).hits())
                    .extracting(Hit::itemId).containsExactly(archive.ids().item21());
            assertThat(search.search(SearchQuery.of("SAG-2020-04198")).hits()).extracting(Hit::key)
                    .containsExactlyInAnyOrder("item:" + archive.ids().item21(), "document:" + archive.ids().memo());
            assertThat(search.search(SearchQuery.of("akutfunktion")).hits().getFirst().snippets().getFirst()
                    .section()).isNull();
        }
    }
}
