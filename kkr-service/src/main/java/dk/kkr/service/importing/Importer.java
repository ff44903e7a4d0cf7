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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The whole road for a set of files: read, repair, parse and extract (a few files side by side, one a core), then
 * store, one transaction per file in the order the files are named, then index. A file
 * that fails is reported with a one-line reason and leaves no trace; the others go on. A new file is indexed after its
 * transaction has committed, from what the store now holds; if that fails, the file stays stored and the index is
 * marked stale, to be rebuilt from the store when next opened (and no further file is indexed meanwhile). The index
 * is committed (durable and searchable) every two seconds of a long import and when it ends; it is marked pending
 * before a file is stored, so that a process killed before the commit leaves an index that is rebuilt from the store
 * when next opened.
 */
public final class Importer {

    /**
     * Told about each file as it is done, e.g. to draw a progress bar, and about each scanned page being read with OCR
     * (from the reader threads, side by side).
     */
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

        /** Page {@code page} of {@code pages} of {@code file}, a scan, is being read with OCR. */
        default void reading(Path file, int page, int pages) {
        }
    }

    /**
     * Threads that read, repair and parse the files ahead of the one being stored (each at most two files ahead):
     * the work on each file alone uses the machine's cores side by side, while storing and indexing go one file
     * after the other, in order.
     */
    private static final int READERS = Math.max(1, Runtime.getRuntime().availableProcessors());

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
        ExecutorService readers = Executors.newFixedThreadPool(READERS, Thread.ofPlatform().daemon()
                .name("kkr-import-", 1).factory());
        try {
            Deque<Future<Prepared>> ahead = new ArrayDeque<>();
            Iterator<Path> next = files.iterator();
            while (next.hasNext() || !ahead.isEmpty()) {
                while (ahead.size() < 2 * READERS && next.hasNext()) {
                    Path file = next.next();
                    ahead.add(readers.submit(() -> prepare(file, closure, listener)));
                }
                FileOutcome outcome = store(awaited(ahead.removeFirst()), closure);
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
            readers.shutdownNow();
            commitIndex();
        }
        return ImportSummary.of(outcomes);
    }

    /** What a reader thread has made of a file: its outcome when it is done already (known, failed), else its parse. */
    private record Prepared(Path file, FileOutcome outcome, ParsedFile parsed) {
    }

    private static Prepared awaited(Future<Prepared> prepared) {
        try {
            return prepared.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException(Messages.text("import.interrupted"));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
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
        return store(prepare(file, closure, Listener.SILENT), closure);
    }

    /** Reads, repairs and parses a file: work on the file alone, done by the reader threads side by side. */
    private Prepared prepare(Path file, Closure closure, Listener listener) {
        if (Files.isRegularFile(file) && !SourceReader.isSupported(file)) {
            return new Prepared(file, FileOutcome.failed(file, Messages.text("import.unknownType")), null);
        }
        SourceText source;
        try {
            // a file imported before is known by its hash, before any reading, repair or parsing
            AtomicReference<String> hash = new AtomicReference<>();
            Optional<SourceText> read = pipeline.readUnlessKnown(file, sha256 -> {
                hash.set(sha256);
                return store.isKnown(sha256);
            }, (page, pages) -> listener.reading(file, page, pages));
            if (read.isEmpty()) {
                return new Prepared(file, known(file, hash.get(), closure), null);
            }
            source = read.get();
        } catch (UnreadableSourceException e) {
            return new Prepared(file, FileOutcome.failed(file, e.getMessage()), null);
        }
        try {
            return new Prepared(file, null, pipeline.analyse(source));
        } catch (RuntimeException e) {
            return new Prepared(file, FileOutcome.failed(file, Messages.text("import.structureFailed", e)), null);
        }
    }

    /** Stores and indexes a prepared file, one file after the other, in the order they were named. */
    private FileOutcome store(Prepared prepared, Closure closure) {
        if (prepared.outcome() != null) {
            return prepared.outcome();
        }
        Path file = prepared.file();
        SaveResult saved;
        try {
            if (!index.isStale()) {
                index.expectChanges();
            }
            saved = store.save(prepared.parsed(), closure);
        } catch (RuntimeException e) {
            return FileOutcome.failed(file, Messages.text("import.notStored", Failures.firstLine(e)));
        }
        if (saved.status() == SaveResult.Status.KNOWN) {
            return known(file, prepared.parsed().source().sha256(), closure);
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
