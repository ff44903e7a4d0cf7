package dk.kkr.store.read;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/**
 * An embedded PostgreSQL for the contract tests of the read side: {@link #freshFixture()} empties the schema
 * and loads the shared fixture. PostgreSQL refuses to run as root: run these as an ordinary user (./kkr test does).
 */
public final class PostgresArchive implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private PostgresArchive(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static PostgresArchive start() {
        try {
            return new PostgresArchive(EmbeddedPostgres.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ArchiveFixture.Loaded freshFixture() {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ArchiveFixture.load(postgres.getPostgresDatabase());
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
