package dk.kkr.app.cli;

import dk.kkr.app.web.KkrWebApplication;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.SearchService;
import dk.kkr.store.Database;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
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
        serve(db, storage.openIndex(db), server, spec.commandLine().getOut());
        return KEEP_RUNNING;
    }

    /**
     * Starts the web application over an open database and its search index, on the port and address the
     * options give; both close when the server stops.
     */
    static ConfigurableApplicationContext serve(Database db, ArchiveIndex index, ServerOptions server, PrintWriter out) {
        if (index.rebuiltBecause() != null) {
            out.println("Søgeindekset blev genopbygget fra arkivet (" + index.rebuiltBecause() + ").");
        }
        ConfigurableApplicationContext context = KkrWebApplication.start(db.dataSource(), new SearchService(index), server.port,
                server.springArguments());
        context.addApplicationListener((ContextClosedEvent e) -> {
            index.close();
            db.close();
        });
        int actual = ((WebServerApplicationContext) context).getWebServer().getPort();
        out.println("KKR Platform kører på http://localhost:" + actual + "/  (stop med Ctrl+C)");
        out.flush();
        return context;
    }
}
