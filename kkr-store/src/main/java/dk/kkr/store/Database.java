package dk.kkr.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.kkr.core.reference.KkrBody;
import dk.kkr.core.reference.ReferenceData;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The archive database, open and migrated: an embedded H2 file database under the data directory by
 * default, or PostgreSQL when given a {@code jdbc:postgresql://} URL. Opening runs the Flyway migrations
 * and makes sure the five KKR bodies exist. The data source is a connection pool and is thread-safe.
 */
public final class Database implements AutoCloseable {

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
            throw new DatabaseException("Cannot open the archive database " + withoutQuery(url) + ": " + Failures.firstLine(e), e);
        }
        try {
            Database database = new Database(pool, productName(pool));
            database.migrate();
            database.seedBodies();
            return database;
        } catch (RuntimeException e) {
            pool.close();
            throw new DatabaseException(
                    "Cannot prepare the archive database " + withoutQuery(url) + ": " + Failures.firstLine(e), e);
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

    private static String embeddedUrl(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize().resolve("db");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the database directory " + dir + ": " + Failures.firstLine(e), e);
        }
        return "jdbc:h2:file:" + dir.resolve("kkr") + ";AUTO_SERVER=TRUE";
    }

    private static String checkedUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:") || jdbcUrl.startsWith("jdbc:h2:")) {
            return jdbcUrl;
        }
        throw new DatabaseException("Unsupported database URL " + withoutQuery(jdbcUrl)
                + ": expected jdbc:postgresql://host/database, or none for the embedded database", null);
    }

    private static String productName(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void migrate() {
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
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
