package dk.kkr.service.importing;

import dk.kkr.core.text.Tesseract;
import dk.kkr.core.text.ScannedPdfs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.kkr.core.danish.DanishDictionary;
import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.Span;
import dk.kkr.core.pipeline.DocumentPipeline;
import dk.kkr.core.samples.Samples;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.ItemDoc;
import dk.kkr.search.ReindexFromStore;
import dk.kkr.search.SearchQuery;
import dk.kkr.search.SearchService;
import dk.kkr.store.ArchiveCounts;
import dk.kkr.store.ArchiveStore;
import dk.kkr.store.Closure;
import dk.kkr.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The whole road on the project's own samples and on bad input, against a real H2 archive. */
class ImporterTest {

    @TempDir
    Path dir;

    private Database db;
    private ArchiveStore store;
    private ArchiveIndex index;
    private Importer importer;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data"), null, null, null);
        store = new ArchiveStore(db.dataSource());
        index = ArchiveIndex.open(dir.resolve("data"), DanishDictionary.shared(), new ReindexFromStore(db.dataSource()));
        importer = new Importer(DocumentPipeline.standard(), store, index, new ReindexFromStore(db.dataSource()));
    }

    @AfterEach
    void close() {
        index.close();
        db.close();
    }

    @Test
    void aScannedPdfIsReadWithOcrAndEachPageIsToldOfAlsoThroughAHandoff() throws Exception {
        assumeTrue(Tesseract.installed().isPresent() || System.getenv("CI") != null, "Tesseract is not installed");
        Path scan = Files.write(dir.resolve("skannet-notat.pdf"), ScannedPdfs.scan(ScannedPdfs.MEMO));
        RecordingListener listener = new RecordingListener();
        ImportSummary summary = importer.importPaths(List.of(scan), listener);
        assertThat(summary.added()).isEqualTo(1);
        assertThat(listener.pages).containsExactly("skannet-notat.pdf 1/1");
        assertThat(new SearchService(index).search(SearchQuery.of("køreplantimer")).hits()).isNotEmpty();

        // the same events as a running server hands them back to the command line
        java.io.ByteArrayOutputStream wire = new java.io.ByteArrayOutputStream();
        Importer.Listener writer = ImportHandoff.writer(wire);
        writer.started(1);
        writer.reading(scan, 1, 1);
        writer.done(FileOutcome.failed(scan, "prøve"), 1, 1);
        ImportHandoff.writeSummary(wire, summary, false);
        RecordingListener told = new RecordingListener();
        ImportHandoff.read(wire.toString(StandardCharsets.UTF_8).lines().iterator(), told);
        assertThat(told.pages).containsExactly("skannet-notat.pdf 1/1");
        assertThat(told.done).extracting(FileOutcome::reason).containsExactly("prøve");
    }

    @Test
    void onlyTheBetterExtractionOfADocumentIsFound() throws Exception {
        String sample = Samples.names().stream().filter(n -> n.startsWith("referat")).findFirst().orElseThrow();
        String clean = new String(Samples.bytes(sample), StandardCharsets.UTF_8);
        // the same minutes as raw PDF text: every line cut in two, long words split by a line-break hyphen
        String raw = clean.lines().map(line -> line.length() < 30 ? line
                : line.substring(0, line.length() / 2) + "-\n" + line.substring(line.length() / 2))
                .collect(Collectors.joining("\n\n"));
        Path in = Files.createDirectories(dir.resolve("udtraek"));
        Path rawFile = Files.writeString(in.resolve("referat-raa.txt"), raw);
        Path cleanFile = Files.writeString(in.resolve("referat.txt"), clean);
        SearchService search = new SearchService(index);

        assertThat(importer.importFile(rawFile).status()).isEqualTo(FileOutcome.Status.NEW);
        assertThat(search.search(SearchQuery.of("godkendte")).hits()).as("index size %d", index.size()).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.sourceFile()).isEqualTo("referat-raa.txt"));

        importer.importFile(cleanFile);
        assertThat(search.search(SearchQuery.of("godkendte")).hits()).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.sourceFile()).isEqualTo("referat.txt"));
        assertThat(index.size()).as("only the shown extraction's units are indexed")
                .isEqualTo(new ReindexFromStore(db.dataSource()).ofSourceFile(sourceFileId("referat.txt")).size());
    }

    private long sourceFileId(String fileName) {
        return JdbcClient.create(db.dataSource())
                .sql("SELECT id FROM source_file WHERE file_name = :name").param("name", fileName)
                .query(Long.class).single();
    }

    @Test
    void aNewFileIsFindableRightAfterItsImportAndAKnownOneChangesNothing() throws Exception {
        Path samples = samples();
        SearchService search = new SearchService(index);
        assertThat(search.search(SearchQuery.of("praktikpladser")).total()).isZero();

        FileOutcome first = importer.importFile(samples.resolve(Samples.names().getFirst()));
        assertThat(first.status()).isEqualTo(FileOutcome.Status.NEW);
        int indexed = index.size();
        assertThat(indexed).isEqualTo(new ReindexFromStore(db.dataSource()).ofSourceFile(
                first.saved().sourceFileId()).size()).isPositive();
        assertThat(search.search(SearchQuery.of("")).hits()).allSatisfy(hit ->
                assertThat(hit.sourceFile()).isEqualTo(Samples.names().getFirst()));

        FileOutcome again = importer.importFile(samples.resolve(Samples.names().getFirst()));
        assertThat(again.status()).isEqualTo(FileOutcome.Status.KNOWN);
        assertThat(index.size()).isEqualTo(indexed);
        assertThat(index.isStale()).isFalse();
    }

    @Test
    void whenIndexingFailsTheFileIsStoredAndTheIndexMarkedStale() throws Exception {
        Path samples = samples();
        index.close();
        ImportSummary summary = importer.importPaths(List.of(samples.resolve(Samples.names().getFirst())),
                new RecordingListener());
        assertThat(summary.added()).isEqualTo(1);
        assertThat(index.isStale()).isTrue();
        index = ArchiveIndex.open(dir.resolve("data"), DanishDictionary.shared(), new ReindexFromStore(db.dataSource()));
        assertThat(index.rebuiltBecause()).startsWith("forældet: indeksering af kildefil");
        assertThat(index.isStale()).isFalse();
        assertThat(index.size()).isPositive();
    }

    private Path samples() throws Exception {
        Path samples = Files.createDirectories(dir.resolve("samples"));
        Samples.copyTo(samples);
        return samples;
    }

    @Test
    void anUnreadableFolderInsideIsOneFailureAndTheReadableFilesAreImported() throws Exception {
        Path in = samples();
        Path closed = Files.createDirectories(in.resolve("lukket"));
        Files.writeString(closed.resolve("skjult.txt"), "DAGSORDEN 2024\n");
        Files.setPosixFilePermissions(closed, java.util.Set.of());
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(closed),
                    "the user running the tests reads every folder (root)");
            ImportSummary summary = importer.importPaths(List.of(in), new RecordingListener());
            assertThat(summary.failures()).singleElement().satisfies(f -> {
                assertThat(f.file()).isEqualTo(closed);
                assertThat(f.reason()).isEqualTo("mappen kan ikke læses: ingen adgang");
            });
            assertThat(summary.added()).isEqualTo(Samples.names().size());
        } finally {
            Files.setPosixFilePermissions(closed, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anIndexThatDisagreesWithTheStoreIsMendedWhenOpened() throws Exception {
        importer.importPaths(List.of(samples()), new RecordingListener());
        ReindexFromStore units = new ReindexFromStore(db.dataSource());
        int stored = units.keys().size();
        assertThat(index.size()).isEqualTo(stored);
        index.delete(units.keys().iterator().next());
        index.index(new ItemDoc(999_999L, null, "slettet.txt", null, "En fil der ikke er i arkivet", List.of(),
                null, null, null, DocumentKind.NOTE, new Span(0, 1), List.of()));
        index.commit();
        index.close();

        index = ArchiveIndex.open(dir.resolve("data"), DanishDictionary.shared(), units);
        assertThat(index.rebuiltBecause()).isNull();
        assertThat(index.reconciled()).isEqualTo(new ArchiveIndex.Reconciled(1, 1));
        assertThat(index.size()).isEqualTo(stored);
    }

    @Test
    void samplesImportAsMeetingsItemsAndDocuments() throws Exception {
        RecordingListener listener = new RecordingListener();
        ImportSummary summary = importer.importPaths(List.of(samples()), listener);

        assertThat(summary.failures()).isEmpty();
        assertThat(summary.read()).isEqualTo(Samples.names().size());
        assertThat(summary.added()).isEqualTo(summary.read());
        assertThat(summary.items()).isGreaterThan(10);
        assertThat(summary.meetings()).isGreaterThanOrEqualTo(2);
        assertThat(summary.exitCode()).isZero();
        assertThat(listener.total).isEqualTo(summary.read());
        assertThat(listener.done).hasSize(summary.read());

        ArchiveCounts counts = store.counts();
        assertThat(counts.sourceFiles()).isEqualTo(summary.read());
        assertThat(counts.items()).isEqualTo(summary.items());
        JdbcClient sql = JdbcClient.create(db.dataSource());
        assertThat(sql.sql("SELECT COUNT(DISTINCT source_file_id) FROM entity_mention").query(Long.class).single())
                .as("every sample mentions something").isEqualTo(summary.read());
        assertThat(sql.sql("SELECT COUNT(*) FROM entity_mention WHERE item_id IS NOT NULL").query(Long.class).single())
                .isPositive();
    }

    @Test
    void filesReadSideBySideAreStoredInNameOrderAndACopyInTheSameImportIsKnown() throws Exception {
        Path samples = samples();
        String first = Samples.names().getFirst();
        Path copy = Files.copy(samples.resolve(first), samples.resolve("zz-kopi-" + first));
        RecordingListener listener = new RecordingListener();

        ImportSummary summary = importer.importPaths(List.of(samples), listener);

        List<Path> named;
        try (var files = Files.list(samples)) {
            named = files.sorted().toList();
        }
        assertThat(listener.done).extracting(FileOutcome::file).containsExactlyElementsOf(named);
        assertThat(listener.done.getLast().status()).as("the copy, read while its original was stored")
                .isEqualTo(FileOutcome.Status.KNOWN);
        assertThat(listener.done.getLast().file()).isEqualTo(copy);
        assertThat(summary.added()).isEqualTo(Samples.names().size());
        List<String> storedOrder = JdbcClient.create(db.dataSource())
                .sql("SELECT file_name FROM source_file ORDER BY id").query(String.class).list();
        assertThat(storedOrder).as("stored one after the other, in the order named").isSorted();
    }

    @Test
    void repeatedImportIsKnownAndChangesNothing() throws Exception {
        Path samples = samples();
        importer.importPaths(List.of(samples), new RecordingListener());
        ArchiveCounts before = store.counts();

        ImportSummary again = importer.importPaths(List.of(samples), new RecordingListener());

        assertThat(again.known()).isEqualTo(again.read());
        assertThat(again.added()).isZero();
        assertThat(again.exitCode()).isZero();
        assertThat(store.counts()).isEqualTo(before);
    }

    @Test
    void aFileStoredOpenIsNotClosedByImportingItAgainClosedButFailsSayingSo() throws Exception {
        Path samples = samples();
        importer.importPaths(List.of(samples), new RecordingListener());
        ArchiveCounts before = store.counts();
        Closure closed = Closure.closed("Udbud af rengøring", "forvaltningslovens § 27", "sekretariat");

        ImportSummary again = importer.importPaths(List.of(samples), closed, new RecordingListener());

        assertThat(again.failed()).isEqualTo(again.read());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.failures()).allSatisfy(f -> assertThat(f.reason())
                .isEqualTo("filen er importeret før som åbent materiale og er offentlig; en ny import lukker den ikke"));
        assertThat(store.counts()).isEqualTo(before);

        Path other = Files.writeString(dir.resolve("lukket.txt"), "KKR Hovedstaden\nDagsorden\nDato: 2. juni 2025\n\n"
                + "1. Udbud af rengøring\nIndstilling\nDet indstilles, at udbuddet drøftes.\n");
        assertThat(importer.importPaths(List.of(other), closed, new RecordingListener()).added()).isOne();
        ImportSummary closedAgain = importer.importPaths(List.of(other), closed, new RecordingListener());
        assertThat(closedAgain.known()).as("a file stored closed is known to a closed import").isOne();
        assertThat(closedAgain.exitCode()).isZero();
    }

    /** Remembers what the importer told it. */
    static final class RecordingListener implements Importer.Listener {
        int total = -1;
        final List<FileOutcome> done = new ArrayList<>();
        final List<String> pages = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public void reading(Path file, int page, int pages) {
            this.pages.add(file.getFileName() + " " + page + "/" + pages);
        }

        @Override
        public void started(int total) {
            this.total = total;
        }

        @Override
        public void done(FileOutcome outcome, int doneCount, int total) {
            assertThat(doneCount).isEqualTo(done.size() + 1);
            done.add(outcome);
        }
    }

}
