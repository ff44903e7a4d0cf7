package dk.kkr.store.oparl;

import dk.kkr.store.read.ArchiveFixture;
import dk.kkr.store.read.PostgresArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;

/** The same queries on a real PostgreSQL: the OParl queries must be portable. */
class OparlReaderPostgresTest extends OparlReaderTest {

    private static PostgresArchive postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = PostgresArchive.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    ArchiveFixture.Loaded archive() {
        return postgres.freshFixture();
    }
}
