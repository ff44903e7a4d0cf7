package dk.kkr.service;

import dk.kkr.search.ArchiveIndex;

import javax.sql.DataSource;
import java.util.ServiceLoader;

/**
 * The web site, as the commands that serve it ({@code serve}, {@code demo}) see it: started over an open
 * database and the search index it then owns, stopped by closing it. The command line knows no more of it;
 * the web module provides it, found on the class path ({@link ServiceLoader}), so that the command line
 * depends on no web class.
 */
public interface Site {

    /**
     * Starts the site on {@code port} (0 picks a free one); {@code properties} are its settings as
     * {@code --name=value} arguments. Returns when it serves.
     */
    Running start(DataSource dataSource, ArchiveIndex index, int port, String... properties);

    /** A site that serves until it is closed. */
    interface Running extends AutoCloseable {

        /** The port it listens on. */
        int port();

        boolean isRunning();

        /** Runs {@code action} when the site stops, however it is stopped (closed, or the process ends). */
        void whenStopped(Runnable action);

        /** Stops the site. */
        @Override
        void close();
    }

    /** The site on the class path. */
    static Site load() {
        return ServiceLoader.load(Site.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no web site on the class path (module kkr-web)"));
    }
}
