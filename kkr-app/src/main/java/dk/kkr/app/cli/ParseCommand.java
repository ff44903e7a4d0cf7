package dk.kkr.app.cli;

import dk.kkr.core.model.ParsedDocument;
import dk.kkr.core.model.ParsedItem;
import dk.kkr.core.model.SourceText;
import dk.kkr.core.parse.ParseJson;
import dk.kkr.core.parse.StructureParser;
import dk.kkr.core.text.SourceReader;
import dk.kkr.core.text.UnreadableSourceException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Læser én fil og viser dens struktur (rører ingen database).")
public final class ParseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FIL")
    Path file;

    @Option(names = "--json", description = "Skriv resultatet som JSON.")
    boolean json;

    @Override
    public Integer call() {
        SourceText source;
        try {
            source = new SourceReader().read(file);
        } catch (UnreadableSourceException e) {
            System.err.println("FEJL " + file + ": " + e.getMessage());
            return 2;
        }
        ParsedDocument doc = new StructureParser().parse(source);
        if (json) {
            System.out.println(ParseJson.toJson(source, doc));
            return 0;
        }
        System.out.println(doc.kind() + "  " + (doc.title() == null ? "" : doc.title()));
        for (ParsedItem item : doc.items()) {
            System.out.println("  ".repeat(item.depth() + 1) + item.number() + "  " + item.title()
                    + (item.caseId() == null ? "" : "  [" + item.caseId() + "]"));
        }
        doc.documents().forEach(d -> System.out.println("  notat " + d.letterhead() + " til punkt " + d.item()));
        return 0;
    }
}
