package dk.kkr.cli;

import dk.kkr.core.samples.Samples;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.service.Site;
import dk.kkr.store.Closure;
import dk.kkr.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws IOException {
        return start() == null ? 2 : ServeCommand.KEEP_RUNNING;
    }

    /**
     * Copies the samples into the data directory, imports them and serves the archive. Returns the
     * running application, or null when a sample failed to import (the reason is printed).
     */
    public Site.Running start() throws IOException {
        Path samples = storage.dataDir().resolve("samples");
        Files.createDirectories(samples);
        Samples.copyTo(samples);
        Database db = storage.open();
        ArchiveIndex index = storage.openIndex(db);
        if (ImportCommand.run(db, index, List.of(samples), Closure.OPEN, spec.commandLine().getOut())
                .exitCode() != 0) {
            index.close();
            db.close();
            return null;
        }
        return ServeCommand.serve(db, index, storage, server, spec.commandLine().getOut());
    }
}
