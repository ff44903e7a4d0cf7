package dk.kkr.service.importing;

import dk.kkr.core.model.SourceText;
import dk.kkr.core.pipeline.DocumentPipeline;
import dk.kkr.core.pipeline.ParsedFile;
import dk.kkr.core.text.SourceReader;
import dk.kkr.core.text.UnreadableSourceException;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.ReindexFromStore;
import dk.kkr.store.ArchiveStore;
import dk.kkr.store.Failures;
import dk.kkr.store.SaveResult;
import java.io.IOException;
import javax.sql.DataSource;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The whole road for a set of files: read, repair, parse and extract, store, one transaction per file, then index. A file
 * that fails is reported with a one-line reason and leaves no trace; the others go on. A new file is indexed after its
 * transaction has committed, from what the store now holds; if that fails, the file stays stored and the index is
 * marked stale, to be rebuilt from the store when next opened (and no further file is indexed meanwhile).
 */
public final class Importer {

    /** Told about each file as it is done, e.g. to draw a progress bar. */
    public interface Listener {
        /** Tells nothing to anyone. */
        Listener SILENT = new Listener() {
            @Override
            public void started(int total) {
            }

            @Override
            public void done(FileOutcome outcome, int doneCount, int total) {
            }
        };

        void started(int total);

        void done(FileOutcome outcome, int doneCount, int total);
    }

    private final DocumentPipeline pipeline;
    private final ArchiveStore store;
    private final ArchiveIndex index;
    private final ReindexFromStore units;

    /** {@code units} reads what the store holds: the same database as {@code store}. */
    /** The standard pipeline into the archive behind {@code dataSource}, keeping {@code index} up to date. */
    public static Importer standard(DataSource dataSource, ArchiveIndex index) {
        return new Importer(DocumentPipeline.standard(), new ArchiveStore(dataSource), index,
                new ReindexFromStore(dataSource));
    }

    public Importer(DocumentPipeline pipeline, ArchiveStore store, ArchiveIndex index, ReindexFromStore units) {
        this.pipeline = pipeline;
        this.store = store;
        this.index = index;
        this.units = units;
    }

    public ImportSummary importPaths(List<Path> paths, Listener listener) {
        List<Path> files = new ArrayList<>();
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Path path : paths) {
            try {
                files.addAll(expand(path));
            } catch (IOException | UncheckedIOException e) {
                outcomes.add(FileOutcome.failed(path, "mappen kan ikke læses: " + e.getMessage()));
            }
        }
        int total = files.size() + outcomes.size();
        listener.started(total);
        for (int i = 0; i < outcomes.size(); i++) {
            listener.done(outcomes.get(i), i + 1, total);
        }
        for (Path file : files) {
            FileOutcome outcome = importFile(file);
            outcomes.add(outcome);
            listener.done(outcome, outcomes.size(), total);
        }
        return ImportSummary.of(outcomes);
    }

    /** Files named directly are taken whatever their name; folders are walked for the supported types. */
    private static List<Path> expand(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(SourceReader::isSupported).sorted().toList();
        }
    }

    public FileOutcome importFile(Path file) {
        if (Files.isRegularFile(file) && !SourceReader.isSupported(file)) {
            return FileOutcome.failed(file, "ukendt filtype: kun .pdf, .txt og .md kan importeres");
        }
        SourceText source;
        try {
            // a file imported before is known by its hash, before any reading, repair or parsing
            Optional<SourceText> read = pipeline.readUnlessKnown(file, store::isKnown);
            if (read.isEmpty()) {
                return new FileOutcome(file, FileOutcome.Status.KNOWN, null, null);
            }
            source = read.get();
        } catch (UnreadableSourceException e) {
            return FileOutcome.failed(file, e.getMessage());
        }
        ParsedFile parsed;
        try {
            parsed = pipeline.analyse(source);
        } catch (RuntimeException e) {
            return FileOutcome.failed(file, "strukturen kunne ikke læses: " + e);
        }
        SaveResult saved;
        try {
            saved = store.save(parsed);
        } catch (RuntimeException e) {
            return FileOutcome.failed(file, "kunne ikke gemmes: " + Failures.firstLine(e));
        }
        if (saved.status() == SaveResult.Status.KNOWN) {
            return new FileOutcome(file, FileOutcome.Status.KNOWN, null, null);
        }
        index(saved.sourceFileId());
        return new FileOutcome(file, FileOutcome.Status.NEW, null, saved);
    }

    private void index(long sourceFileId) {
        if (index.isStale()) {
            return;
        }
        try {
            units.hiddenKeysBeside(sourceFileId).forEach(index::delete);
            units.ofSourceFile(sourceFileId).forEach(index::index);
            index.commit();
        } catch (RuntimeException e) {
            index.markStale("indeksering af kildefil " + sourceFileId + " fejlede: " + Failures.firstLine(e));
        }
    }
}
