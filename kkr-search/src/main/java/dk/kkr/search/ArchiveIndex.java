package dk.kkr.search;

import dk.kkr.core.danish.DanishDictionary;
import dk.kkr.core.text.Messages;
import dk.kkr.search.analysis.CompoundSplitter;
import dk.kkr.search.analysis.DanishAnalyzer;
import dk.kkr.search.analysis.ExactAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The search index of the archive, embedded under {@code <dataDir>/index}. The store is the truth: an index
 * that is missing, unreadable or written by another version of the analysis is rebuilt from the
 * {@link Source} when opened, never trusted. Changes ({@link #index}, {@link #delete}) become visible to
 * searches at {@link #refresh()} and durable at {@link #commit()}; from the first change after a commit until the
 * next, a file {@code <dataDir>/index.pending} says that the index lacks changes the store has, so that an index
 * left by a process killed in between is rebuilt when next opened. An index that may have missed a change is
 * {@linkplain #markStale marked stale} (a file {@code <dataDir>/index.stale} with the reason) and rebuilt when
 * next opened. {@link #rebuild} writes a fresh index beside the live one and swaps it in;
 * searches go on meanwhile and see the new index once it is complete (writes made during a rebuild are
 * lost with the old index, so do not import while rebuilding).
 *
 * <p>Thread-safe. Open one per data directory and process (Lucene's write lock enforces that).
 */
public final class ArchiveIndex implements Closeable {

    /** Where the units come from when the index is rebuilt or reconciled: the store. */
    @FunctionalInterface
    public interface Source {
        /** Every unit. Close the stream when done. */
        Stream<ItemDoc> all();

        /** The keys of every unit ({@link ItemDoc#key()}); a store answers this without reading the units. */
        default Set<String> keys() {
            try (Stream<ItemDoc> all = all()) {
                return all.map(ItemDoc::key).collect(Collectors.toSet());
            }
        }

        /** The units with these keys. Close the stream when done. */
        default Stream<ItemDoc> units(Set<String> keys) {
            return all().filter(unit -> keys.contains(unit.key()));
        }
    }

    /** What opening the index changed to make it hold exactly what the store has. */
    public record Reconciled(int removed, int added) {
    }

    /** The field every unit's words are indexed in: what a plain Lucene query on this index searches. */
    public static final String TEXT_FIELD = IndexDocuments.TEXT;

    /** Changes whenever the analysis or the fields change, so that an older index is rebuilt, not misread. */
    static final String SCHEMA_VERSION = "3";
    private static final String SCHEMA_KEY = "kkr.schema";
    private static final double RAM_BUFFER_MB = 64;

    private final Path indexDir;
    private final Path freshDir;
    private final Path staleMarker;
    private final Path pendingMarker;
    private final Source source;
    private final IndexDocuments documents = new IndexDocuments();
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;
    private final ReadWriteLock swapLock = new ReentrantReadWriteLock();
    private final String rebuiltBecause;
    private final Reconciled reconciled;

    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile FacetState facetState;
    /** Changes and commits take turns on this lock. */
    private final Object changeLock = new Object();
    /** Whether changes were made since the last commit (guarded by {@link #changeLock}). */
    private boolean uncommitted;

    private ArchiveIndex(Path dataDir, DanishDictionary dictionary, Source source) throws IOException {
        this.indexDir = dataDir.resolve("index");
        this.freshDir = dataDir.resolve("index.new");
        this.staleMarker = dataDir.resolve("index.stale");
        this.pendingMarker = dataDir.resolve("index.pending");
        this.source = source;
        Analyzer danish = DanishAnalyzer.forIndexing(new CompoundSplitter(dictionary));
        Analyzer exact = new ExactAnalyzer();
        Analyzer words = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        this.indexAnalyzer = new PerFieldAnalyzerWrapper(danish,
                Map.of(IndexDocuments.EXACT, exact, IndexDocuments.SPELL, words));
        this.queryAnalyzer = new PerFieldAnalyzerWrapper(DanishAnalyzer.forQueries(),
                Map.of(IndexDocuments.EXACT, exact, IndexDocuments.SPELL, words));
        this.rebuiltBecause = Files.exists(staleMarker)
                ? Messages.text("index.rebuilt.stale", Files.readString(staleMarker).strip())
                : Files.exists(pendingMarker) ? Messages.text("index.rebuilt.interrupted")
                : problemWith(indexDir);
        if (rebuiltBecause != null) {
            build(source.all(), indexDir);
            Files.deleteIfExists(staleMarker);
            Files.deleteIfExists(pendingMarker);
        }
        openLive();
        this.reconciled = rebuiltBecause != null ? new Reconciled(0, 0) : reconcile();
    }

    /**
     * Opens the index under {@code dataDir}, first rebuilding it from {@code source} if it is missing,
     * unreadable or of another schema version ({@link #rebuiltBecause()} then says why).
     */
    public static ArchiveIndex open(Path dataDir, DanishDictionary dictionary, Source source) {
        try {
            Files.createDirectories(dataDir);
            return new ArchiveIndex(dataDir, dictionary, source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index under " + dataDir, e);
        }
    }

    /**
     * Why the index was rebuilt when opened, in Danish (it was missing, unreadable, of an older version, marked
     * stale or left with uncommitted changes), or null if it was fine.
     */
    public String rebuiltBecause() {
        return rebuiltBecause;
    }

    /**
     * What opening a sound index changed so that it holds exactly the store's units: units of files no longer
     * stored removed, units the index lacked added (both 0 when it agreed, or when it was rebuilt).
     */
    public Reconciled reconciled() {
        return reconciled;
    }

    /** Compares the keys of the index with the store's and mends the difference (the store is the truth). */
    private Reconciled reconcile() throws IOException {
        Set<String> wanted = source.keys();
        Set<String> held = heldKeys();
        Set<String> orphans = new HashSet<>(held);
        orphans.removeAll(wanted);
        Set<String> missing = new HashSet<>(wanted);
        missing.removeAll(held);
        if (orphans.isEmpty() && missing.isEmpty()) {
            return new Reconciled(0, 0);
        }
        orphans.forEach(this::delete);
        int added = 0;
        if (!missing.isEmpty()) {
            try (Stream<ItemDoc> units = source.units(missing)) {
                for (ItemDoc unit : (Iterable<ItemDoc>) units::iterator) {
                    index(unit);
                    added++;
                }
            }
        }
        commit();
        return new Reconciled(orphans.size(), added);
    }

    /** The keys of the units the index holds now (its live documents). */
    private Set<String> heldKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(IndexDocuments.KEY);
                if (terms == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                TermsEnum each = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    postings = each.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            keys.add(term.utf8ToString());
                            break;
                        }
                    }
                }
            }
        }
        return keys;
    }

    /** Adds the unit, or replaces the unit with the same key. Visible after {@link #refresh()}. */
    public void index(ItemDoc unit) {
        withWriter(w -> change(() -> w.updateDocument(new Term(IndexDocuments.KEY, unit.key()), documents.build(unit))));
    }

    /** Removes the unit with this key ({@link ItemDoc#key()}), if present. Visible after {@link #refresh()}. */
    public void delete(String key) {
        withWriter(w -> change(() -> w.deleteDocuments(new Term(IndexDocuments.KEY, key))));
    }

    /** Makes the changes so far visible to searches, without making them durable. */
    public void refresh() {
        withWriter(w -> searchers.maybeRefreshBlocking());
    }

    /** Makes the changes durable and visible to searches. */
    public void commit() {
        withWriter(w -> {
            synchronized (changeLock) {
                w.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION).entrySet());
                w.commit();
                Files.deleteIfExists(pendingMarker);
                uncommitted = false;
            }
            searchers.maybeRefreshBlocking();
        });
    }

    /**
     * Notes on disk that the store is about to change ahead of the index (a writer calls this before it stores
     * what it will index), so that a process killed before the next {@link #commit()} leaves an index that is
     * rebuilt when next opened.
     */
    public void expectChanges() {
        try {
            change(() -> {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark the search index pending", e);
        }
    }

    /**
     * One change, after noting on disk (before the first change since a commit) that the index lacks what the
     * store has. Changes and commits take turns, so no change slips in between a commit and the note's removal.
     */
    private void change(WriterChange change) throws IOException {
        synchronized (changeLock) {
            if (!uncommitted) {
                Files.writeString(pendingMarker, "changes since the last commit\n");
                uncommitted = true;
            }
            change.apply();
        }
    }

    /**
     * Records that the index may lack changes the store has (say, indexing a stored file failed), so that it
     * is rebuilt when next opened; {@code reason} is kept in the marker. A rebuild clears the mark.
     */
    public void markStale(String reason) {
        try {
            Files.writeString(staleMarker, reason + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark the search index stale", e);
        }
    }

    /** Whether the index is marked stale and waits for a rebuild. */
    public boolean isStale() {
        return Files.exists(staleMarker);
    }

    /** Rebuilds the index from the source it was opened with; returns the number of units indexed. */
    public long rebuild() {
        return rebuild(source.all());
    }

    /** Builds a fresh index of these units beside the live one, then swaps it in; returns the count. */
    public long rebuild(Stream<ItemDoc> units) {
        try {
            long count = build(units, freshDir);
            swapLock.writeLock().lock();
            try {
                closeLive();
                deleteTree(indexDir);
                Files.move(freshDir, indexDir);
                openLive();
                Files.deleteIfExists(staleMarker);
                synchronized (changeLock) {
                    Files.deleteIfExists(pendingMarker);
                    uncommitted = false;
                }
            } finally {
                swapLock.writeLock().unlock();
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the search index", e);
        }
    }

    /** The number of units searchable now. */
    public int size() {
        return withView(view -> view.searcher().getIndexReader().numDocs());
    }

    /** Bytes the index takes on disk. */
    public long sizeOnDisk() {
        try (Stream<Path> files = Files.walk(indexDir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the index; changes not committed are dropped (the store still has them: rebuild). */
    @Override
    public void close() {
        swapLock.writeLock().lock();
        try {
            closeLive();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            swapLock.writeLock().unlock();
        }
    }

    Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    /** The terms the query analysis makes of {@code text} in {@link #TEXT_FIELD}, in order. */
    public List<String> queryTerms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = queryAnalyzer.tokenStream(TEXT_FIELD, new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The top {@code n} of a plain Lucene query on the current index, nothing more (the benchmark's floor). */
    public TopDocs searchPlain(Query query, int n) {
        return withView(view -> view.searcher().search(query, n));
    }

    Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    FacetsConfig facetsConfig() {
        return documents.facetsConfig();
    }

    /**
     * What a search sees: one point-in-time searcher and the facet states of its reader (both null while the
     * index is empty): the ordinals of the facets kept with {@link FacetsConfig}, and of the case ids.
     */
    record View(IndexSearcher searcher, SortedSetDocValuesReaderState facets, StringDocValuesReaderState cases) {
    }

    interface IndexWork<T> {
        T apply(View view) throws IOException;
    }

    /** Runs a search on the current index; the view must not escape the call. */
    <T> T withView(IndexWork<T> work) {
        swapLock.readLock().lock();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                FacetState state = facetState(searcher.getIndexReader());
                return work.apply(new View(searcher, state.facets(), state.cases()));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        } finally {
            swapLock.readLock().unlock();
        }
    }

    private interface WriterWork {
        void apply(IndexWriter writer) throws IOException;
    }

    @FunctionalInterface
    private interface WriterChange {
        void apply() throws IOException;
    }

    private void withWriter(WriterWork work) {
        swapLock.readLock().lock();
        try {
            work.apply(writer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index", e);
        } finally {
            swapLock.readLock().unlock();
        }
    }

    /** The facet ordinals of a reader, computed once per reader the searcher manager hands out. */
    private FacetState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current;
        }
        synchronized (this) {
            current = facetState;
            if (current == null || current.reader() != reader) {
                current = reader.numDocs() == 0 ? new FacetState(reader, null, null)
                        : new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, documents.facetsConfig()),
                        new StringDocValuesReaderState(reader, IndexDocuments.CASES));
                facetState = current;
            }
            return current;
        }
    }

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState facets,
                              StringDocValuesReaderState cases) {
    }

    /** Why the index in {@code dir} cannot be used as it is, or null if it can. */
    private static String problemWith(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Messages.text("index.rebuilt.missing");
        }
        try (Directory d = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(d)) {
                return Messages.text("index.rebuilt.missing");
            }
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                String version = reader.getIndexCommit().getUserData().get(SCHEMA_KEY);
                return SCHEMA_VERSION.equals(version) ? null : Messages.text("index.rebuilt.newVersion");
            }
        } catch (IOException | RuntimeException e) {
            return Messages.text("index.rebuilt.unreadable", e.getClass().getSimpleName());
        }
    }

    /**
     * Writes all units into a new index in {@code dir}, replacing whatever was there. Units are turned into
     * Lucene documents and analysed on all cores.
     */
    private long build(Stream<ItemDoc> units, Path dir) throws IOException {
        deleteTree(dir);
        LongAdder count = new LongAdder();
        try (Directory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, writerConfig());
             Stream<ItemDoc> all = units) {
            all.parallel().forEach(unit -> {
                try {
                    w.addDocument(documents.build(unit));
                    count.increment();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION).entrySet());
            w.commit();
        }
        return count.sum();
    }

    private IndexWriterConfig writerConfig() {
        IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer);
        config.setRAMBufferSizeMB(RAM_BUFFER_MB);
        config.setCommitOnClose(false);
        return config;
    }

    private void openLive() throws IOException {
        directory = FSDirectory.open(indexDir);
        writer = new IndexWriter(directory, writerConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND));
        searchers = new SearcherManager(writer, null);
        facetState = null;
    }

    private void closeLive() throws IOException {
        if (writer == null) {
            return;
        }
        searchers.close();
        writer.rollback();
        directory.close();
        writer = null;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
