package dk.kkr.service.importing;

import dk.kkr.core.shared.Shared;
import dk.kkr.store.read.Viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.kkr.core.danish.DanishDictionary;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.SearchQuery;
import dk.kkr.search.SearchService;
import dk.kkr.search.ReindexFromStore;
import dk.kkr.store.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.DocumentSummary;
import dk.kkr.store.read.ExtractionRef;
import org.junit.jupiter.api.io.TempDir;

/** Every file of the real corpus in ../shared imports without failure. */
class CorpusImportTest {

    @TempDir
    Path dir;

    @Test
    void wholeCorpusImports() {
        Path corpus = Shared.corpus();
        try (Database db = Database.open(dir, null, null, null);
             ArchiveIndex index = ArchiveIndex.open(dir, DanishDictionary.shared(), new ReindexFromStore(db.dataSource()))) {
            Importer importer = Importer.standard(db.dataSource(), index);
            ImportSummary summary = importer.importPaths(List.of(corpus), new ImporterTest.RecordingListener());

            assertThat(summary.failures()).isEmpty();
            assertThat(summary.read()).isGreaterThanOrEqualTo(4);
            assertThat(summary.items()).isGreaterThan(20);
            assertThat(summary.meetings()).isGreaterThanOrEqualTo(1);

            JdbcClient sql = JdbcClient.create(db.dataSource());

            // 000 and 001 are one annex bundle read twice: one document, shown from the cleaner text
            ArchiveReader reader = new ArchiveReader(db.dataSource(), Viewer.PUBLIC);
            List<String> listed = reader.latestDocuments(50).stream().map(DocumentSummary::fileName).toList();
            assertThat(listed).anyMatch(f -> f.startsWith("000_")).noneMatch(f -> f.startsWith("001_"));
            long raw = sql.sql("""
                            SELECT d.id FROM document d JOIN source_file f ON f.id = d.source_file_id
                            WHERE d.parent_id IS NULL AND f.file_name LIKE '001%'""")
                    .query(Long.class).single();
            List<ExtractionRef> extractions = reader.document(raw).orElseThrow().extractions();
            assertThat(extractions).extracting(ExtractionRef::fileName, ExtractionRef::shown)
                    .containsExactly(tuple("000_edddb3b03e9314b7.txt", true), tuple("001_d964ec2ddaa537a0.txt", false));
            assertThat(new SearchService(index).search(SearchQuery.of("mobiliteten i hovedstadsområdet")).hits())
                    .isNotEmpty().noneMatch(hit -> hit.sourceFile().startsWith("001_"));

            List<String> repaired = sql.sql("SELECT file_name FROM source_file WHERE original_text IS NOT NULL")
                    .query(String.class).list();
            assertThat(repaired).as("only the OCR'd file is repaired").singleElement().asString().startsWith("002_");
            assertThat(sql.sql("SELECT COUNT(*) FROM text_change").query(Long.class).single()).isGreaterThan(100);
        }
    }
}
