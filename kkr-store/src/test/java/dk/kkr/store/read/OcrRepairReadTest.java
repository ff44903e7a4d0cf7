package dk.kkr.store.read;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kkr.core.extract.EntityExtractor;
import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.ParsedDocument;
import dk.kkr.core.model.SourceText;
import dk.kkr.core.model.TextChange;
import dk.kkr.core.pipeline.ParsedFile;
import dk.kkr.store.ArchiveStore;
import dk.kkr.store.Database;
import dk.kkr.store.SaveResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repaired file reads back with its original text and each change placed by line and column. */
class OcrRepairReadTest {

    @TempDir
    Path dir;

    @Test
    void documentShowsTheOriginalAndEachChangeByLineAndColumn() {
        String original = "Notat\nOm Kgbenhavn og\net teet samarbejde\n";
        String repaired = "Notat\nOm København og\net tæt samarbejde\n";
        SourceText source = new SourceText("ocr.txt", "a".repeat(64), original.length(), "text/plain", repaired,
                List.of("OCR-rettet: 2 ord"), original,
                List.of(new TextChange(9, "Kgbenhavn", "København", 0.97), new TextChange(25, "teet", "tæt", 0.6)));
        try (Database db = Database.open(dir, null, null, null)) {
            SaveResult saved = new ArchiveStore(db.dataSource()).save(memo(source));

            DocumentView document = new ArchiveReader(db.dataSource(), Viewer.PUBLIC).document(saved.documentId()).orElseThrow();

            assertThat(document.text()).isEqualTo(repaired);
            assertThat(document.source().ocrRepair().originalText()).isEqualTo(original);
            assertThat(document.source().ocrRepair().changes()).containsExactly(
                    new OcrRepairView.Change(2, 4, "Kgbenhavn", "København", 0.97),
                    new OcrRepairView.Change(3, 4, "teet", "tæt", 0.6));
        }
    }

    @Test
    void aCleanFileHasNoRepair() {
        SourceText source = new SourceText("ren.txt", "b".repeat(64), 6, "text/plain", "Notat\n", List.of());
        try (Database db = Database.open(dir, null, null, null)) {
            SaveResult saved = new ArchiveStore(db.dataSource()).save(memo(source));
            assertThat(new ArchiveReader(db.dataSource(), Viewer.PUBLIC).document(saved.documentId()).orElseThrow()
                    .source().ocrRepair()).isNull();
        }
    }

    /** A file parsed as one memo without items, with the entities found in its text and no tables. */
    private static ParsedFile memo(SourceText source) {
        return new ParsedFile(source, new ParsedDocument(DocumentKind.OTHER, "Notat", null, null, List.of(), List.of()),
                new EntityExtractor().extract(source.text()), List.of(), 1.0);
    }
}
