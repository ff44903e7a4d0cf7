package dk.kkr.store.access;

import dk.kkr.store.read.ArchiveFixture;

/** The account store on H2, in a fresh in-memory database per test. */
class H2AccountStoreTest extends AccountStoreContractTest {

    @Override
    ArchiveFixture.Loaded archive() {
        return ArchiveFixture.load();
    }
}
