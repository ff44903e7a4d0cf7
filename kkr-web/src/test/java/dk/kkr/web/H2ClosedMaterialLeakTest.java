package dk.kkr.web;

import dk.kkr.store.Database;

import java.nio.file.Path;

/** {@link ClosedMaterialLeakTest} over the embedded H2 database. */
class H2ClosedMaterialLeakTest extends ClosedMaterialLeakTest {

    @Override
    Database openDatabase(Path dataDir) {
        return Database.open(dataDir, null, null, null);
    }
}
