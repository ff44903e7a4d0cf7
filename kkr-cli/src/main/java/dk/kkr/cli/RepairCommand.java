package dk.kkr.cli;

import dk.kkr.core.model.SourceText;
import dk.kkr.core.model.TextChange;
import dk.kkr.core.text.LinePositions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "repair", mixinStandardHelpOptions = true)
public final class RepairCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FIL", descriptionKey = "cli.file")
    Path file;

    @Option(names = "--diff", descriptionKey = "cli.repair.diff")
    boolean diff;

    @Override
    public Integer call() {
        SourceText source = FileInput.read(file, spec);
        if (source == null) {
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (diff) {
            LinePositions at = LinePositions.of(source.original());
            for (TextChange change : source.changes()) {
                out.println(at.line(change.offset()) + ":" + at.column(change.offset()) + "\t" + change.before() + " → "
                        + change.after() + String.format(Locale.ROOT, "\t%.2f", change.confidence()));
            }
        } else {
            out.print(source.text());
        }
        out.flush();
        return 0;
    }
}
