package dk.kkr.store;

import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

/**
 * The point after which what a writer of the archive stored survives the process being killed (SIGKILL): every
 * writer ({@link ArchiveStore}, the calculation store) passes it after its transaction has committed and before
 * it reports success. The embedded H2 database writes committed changes to its file in the background, within
 * half a second, and keeps its file compact there; here it is told to write them now ({@code CHECKPOINT}).
 * PostgreSQL has them in its write-ahead log at commit already.
 */
public final class Durability {

    private final JdbcClient jdbc;
    private final boolean embedded;

    public Durability(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.embedded = Database.isH2(dataSource);
    }

    /** Makes what has been committed so far survive a kill of this process. */
    public void committed() {
        if (embedded) {
            jdbc.sql("CHECKPOINT").update();
        }
    }
}
