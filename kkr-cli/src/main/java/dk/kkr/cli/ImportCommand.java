package dk.kkr.cli;

import dk.kkr.core.text.Messages;
import dk.kkr.service.importing.ImportHandoff;
import dk.kkr.service.importing.ImportSummary;
import dk.kkr.service.importing.Importer;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.store.Closure;
import dk.kkr.store.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Parameters(arity = "1..*", paramLabel = "STI", descriptionKey = "cli.import.paths")
    List<Path> paths;

    @Option(names = "--lukket", descriptionKey = "cli.import.closed")
    boolean closed;

    @Option(names = "--offentlig-titel", paramLabel = "TEKST", descriptionKey = "cli.import.publicTitle")
    String publicTitle;

    @Option(names = "--hjemmel", paramLabel = "TEKST", descriptionKey = "cli.import.legalBasis")
    String legalBasis;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Closure closure;
        try {
            closure = closure();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(Messages.text("cli.error", e.getMessage()));
            spec.commandLine().getErr().flush();
            return 2;
        }
        Optional<ImportHandoff.Server> server = ImportHandoff.find(storage.dataDir())
                .filter(s -> s.database().equals(storage.databaseName()));
        if (server.isPresent()) {
            Optional<ImportHandoff.Outcome> handed;
            try {
                handed = ImportHandoff.importThrough(storage.dataDir(), server.get(), paths, closure, progress(out));
            } catch (ImportHandoff.Refused e) {
                spec.commandLine().getErr().println(Messages.text("cli.error", e.getMessage()));
                spec.commandLine().getErr().flush();
                return 2;
            }
            if (handed.isPresent()) {
                out.println(Messages.text("cli.import.handedOver", server.get().url()));
                return print(handed.get().summary(), handed.get().indexStale(), out).exitCode();
            }
        }
        try (Database db = storage.open(); ArchiveIndex index = storage.openIndex(db)) {
            ImportSummary summary = run(db, index, paths, closure, out);
            return summary.exitCode();
        }
    }

    /** The closure the options ask for; refused when they ask for half of one. */
    private Closure closure() {
        if (!closed && (publicTitle != null || legalBasis != null)) {
            throw new IllegalArgumentException(Messages.text("closure.flagsWithoutClosed"));
        }
        return new Closure(closed, publicTitle, legalBasis,
                Messages.text("audit.commandLine", System.getProperty("user.name")));
    }

    /** Imports, indexes and prints progress and the summary; shared with `demo`. */
    static ImportSummary run(Database db, ArchiveIndex index, List<Path> paths, Closure closure, PrintWriter out) {
        Importer importer = Importer.standard(db.dataSource(), index);
        return print(importer.importPaths(paths, closure, progress(out)), index.isStale(), out);
    }

    private static Importer.Listener progress(PrintWriter out) {
        return new ProgressBar(out, ProgressBar.isTerminal());
    }

    private static ImportSummary print(ImportSummary s, boolean indexStale, PrintWriter out) {
        out.println(Messages.text("cli.import.files", s.read(), s.added(), s.known(), s.failed()));
        out.println(Messages.text("cli.import.stored", s.meetings(), s.items(), s.documents()));
        if (indexStale) {
            out.println(Messages.text("cli.import.indexStale"));
        }
        out.flush();
        return s;
    }
}
