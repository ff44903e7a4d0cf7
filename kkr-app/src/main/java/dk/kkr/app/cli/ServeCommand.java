package dk.kkr.app.cli;

import dk.kkr.app.web.KkrWebApplication;
import dk.kkr.store.Database;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Starter webgrænsefladen og API'et.")
public final class ServeCommand implements Callable<Integer> {

    /** Returned by commands that leave a server running: main must not exit. */
    public static final int KEEP_RUNNING = -1;

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Option(names = "--port", defaultValue = "8080", description = "Port (standard: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() {
        serve(storage.open(), port, spec.commandLine().getOut());
        return KEEP_RUNNING;
    }

    /** Starts the web application over an open database; the database closes when the server stops. */
    static ConfigurableApplicationContext serve(Database db, int port, PrintWriter out) {
        ConfigurableApplicationContext context = KkrWebApplication.start(db.dataSource(), port);
        context.addApplicationListener((ContextClosedEvent e) -> db.close());
        int actual = ((WebServerApplicationContext) context).getWebServer().getPort();
        out.println("KKR Platform kører på http://localhost:" + actual + "/  (stop med Ctrl+C)");
        out.flush();
        return context;
    }
}
