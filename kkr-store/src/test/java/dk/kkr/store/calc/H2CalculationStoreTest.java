package dk.kkr.store.calc;

import dk.kkr.store.read.ArchiveFixture;

/** The calculation store on H2, in a fresh in-memory database per test. */
class H2CalculationStoreTest extends CalculationStoreContractTest {

    @Override
    ArchiveFixture.Loaded archive() {
        return ArchiveFixture.load();
    }
}
