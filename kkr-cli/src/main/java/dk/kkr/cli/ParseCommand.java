package dk.kkr.cli;

import dk.kkr.core.danish.DanishDates;
import dk.kkr.core.model.EmbeddedDocument;
import dk.kkr.core.model.Letterhead;
import dk.kkr.core.model.ParsedDocument;
import dk.kkr.core.model.ParsedItem;
import dk.kkr.core.model.SourceText;
import dk.kkr.core.parse.ParseJson;
import dk.kkr.core.pipeline.ParsedFile;
import dk.kkr.core.text.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

@Command(name = "parse", mixinStandardHelpOptions = true)
public final class ParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FIL", descriptionKey = "cli.file")
    Path file;

    @Option(names = "--json", descriptionKey = "cli.parse.json")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SourceText source = FileInput.read(file, spec);
        if (source == null) {
            return 2;
        }
        ParsedFile parsed = FileInput.PIPELINE.analyse(source);
        ParsedDocument doc = parsed.structure();
        if (json) {
            out.println(ParseJson.toJson(source, doc, parsed.entities()));
            out.flush();
            return 0;
        }
        out.println(doc.kind() + "  " + (doc.title() == null ? "" : doc.title()));
        for (ParsedItem item : doc.items()) {
            out.println("  ".repeat(item.depth() + 1) + item.number() + "  " + item.title()
                    + (item.caseId() == null ? "" : "  [" + item.caseId() + "]"));
        }
        doc.documents().forEach(d -> out.println("  " + memo(d)));
        out.flush();
        return 0;
    }

    /** An embedded document in a line: its title, its item and what its letterhead says. */
    private static String memo(EmbeddedDocument d) {
        List<String> fields = new ArrayList<>();
        Letterhead l = d.letterhead();
        if (l.date() != null) {
            fields.add(Messages.text("cli.parse.memo.date", DanishDates.format(l.date())));
        }
        if (l.caseId() != null) {
            fields.add(l.caseId());
        }
        if (l.docId() != null) {
            fields.add(Messages.text("cli.parse.memo.doc", l.docId()));
        }
        return Messages.text("cli.parse.memo", d.title() != null ? d.title() : Messages.text("cli.parse.memo.untitled"),
                d.item() != null ? d.item() : "–",
                fields.isEmpty() ? "" : Messages.text("cli.parse.memo.letterhead", String.join(", ", fields)));
    }
}
