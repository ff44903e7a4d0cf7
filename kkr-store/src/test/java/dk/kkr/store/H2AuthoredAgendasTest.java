package dk.kkr.store;

import dk.kkr.store.read.ArchiveFixture;

/** Agendas written on the platform, on the embedded H2 database. */
class H2AuthoredAgendasTest extends AuthoredAgendasContractTest {

    @Override
    ArchiveFixture.Loaded archive() {
        return ArchiveFixture.load();
    }
}
