package dk.kkr.cli;

import dk.kkr.core.text.Messages;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.store.Database;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true)
public final class ReindexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        try (Database db = storage.open(); ArchiveIndex index = storage.openIndex(db)) {
            long count = index.rebuiltBecause() != null ? index.size() : index.rebuild();
            double seconds = (System.nanoTime() - start) / 1e9;
            out.println(Messages.text("cli.reindex.done", count, seconds, index.sizeOnDisk() / 1e6));
        }
        out.flush();
        return 0;
    }
}
