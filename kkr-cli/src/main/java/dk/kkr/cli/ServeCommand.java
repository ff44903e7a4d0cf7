package dk.kkr.cli;

import dk.kkr.core.text.Messages;
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

@Command(name = "serve", mixinStandardHelpOptions = true)
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
            out.println(Messages.text("cli.serve.indexRebuilt", index.rebuiltBecause()));
        } else if (!index.reconciled().equals(new ArchiveIndex.Reconciled(0, 0))) {
            out.println(Messages.text("cli.serve.indexReconciled", index.reconciled().removed(),
                    index.reconciled().added()));
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
        out.println(Messages.text("cli.serve.running", "http://localhost:" + actual + "/"));
        out.println(server.loopbackOnly()
                ? Messages.text("cli.serve.loopback", server.host) : Messages.text("cli.serve.network", server.host));
        out.flush();
        return site;
    }
}
