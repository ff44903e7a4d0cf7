package dk.kkr.cli;

import dk.kkr.search.ArchiveIndex;
import dk.kkr.store.Database;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Genopbygger søgeindekset fra arkivet (arkivet er sandheden) og skifter det ind.")
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
            out.printf(Locale.ROOT, "Søgeindekset genopbygget: %d enheder (punkter og dokumenter) på %.1f s, %.1f MB%n",
                    count, seconds, index.sizeOnDisk() / 1e6);
        }
        out.flush();
        return 0;
    }
}
