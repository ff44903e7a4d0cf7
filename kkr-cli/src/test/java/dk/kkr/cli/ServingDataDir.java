package dk.kkr.cli;

import dk.kkr.service.Site;
import dk.kkr.store.Database;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * {@code ./kkr serve} started on a fresh data directory and a free port, for the tests of the commands a user runs
 * beside it; and the command line run as the user types it.
 */
final class ServingDataDir implements AutoCloseable {

    /** What a command ended with and printed. */
    record Run(int code, String out, String err) {
    }

    final Path data;
    final String site;
    private final Site.Running server;

    ServingDataDir(Path data) {
        this.data = data;
        StorageOptions storage = new StorageOptions();
        storage.dataDir = data;
        ServerOptions options = new ServerOptions();
        options.port = 0;
        Database db = storage.open();
        server = ServeCommand.serve(db, storage.openIndex(db), storage, options, new PrintWriter(new StringWriter()));
        site = "http://localhost:" + server.port();
    }

    /** Stops the server (it withdraws itself from the data directory). */
    void stopServer() {
        if (server.isRunning()) {
            server.close();
        }
    }

    @Override
    public void close() {
        stopServer();
    }

    /** Runs {@code ./kkr ARGS…}. */
    static Run kkr(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = KkrMain.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
