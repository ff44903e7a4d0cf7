package dk.kkr.store;

import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

/**
 * Keeps the embedded database's query plans fitted to the archive as it grows. H2 plans a statement once per
 * connection and keeps the plan while the connection lives; its automatic statistics do not replace plans already
 * made. A plan made while the archive was small therefore stays in the pool's connections as the archive grows —
 * the hash lookup before each import, planned at a hundred files as "every document, then its file by hash", took
 * 38 ms at 30,000 files against 0.07 ms planned anew. {@code ANALYZE} renews the statistics and makes every
 * connection plan its statements again; it is run whenever the archive has doubled in files since the last time,
 * so that its cost per stored file stays constant. PostgreSQL needs none of this: its autovacuum analyses
 * growing tables, and its cached plans follow new statistics.
 */
final class QueryPlans {

    /** No analysis below this many files: any plan is fast on a small archive. */
    static final long FIRST_ANALYSIS = 64;

    private final JdbcClient jdbc;
    private final boolean embedded;
    private long nextAnalysis = -1;

    QueryPlans(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.embedded = Database.isH2(dataSource);
    }

    /** Called after a file was stored; analyses the archive when it has doubled since the last analysis. */
    synchronized void fileStored() {
        if (!embedded) {
            return;
        }
        long files = jdbc.sql("SELECT COUNT(*) FROM source_file").query(Long.class).single();
        if (nextAnalysis < 0) {
            // this process's connections were planned on the archive as it was when they opened
            nextAnalysis = Math.max(FIRST_ANALYSIS, 2 * files);
        }
        if (files >= nextAnalysis) {
            jdbc.sql("ANALYZE").update();
            nextAnalysis = 2 * files;
        }
    }
}
