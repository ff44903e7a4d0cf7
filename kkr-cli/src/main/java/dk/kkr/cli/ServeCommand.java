package dk.kkr.cli;

import dk.kkr.search.ArchiveIndex;
import dk.kkr.service.Site;
import dk.kkr.service.importing.ImportHandoff;
import dk.kkr.store.Database;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Starter webgrænsefladen og API'et.")
public final class ServeCommand implements Callable<Integer> {

    /** Returned by commands that leave a server running: main must not exit. */
    public static final int KEEP_RUNNING = -1;

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() {
        Database db = storage.open();
        serve(db, storage.openIndex(db), storage, server, spec.commandLine().getOut());
        return KEEP_RUNNING;
    }

    /**
     * Starts the web application over an open database and its search index, on the port and address the
     * options give, and publishes it in the data directory so that {@code ./kkr import} hands its files to it
     * ({@link ImportHandoff}); when the server stops it is withdrawn, and the index and the database close.
     */
    static Site.Running serve(Database db, ArchiveIndex index, StorageOptions storage,
                                                ServerOptions server, PrintWriter out) {
        if (index.rebuiltBecause() != null) {
            out.println("Søgeindekset blev genopbygget fra arkivet (" + index.rebuiltBecause() + ").");
        } else if (!index.reconciled().equals(new ArchiveIndex.Reconciled(0, 0))) {
            out.println("Søgeindekset blev bragt i overensstemmelse med arkivet: " + index.reconciled().removed()
                    + " fjernet, " + index.reconciled().added() + " tilføjet.");
        }
        String token = ImportHandoff.Server.newToken();
        String[] args = Stream.concat(Arrays.stream(server.springArguments()), Stream.of("--kkr.import-token=" + token))
                .toArray(String[]::new);
        Site.Running site = Site.load().start(db.dataSource(), index, server.port, args);
        int actual = site.port();
        ImportHandoff.Server published = new ImportHandoff.Server(actual, token, storage.databaseName());
        ImportHandoff.publish(storage.dataDir(), published);
        site.whenStopped(() -> {
            ImportHandoff.withdraw(storage.dataDir(), published);
            index.close();
            db.close();
        });
        out.println("KKR Platform kører på http://localhost:" + actual + "/  (stop med Ctrl+C)");
        out.println(server.loopbackOnly()
                ? "Serveren lytter kun på " + server.host + ": den kan kun nås fra denne maskine (--host 0.0.0.0 for alle netværk)."
                : "Serveren lytter på " + server.host + ": den kan nås fra netværket.");
        out.flush();
        return site;
    }
}
