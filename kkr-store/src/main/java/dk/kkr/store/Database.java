package dk.kkr.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.kkr.core.danish.KkrBody;
import dk.kkr.core.danish.ReferenceData;
import dk.kkr.core.text.Messages;
import dk.kkr.store.migration.V8__FingerprintBandsOfStoredFiles;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The archive database, open and migrated: an embedded H2 file database under the data directory by
 * default, or PostgreSQL when given a {@code jdbc:postgresql://} URL. Opening runs the Flyway migrations
 * and makes sure the five KKR bodies exist. The data source is a connection pool and is thread-safe.
 *
 * <p>The embedded database belongs to the one process that opened it: no TCP server, its folder
 * {@code <dataDir>/db} readable by the owner only (0700, its files 0600), and every commit written to the
 * file before it returns, so that a killed process loses no committed work. A second process that opens
 * the same data directory gets a {@link DatabaseException} saying the archive is in use.
 */
public final class Database implements AutoCloseable {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private final HikariDataSource pool;
    private final String vendor;

    private Database(HikariDataSource pool, String vendor) {
        this.pool = pool;
        this.vendor = vendor;
    }

    /**
     * Opens the archive database.
     *
     * @param dataDir  the data directory; the embedded database lives in {@code <dataDir>/db/kkr}
     * @param jdbcUrl  a {@code jdbc:postgresql://} (or {@code jdbc:h2:}) URL, or null for the embedded H2 database
     * @param user     the database user, or null
     * @param password the password, or null
     * @throws DatabaseException with a one-line message when the database cannot be opened or migrated
     */
    public static Database open(Path dataDir, String jdbcUrl, String user, String password) {
        String url = jdbcUrl == null ? embeddedUrl(dataDir) : checkedUrl(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setPoolName("kkr-archive");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            if (heldByAnotherProcess(e)) {
                throw new DatabaseException(Messages.text("database.inUse", dataDir), e);
            }
            throw new DatabaseException(Messages.text("database.cannotOpen", withoutQuery(url), Failures.firstLine(e)), e);
        }
        if (jdbcUrl == null) {
            ownerOnly(embeddedDir(dataDir));
        }
        try {
            Database database = new Database(pool, productName(pool));
            database.migrate();
            database.seedBodies();
            return database;
        } catch (RuntimeException e) {
            pool.close();
            throw new DatabaseException(
                    Messages.text("database.cannotMigrate", withoutQuery(url), Failures.firstLine(e)), e);
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    /** "H2" or "PostgreSQL": the product name the driver reports. */
    public String vendor() {
        return vendor;
    }

    @Override
    public void close() {
        pool.close();
    }

    /**
     * The embedded database's URL, its folder created (or narrowed) to the owner only before H2 writes a
     * file in it. H2 keeps its default write delay: its background writer stores commits within half a second
     * and keeps the file compact (without it, with WRITE_DELAY=0, the file grew to 37 times the text stored,
     * faster than the archive, and slowed every import); the archive's writers make what they stored survive
     * a kill at once ({@link Durability}).
     */
    private static String embeddedUrl(Path dataDir) {
        Path dir = embeddedDir(dataDir);
        try {
            Files.createDirectories(dir.getParent());
            if (POSIX) {
                if (!Files.isDirectory(dir)) {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
                }
                Files.setPosixFilePermissions(dir, OWNER_DIRECTORY);
            } else {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new DatabaseException(Messages.text("database.cannotCreate", dir, Failures.firstLine(e)), e);
        }
        return "jdbc:h2:file:" + dir.resolve("kkr");
    }

    private static Path embeddedDir(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve("db");
    }

    /** Narrows the files H2 has made in the (already owner-only) folder to 0600: Java cannot set a umask. */
    private static void ownerOnly(Path dir) {
        if (!POSIX) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(file, OWNER_FILE);
                }
            }
        } catch (IOException e) {
            throw new DatabaseException(Messages.text("database.cannotProtect", dir, Failures.firstLine(e)), e);
        }
    }

    /** H2 refuses a file database that another process has open (error 90020, "already in use"). */
    private static boolean heldByAnotherProcess(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
        }
        return false;
    }

    private static String checkedUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:") || jdbcUrl.startsWith("jdbc:h2:")) {
            return jdbcUrl;
        }
        throw new DatabaseException(Messages.text("database.unsupportedUrl", withoutQuery(jdbcUrl)), null);
    }

    /** Whether {@code dataSource} is an H2 database (the embedded one, or H2 in the tests). */
    static boolean isH2(DataSource dataSource) {
        return productName(dataSource).equals("H2");
    }

    private static String productName(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new DatabaseException(Messages.text("database.noAnswer", Failures.firstLine(e)), e);
        }
    }

    private void migrate() {
        migrate(pool, null);
    }

    /**
     * Migrates a database to the archive's schema, the SQL migrations ({@code db/migration}) and the Java ones
     * ({@link dk.kkr.store.migration}) in version order; up to {@code target} only, unless it is null.
     */
    public static void migrate(DataSource dataSource, String target) {
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new V8__FingerprintBandsOfStoredFiles());
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
    }

    private void seedBodies() {
        JdbcClient jdbc = JdbcClient.create(pool);
        for (KkrBody body : ReferenceData.bodies()) {
            jdbc.sql("""
                    INSERT INTO body (name, slug, region)
                    SELECT :name, :slug, :region WHERE NOT EXISTS (SELECT 1 FROM body WHERE name = :name)""")
                    .param("name", body.name())
                    .param("slug", body.slug())
                    .param("region", body.region())
                    .update();
        }
    }

    /** The URL without its query, which may hold a password. */
    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
