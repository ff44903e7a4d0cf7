package dk.kkr.web;

import dk.kkr.store.Database;
import dk.kkr.store.TestPostgres;

import java.nio.file.Path;

/** {@link ClosedMaterialLeakTest} over PostgreSQL (embedded, a fresh database). */
class PostgresClosedMaterialLeakTest extends ClosedMaterialLeakTest {

    @Override
    Database openDatabase(Path dataDir) {
        return Database.open(dataDir, TestPostgres.freshDatabaseUrl(), null, null);
    }
}
