package dk.kkr.store.read;

import dk.kkr.store.TestPostgres;

/** The same queries on a real PostgreSQL: the read side's SQL must be portable. */
class ArchiveReaderPostgresTest extends ArchiveReaderTest {

    @Override
    ArchiveFixture.Loaded archive() {
        return ArchiveFixture.load(TestPostgres.freshDatabase());
    }
}
