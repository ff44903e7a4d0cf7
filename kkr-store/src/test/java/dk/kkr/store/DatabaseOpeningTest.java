package dk.kkr.store;

import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

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
                .hasMessage("Databaseadressen jdbc:mysql://localhost/kkr understøttes ikke: brug "
                        + "jdbc:postgresql://vært/database, eller ingen for den indbyggede database");
    }

    @Test
    void saysInOneLineWhenNoServerAnswers() {
        assertThatThrownBy(() -> Database.open(dataDir, "jdbc:postgresql://127.0.0.1:1/kkr", "kkr", "secret"))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Arkivdatabasen jdbc:postgresql://127.0.0.1:1/kkr kan ikke åbnes: ")
                .hasMessageContaining("Connection to 127.0.0.1:1 refused")
                .hasMessageNotContaining("\n");
    }

    @Test
    void saysInOneLineWhenTheDataDirectoryIsAFile() throws IOException {
        Path file = Files.writeString(dataDir.resolve("data"), "not a directory");

        assertThatThrownBy(() -> Database.open(file, null, null, null))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Databasemappen " + file.resolve("db") + " kan ikke oprettes: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void refusesADatabaseThatIsNotAnArchive() throws SQLException {
        try (Connection other = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db/kkr"))) {
            other.createStatement().execute("CREATE TABLE something_else (id INT)");
        }

        assertThatThrownBy(() -> Database.open(dataDir, null, null, null))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Arkivdatabasen jdbc:h2:file:")
                .hasMessageContaining(" kan ikke gøres klar: ")
                .hasMessageContaining("no schema history table")
                .hasMessageNotContaining("\n");
    }

    /** Another process holds the database file: the second opener is told, in one line, that it is in use. */
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
                    .hasMessage("Arkivet i " + dataDir + " bruges af en anden proces (kører ./kkr serve?); "
                            + "stop den først, eller brug en anden datamappe (--data)")
                    .hasMessageNotContaining("\n");
        } finally {
            holder.destroy();
            holder.waitFor();
        }
    }

    /** The embedded database serves no one but this process: no lock file advertises a TCP server. */
    @Test
    void opensNoServerForOtherProcesses() throws IOException {
        try (Database database = Database.open(dataDir, null, null, null);
             Stream<Path> files = Files.list(dataDir.resolve("db"))) {
            assertThat(JdbcClient.create(database.dataSource()).sql("SELECT COUNT(*) FROM body")
                    .query(Long.class).single()).isEqualTo(5);
            for (Path lock : files.filter(f -> f.getFileName().toString().endsWith(".lock.db")).toList()) {
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(lock)) {
                    properties.load(in);
                }
                assertThat(properties).as(lock.toString()).doesNotContainKey("server");
            }
        }
    }

    /** Only the owner can read the database: the folder is 0700, its files 0600, also for an older archive. */
    @Test
    void keepsTheDatabaseFolderAndFilesToTheOwner() throws IOException {
        Path db = Files.createDirectories(dataDir.resolve("db"));
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Database database = Database.open(dataDir, null, null, null)) {
            assertThat(database.vendor()).isEqualTo("H2");
        }
        Files.setPosixFilePermissions(db.resolve("kkr.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));

        try (Database database = Database.open(dataDir, null, null, null);
             Stream<Path> files = Files.list(db)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rwx------");
            List<Path> all = files.toList();
            assertThat(all).contains(db.resolve("kkr.mv.db"));
            assertThat(all).allSatisfy(file -> assertThat(PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file))).as(file.toString()).isEqualTo("rw-------"));
        }
    }

    /** A file the store has saved is on disk when save returns: a process killed (SIGKILL) right after loses nothing. */
    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aCommitSurvivesKillNine() throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitThenWait.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            while ((line = output.readLine()) != null && !line.equals(CommitThenWait.COMMITTED)) {
                // the child's start-up chatter, if any
            }
            assertThat(line).isEqualTo(CommitThenWait.COMMITTED);
        } finally {
            writer.destroyForcibly();
            writer.waitFor();
        }

        try (Database database = Database.open(dataDir, null, null, null)) {
            JdbcClient sql = JdbcClient.create(database.dataSource());
            assertThat(sql.sql("SELECT COUNT(*) FROM source_file WHERE sha256 = :sha")
                    .param("sha", Fixtures.agenda().source().sha256()).query(Long.class).single()).isEqualTo(1);
            assertThat(sql.sql("SELECT COUNT(*) FROM agenda_item").query(Long.class).single()).isPositive();
        }
    }

    /** The child of {@link #aCommitSurvivesKillNine}: saves one file, says so, and waits to be killed. */
    static final class CommitThenWait {
        static final String COMMITTED = "kkr_committed";

        public static void main(String[] args) throws InterruptedException {
            Database database = Database.open(Path.of(args[0]), null, null, null);
            new ArchiveStore(database.dataSource()).save(Fixtures.agenda());
            System.out.println(COMMITTED);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
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
