package dk.kkr.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The archive contract on the embedded H2 file database, in a fresh data directory per test. */
class H2ArchiveTest extends ArchiveContractTest {

    @TempDir
    Path dataDir;

    @Override
    Database openDatabase() {
        return Database.open(dataDir, null, null, null);
    }

    @Override
    String expectedVendor() {
        return "H2";
    }
}
