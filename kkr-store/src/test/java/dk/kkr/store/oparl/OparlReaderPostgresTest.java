package dk.kkr.store.oparl;

import dk.kkr.store.TestPostgres;
import dk.kkr.store.read.ArchiveFixture;

/** The same queries on a real PostgreSQL: the OParl queries must be portable. */
class OparlReaderPostgresTest extends OparlReaderTest {

    @Override
    ArchiveFixture.Loaded archive() {
        return ArchiveFixture.load(TestPostgres.freshDatabase());
    }
}
