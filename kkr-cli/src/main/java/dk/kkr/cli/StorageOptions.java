package dk.kkr.cli;

import dk.kkr.core.text.Messages;
import dk.kkr.service.importing.ImportHandoff;
import dk.kkr.core.danish.DanishDictionary;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.ReindexFromStore;
import dk.kkr.store.Database;
import dk.kkr.store.DatabaseException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine.Option;

/** Where the archive lives; shared by every command that touches it. */
public final class StorageOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:KKR_DATA:-data}",
            descriptionKey = "cli.data")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC-URL", descriptionKey = "cli.dbUrl")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "NAVN", defaultValue = "${env:KKR_DB_USER}",
            descriptionKey = "cli.dbUser")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "KODE", defaultValue = "${env:KKR_DB_PASSWORD}",
            descriptionKey = "cli.dbPassword")
    String dbPassword;

    public Path dataDir() {
        return dataDir;
    }

    /** The database these options name, as a running server publishes it ({@link ImportHandoff}). */
    public String databaseName() {
        return ImportHandoff.databaseName(dbUrl);
    }

    public Database open() {
        return Database.open(dataDir, dbUrl, dbUser, dbPassword);
    }

    /**
     * The search index under the data directory, rebuilt from {@code db} first if missing, stale or corrupt.
     *
     * @throws DatabaseException with one line when another process holds the index (a server on another database)
     */
    public ArchiveIndex openIndex(Database db) {
        try {
            return ArchiveIndex.open(dataDir, DanishDictionary.shared(), new ReindexFromStore(db.dataSource()));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof LockObtainFailedException) {
                db.close();
                throw new DatabaseException(Messages.text("cli.indexInUse", dataDir), e);
            }
            throw e;
        }
    }
}
