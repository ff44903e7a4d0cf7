package dk.kkr.web;

import dk.kkr.core.danish.DanishDictionary;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.ReindexFromStore;
import dk.kkr.service.importing.Importer;
import dk.kkr.store.Database;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * An archive on disk for the tests that crawl a whole site: a database, its search index beside it, an importer into
 * both, and (once {@link #serve} is called) the web server over them. Closing it stops the server and closes the
 * index and the database.
 */
final class ServedArchive implements AutoCloseable {

    private final Database database;
    private final ArchiveIndex index;
    private ConfigurableApplicationContext server;
    private String site;

    /** The database (already open; this archive closes it) with its index in {@code dataDir}. */
    ServedArchive(Database database, Path dataDir) {
        this.database = database;
        this.index = ArchiveIndex.open(dataDir, DanishDictionary.shared(), new ReindexFromStore(database.dataSource()));
    }

    DataSource dataSource() {
        return database.dataSource();
    }

    Importer importer() {
        return Importer.standard(database.dataSource(), index);
    }

    /** Starts the web server over the archive, on a free port. */
    void serve() {
        server = KkrWebApplication.start(database.dataSource(), index, 0);
        site = "http://localhost:" + ((WebServerApplicationContext) server).getWebServer().getPort();
    }

    /** The served site's root, "http://localhost:PORT". */
    String site() {
        return site;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        index.close();
        database.close();
    }
}
