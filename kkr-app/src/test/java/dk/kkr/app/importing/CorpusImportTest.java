package dk.kkr.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.kkr.core.pipeline.DocumentPipeline;
import dk.kkr.core.repair.DanishDictionary;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.ReindexFromStore;
import dk.kkr.store.ArchiveStore;
import dk.kkr.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.io.TempDir;

/** Every file of the real corpus in ../shared imports without failure. */
class CorpusImportTest {

    @TempDir
    Path dir;

    @Test
    void wholeCorpusImports() {
        Path corpus = Path.of(System.getProperty("kkr.shared", "../shared"), "corpus");
        assumeTrue(Files.isDirectory(corpus), "../shared/corpus is not here");
        try (Database db = Database.open(dir, null, null, null);
             ArchiveIndex index = ArchiveIndex.open(dir, DanishDictionary.load(), new ReindexFromStore(db.dataSource()))) {
            Importer importer = new Importer(DocumentPipeline.standard(), new ArchiveStore(db.dataSource()), index,
                    new ReindexFromStore(db.dataSource()));
            ImportSummary summary = importer.importPaths(List.of(corpus), new ImporterTest.RecordingListener());

            assertThat(summary.failures()).isEmpty();
            assertThat(summary.read()).isGreaterThanOrEqualTo(4);
            assertThat(summary.items()).isGreaterThan(20);
            assertThat(summary.meetings()).isGreaterThanOrEqualTo(1);

            JdbcClient sql = JdbcClient.create(db.dataSource());
            List<String> repaired = sql.sql("SELECT file_name FROM source_file WHERE original_text IS NOT NULL")
                    .query(String.class).list();
            assertThat(repaired).as("only the OCR'd file is repaired").singleElement().asString().startsWith("002_");
            assertThat(sql.sql("SELECT COUNT(*) FROM text_change").query(Long.class).single()).isGreaterThan(100);
        }
    }
}
