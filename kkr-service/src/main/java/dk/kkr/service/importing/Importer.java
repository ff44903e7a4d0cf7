package dk.kkr.service.importing;

import dk.kkr.core.model.SourceText;
import dk.kkr.core.pipeline.DocumentPipeline;
import dk.kkr.core.pipeline.ParsedFile;
import dk.kkr.core.text.Messages;
import dk.kkr.core.text.SourceReader;
import dk.kkr.core.text.UnreadableSourceException;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.ReindexFromStore;
import dk.kkr.store.ArchiveStore;
import dk.kkr.store.Closure;
import dk.kkr.store.Failures;
import dk.kkr.store.SaveResult;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The whole road for a set of files: read, repair, parse and extract, store, one transaction per file, then index. A file
 * that fails is reported with a one-line reason and leaves no trace; the others go on. A new file is indexed after its
 * transaction has committed, from what the store now holds; if that fails, the file stays stored and the index is
 * marked stale, to be rebuilt from the store when next opened (and no further file is indexed meanwhile). The index
 * is committed (durable and searchable) every two seconds of a long import and when it ends; it is marked pending
 * before a file is stored, so that a process killed before the commit leaves an index that is rebuilt from the store
 * when next opened.
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

    /** How often a long import makes the files indexed so far durable and searchable. */
    private static final long COMMIT_INTERVAL_NANOS = 2_000_000_000L;

    private final DocumentPipeline pipeline;
    private final ArchiveStore store;
    private final ArchiveIndex index;
    private final ReindexFromStore units;

    /** The standard pipeline into the archive behind {@code dataSource}, keeping {@code index} up to date. */
    public static Importer standard(DataSource dataSource, ArchiveIndex index) {
        return new Importer(DocumentPipeline.standard(), new ArchiveStore(dataSource), index,
                new ReindexFromStore(dataSource));
    }

    /** {@code units} reads what the store holds: the same database as {@code store}. */
    public Importer(DocumentPipeline pipeline, ArchiveStore store, ArchiveIndex index, ReindexFromStore units) {
        this.pipeline = pipeline;
        this.store = store;
        this.index = index;
        this.units = units;
    }

    /** Imports files and folders as open material. */
    public ImportSummary importPaths(List<Path> paths, Listener listener) {
        return importPaths(paths, Closure.OPEN, listener);
    }

    /**
     * Imports files and folders, each new file stored as {@code closure} says (a closed file is not indexed: the
     * index holds what the public sees). A file known already keeps how it was stored.
     */
    public ImportSummary importPaths(List<Path> paths, Closure closure, Listener listener) {
        List<Path> files = new ArrayList<>();
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Path path : paths) {
            expand(path, files, outcomes);
        }
        int total = files.size() + outcomes.size();
        listener.started(total);
        for (int i = 0; i < outcomes.size(); i++) {
            listener.done(outcomes.get(i), i + 1, total);
        }
        long lastCommit = System.nanoTime();
        int sinceCommit = 0;
        try {
            for (Path file : files) {
                FileOutcome outcome = importOne(file, closure);
                outcomes.add(outcome);
                sinceCommit += outcome.status() == FileOutcome.Status.NEW ? 1 : 0;
                if (sinceCommit > 0 && System.nanoTime() - lastCommit > COMMIT_INTERVAL_NANOS) {
                    commitIndex();
                    lastCommit = System.nanoTime();
                    sinceCommit = 0;
                }
                listener.done(outcome, outcomes.size(), total);
            }
        } finally {
            commitIndex();
        }
        return ImportSummary.of(outcomes);
    }

    /**
     * Files named directly are taken whatever their name; folders are walked for the supported types, in name
     * order. A folder or file inside that cannot be read is one failure of its own, and the walk goes on.
     */
    private static void expand(Path path, List<Path> files, List<FileOutcome> failures) {
        if (!Files.isDirectory(path)) {
            files.add(path);
            return;
        }
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && SourceReader.isSupported(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    failures.add(FileOutcome.failed(file, Messages.text(Files.isDirectory(file)
                            ? "import.unreadableFolder" : "import.unreadableFile", reason(e))));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            failures.add(FileOutcome.failed(path, Messages.text("import.unreadableFolder", e.getMessage())));
        }
        found.sort(null);
        files.addAll(found);
    }

    private static String reason(IOException e) {
        return e instanceof AccessDeniedException ? Messages.text("import.accessDenied")
                : e instanceof FileSystemLoopException ? Messages.text("import.loop")
                : e.getMessage() == null ? Messages.text("import.unknownError") : e.getMessage();
    }

    /** Imports one file; what it stored is searchable when this returns. */
    public FileOutcome importFile(Path file) {
        try {
            return importOne(file, Closure.OPEN);
        } finally {
            commitIndex();
        }
    }

    private FileOutcome importOne(Path file, Closure closure) {
        if (Files.isRegularFile(file) && !SourceReader.isSupported(file)) {
            return FileOutcome.failed(file, Messages.text("import.unknownType"));
        }
        SourceText source;
        try {
            // a file imported before is known by its hash, before any reading, repair or parsing
            AtomicReference<String> hash = new AtomicReference<>();
            Optional<SourceText> read = pipeline.readUnlessKnown(file, sha256 -> {
                hash.set(sha256);
                return store.isKnown(sha256);
            });
            if (read.isEmpty()) {
                return known(file, hash.get(), closure);
            }
            source = read.get();
        } catch (UnreadableSourceException e) {
            return FileOutcome.failed(file, e.getMessage());
        }
        ParsedFile parsed;
        try {
            parsed = pipeline.analyse(source);
        } catch (RuntimeException e) {
            return FileOutcome.failed(file, Messages.text("import.structureFailed", e));
        }
        SaveResult saved;
        try {
            if (!index.isStale()) {
                index.expectChanges();
            }
            saved = store.save(parsed, closure);
        } catch (RuntimeException e) {
            return FileOutcome.failed(file, Messages.text("import.notStored", Failures.firstLine(e)));
        }
        if (saved.status() == SaveResult.Status.KNOWN) {
            return known(file, source.sha256(), closure);
        }
        index(saved.sourceFileId());
        return new FileOutcome(file, FileOutcome.Status.NEW, null, saved);
    }

    /**
     * A file stored before: known, unless it is to be closed and is stored open — then it fails, for its text is
     * public already and a new import does not close it.
     */
    private FileOutcome known(Path file, String sha256, Closure closure) {
        if (closure.closed() && !store.isClosed(sha256)) {
            return FileOutcome.failed(file, Messages.text("import.knownOpen"));
        }
        return new FileOutcome(file, FileOutcome.Status.KNOWN, null, null);
    }

    private void index(long sourceFileId) {
        if (index.isStale()) {
            return;
        }
        try {
            units.hiddenKeysBeside(sourceFileId).forEach(index::delete);
            units.ofSourceFile(sourceFileId).forEach(index::index);
        } catch (RuntimeException e) {
            index.markStale(Messages.text("import.indexingFailed", sourceFileId, Failures.firstLine(e)));
        }
    }

    /** Makes what was indexed durable and searchable; a failure marks the index stale, as above. */
    private void commitIndex() {
        if (index.isStale()) {
            return;
        }
        try {
            index.commit();
        } catch (RuntimeException e) {
            index.markStale(Messages.text("import.indexNotCommitted", Failures.firstLine(e)));
        }
    }
}
