package dk.kkr.bench;

import dk.kkr.core.danish.DanishDictionary;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.ItemDoc;
import dk.kkr.search.SearchQuery;
import dk.kkr.search.SearchService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code ./kkr bench search}: for corpora of synthetic items ({@link SyntheticCorpus}) of the given sizes,
 * the index size, the indexing rate and the latency (p50, p99) of a fixed mix of queries, three ways on the
 * same items: our search (parsing, Danish analysis, facets, highlighting, suggestions, top 10), the floor
 * (the same queries as plain Lucene term, phrase and boolean queries on the same index, top 10, nothing
 * else) and PostgreSQL full-text search ('danish' configuration, GIN index, ranked top 10) on embedded
 * PostgreSQL, each after a warm-up of {@value #WARMUP_SECONDS} seconds. Ends with the memory of this
 * process with the last index open.
 *
 * PostgreSQL refuses to run as root: run the benchmark as an ordinary user.
 */
final class SearchBenchmark {

    /** The query mix, as typed into the search field: words, phrases, operators, ids, compound parts, æøå-less. */
    static final List<String> QUERIES = List.of(
            "fordelingsnøgle", "praktikpladser", "nøgle", "klimatilpasning kommunerne", "\"specialiserede socialområde\"",
            "takster OR takststigningerne", "rekruttering NOT pædagoger", "Aarhus budget", "okonomiaftale",
            "Kobenhavn busbetjeningen", "SAG-2020-04197", "\"2,5 mio. kr.\"", "erhvervshuset resultatkontrakt",
            "sundhedsaftale sundhedsklynger", "affaldsplan genanvendelse", "borgerservice");

    /**
     * Each way runs the mix unmeasured for at least this long (and {@value #MIN_WARMUP_ROUNDS} rounds) before
     * measuring, so that the JIT has compiled its code paths as in a serving process that has answered
     * some thousand queries; ours has the most paths.
     */
    private static final double WARMUP_SECONDS = 10;
    private static final int MIN_WARMUP_ROUNDS = 3;
    private static final int ROUNDS = 20;

    record Latency(double p50, double p99) {
        static Latency of(List<Long> nanos) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Latency(sorted[(int) (sorted.length * 0.50)] / 1e6,
                    sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f / %.2f", p50, p99);
        }
    }

    /** Runs the benchmark for each size, PostgreSQL too unless {@code postgres} is false, under {@code dir}. */
    static void run(List<Long> sizes, boolean postgres, Path dir) throws Exception {
        Path base = dir != null ? dir : Files.createTempDirectory("kkr-bench-search");
        DanishDictionary dictionary = DanishDictionary.load();
        System.out.println("| items | index MB | indexing items/s | ours p50 / p99 ms | floor p50 / p99 ms "
                + "| PostgreSQL p50 / p99 ms | PostgreSQL load items/s | PostgreSQL MB |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        ArchiveIndex last = null;
        for (long size : sizes) {
            if (last != null) {
                last.close();
            }
            SyntheticCorpus corpus = new SyntheticCorpus(42);
            ArchiveIndex index = ArchiveIndex.open(base.resolve("lucene-" + size), dictionary, () -> corpus.items(0));
            long start = System.nanoTime();
            index.rebuild(corpus.items(size));
            double rate = size / ((System.nanoTime() - start) / 1e9);
            SearchService search = new SearchService(index);
            Latency ours = measure(q -> search.search(SearchQuery.of(q)));
            Latency floor = measure(q -> index.searchPlain(plain(index, q), 10));
            String pg = "– | – | –";
            if (postgres) {
                pg = postgres(corpus, size, base.resolve("pg-" + size));
            }
            System.out.printf(Locale.ROOT, "| %,d | %.0f | %,.0f | %s | %s | %s |%n", size,
                    index.sizeOnDisk() / 1e6, rate, ours, floor, pg);
            last = index;
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%nServing process with the last index open: heap used %.0f MB after GC "
                        + "(max %.0f MB), resident %s%n", (rt.totalMemory() - rt.freeMemory()) / 1e6,
                rt.maxMemory() / 1e6, residentMemory());
        if (last != null) {
            last.close();
        }
    }

    private interface Run {
        void query(String q) throws Exception;
    }

    /** Every query of the mix in rounds: unmeasured to warm up ({@link #WARMUP_SECONDS}), then {@value #ROUNDS} measured. */
    private static Latency measure(Run run) throws Exception {
        long warmUntil = System.nanoTime() + (long) (WARMUP_SECONDS * 1e9);
        for (int round = 0; round < MIN_WARMUP_ROUNDS || System.nanoTime() < warmUntil; round++) {
            for (String q : QUERIES) {
                run.query(q);
            }
        }
        List<Long> nanos = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String q : QUERIES) {
                long t = System.nanoTime();
                run.query(q);
                nanos.add(System.nanoTime() - t);
            }
        }
        return Latency.of(nanos);
    }

    /**
     * The floor: the query as plain Lucene queries on the text field, the words analyzed as the index was
     * (else they would not match): a word is a term query (a phrase query if it gives several tokens), a
     * quoted phrase a phrase query, words joined by AND unless OR or NOT says otherwise.
     */
    static Query plain(ArchiveIndex index, String text) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        BooleanClause.Occur next = BooleanClause.Occur.MUST;
        boolean or = text.contains(" OR ");
        for (String part : splitKeepingPhrases(text)) {
            if (part.equals("OR")) {
                continue;
            }
            if (part.equals("NOT")) {
                next = BooleanClause.Occur.MUST_NOT;
                continue;
            }
            List<String> terms = index.queryTerms(part.replace("\"", ""));
            if (terms.isEmpty()) {
                continue;
            }
            Query q = terms.size() == 1 ? new TermQuery(new Term(ArchiveIndex.TEXT_FIELD, terms.getFirst()))
                    : new PhraseQuery(ArchiveIndex.TEXT_FIELD, terms.toArray(String[]::new));
            all.add(q, next == BooleanClause.Occur.MUST && or ? BooleanClause.Occur.SHOULD : next);
            next = BooleanClause.Occur.MUST;
        }
        return all.build();
    }

    private static List<String> splitKeepingPhrases(String text) {
        List<String> parts = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"[^\"]*\"|\\S+").matcher(text);
        while (m.find()) {
            parts.add(m.group());
        }
        return parts;
    }

    /** Loads the same items into embedded PostgreSQL and runs the mix there; "p50/p99 | load rate | MB". */
    private static String postgres(SyntheticCorpus corpus, long size, Path dir) throws Exception {
        Files.createDirectories(dir);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "512MB").setServerConfig("work_mem", "64MB").start();
             Connection c = pg.getPostgresDatabase().getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("""
                        CREATE TABLE item (id BIGINT PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL,
                          tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('danish', title || ' ' || body)) STORED)""");
            }
            long start = System.nanoTime();
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder rows = new StringBuilder();
            long id = 0;
            var in = corpus.items(size).iterator();
            while (in.hasNext()) {
                ItemDoc item = in.next();
                rows.append(++id).append('\t')
                        .append(escape(item.title())).append('\t')
                        .append(escape(item.sections().stream().map(s -> s.text()).collect(Collectors.joining("\n\n"))))
                        .append('\n');
                if (rows.length() > 8_000_000 || !in.hasNext()) {
                    copy.copyIn("COPY item (id, title, body) FROM STDIN", new StringReader(rows.toString()));
                    rows.setLength(0);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE INDEX item_tsv ON item USING GIN (tsv)");
                s.execute("ANALYZE item");
            }
            double rate = size / ((System.nanoTime() - start) / 1e9);
            long bytes;
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT pg_total_relation_size('item')")) {
                r.next();
                bytes = r.getLong(1);
            }
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT id FROM item, websearch_to_tsquery('danish', ?) query
                    WHERE tsv @@ query ORDER BY ts_rank(tsv, query) DESC LIMIT 10""")) {
                Latency latency = measure(text -> {
                    q.setString(1, text.replace(" NOT ", " -"));
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            r.getLong(1);
                        }
                    }
                });
                return String.format(Locale.ROOT, "%s | %,.0f | %.0f", latency, rate, bytes / 1e6);
            }
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", " ").replace("\n", "\\n").replace("\r", " ");
    }

    private static String residentMemory() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .map(l -> l.replaceAll("\\s+", " ").substring("VmRSS: ".length())).findFirst().orElse("?");
        } catch (IOException e) {
            return "? (" + ManagementFactory.getRuntimeMXBean().getVmName() + ")";
        }
    }
}
