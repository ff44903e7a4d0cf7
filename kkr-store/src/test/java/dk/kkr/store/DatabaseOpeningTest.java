package dk.kkr.store;

import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening the archive database: where the embedded database goes, and one-line errors when it cannot open. */
class DatabaseOpeningTest {

    @TempDir
    Path dataDir;

    @Test
    void createsTheEmbeddedDatabaseUnderTheDataDirectory() {
        Path nested = dataDir.resolve("not/yet/there");
        try (Database database = Database.open(nested, null, null, null)) {
            assertThat(JdbcClient.create(database.dataSource()).sql("SELECT COUNT(*) FROM body")
                    .query(Long.class).single()).isEqualTo(5);
        }
        assertThat(nested.resolve("db/kkr.mv.db")).isRegularFile();
    }

    @Test
    void refusesAnUnsupportedUrl() {
        assertThatThrownBy(() -> Database.open(dataDir, "jdbc:mysql://localhost/kkr?password=secret", null, null))
                .isInstanceOf(DatabaseException.class)
                .hasMessage("Unsupported database URL jdbc:mysql://localhost/kkr: expected "
                        + "jdbc:postgresql://host/database, or none for the embedded database");
    }

    @Test
    void saysInOneLineWhenNoServerAnswers() {
        assertThatThrownBy(() -> Database.open(dataDir, "jdbc:postgresql://127.0.0.1:1/kkr", "kkr", "secret"))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Cannot open the archive database jdbc:postgresql://127.0.0.1:1/kkr: ")
                .hasMessageContaining("Connection to 127.0.0.1:1 refused")
                .hasMessageNotContaining("\n");
    }

    @Test
    void saysInOneLineWhenTheDataDirectoryIsAFile() throws IOException {
        Path file = Files.writeString(dataDir.resolve("data"), "not a directory");

        assertThatThrownBy(() -> Database.open(file, null, null, null))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Cannot create the database directory " + file.resolve("db"))
                .hasMessageNotContaining("\n");
    }

    @Test
    void refusesADatabaseThatIsNotAnArchive() throws SQLException {
        try (Connection other = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db/kkr"))) {
            other.createStatement().execute("CREATE TABLE something_else (id INT)");
        }

        assertThatThrownBy(() -> Database.open(dataDir, null, null, null))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Cannot prepare the archive database jdbc:h2:file:")
                .hasMessageContaining("no schema history table")
                .hasMessageNotContaining("\n");
    }

    /** Another process holds the database file without the automatic server: H2 reports it in use. */
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void saysInOneLineWhenAnotherProcessHoldsTheDatabase() throws Exception {
        Path h2Jar = Path.of(Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", h2Jar.toString(), "org.h2.tools.Shell",
                "-url", "jdbc:h2:file:" + dataDir.resolve("db/kkr").toAbsolutePath())
                .redirectErrorStream(true)
                .start();
        try {
            awaitConnected(holder);

            assertThatThrownBy(() -> Database.open(dataDir, null, null, null))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageStartingWith("Cannot open the archive database jdbc:h2:file:")
                    .hasMessageContaining("already in use")
                    .hasMessageNotContaining("\n");
        } finally {
            holder.destroy();
            holder.waitFor();
        }
    }

    /** Asks the shell, which connects before it reads, for a marker, and waits until it answers. */
    private static void awaitConnected(Process shell) throws IOException {
        Writer input = new OutputStreamWriter(shell.getOutputStream(), StandardCharsets.UTF_8);
        input.write("SELECT 'kkr_lock_held';\n");
        input.flush();
        BufferedReader output = new BufferedReader(new InputStreamReader(shell.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null) {
            if (line.contains("kkr_lock_held")) {
                return;
            }
        }
        throw new IllegalStateException("the H2 shell ended before it answered");
    }
}
