package dk.kkr.app.cli;

import dk.kkr.core.model.SourceText;
import dk.kkr.core.model.TextChange;
import dk.kkr.core.pipeline.DocumentPipeline;
import dk.kkr.core.text.UnreadableSourceException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"Retter OCR-skadet dansk tekst (æ, ø, å) og skriver den linje for linje:",
                "linje N ud er linje N ind. Ren tekst skrives uændret."})
public final class RepairCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FIL")
    Path file;

    @Option(names = "--diff", description = "Vis rettelserne (linje:kolonne, før → efter, sikkerhed) i stedet for teksten.")
    boolean diff;

    @Override
    public Integer call() {
        DocumentPipeline pipeline = DocumentPipeline.standard();
        SourceText source;
        try {
            source = pipeline.read(file);
        } catch (UnreadableSourceException e) {
            spec.commandLine().getErr().println("FEJL " + file + ": " + e.getMessage());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (diff) {
            for (TextChange change : source.changes()) {
                out.println(position(source.original(), change.offset()) + "\t" + change.before() + " → "
                        + change.after() + String.format(Locale.ROOT, "\t%.2f", change.confidence()));
            }
        } else {
            out.print(source.text());
        }
        out.flush();
        return 0;
    }

    /** "line:column", both counted from 1, of an offset in a text. */
    private static String position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (offset - lineStart + 1);
    }
}
