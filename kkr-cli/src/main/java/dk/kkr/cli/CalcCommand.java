package dk.kkr.cli;

import dk.kkr.core.text.Messages;
import dk.kkr.service.calc.ResultTable;
import dk.kkr.core.calc.CalcCsv;
import dk.kkr.core.calc.CalcException;
import dk.kkr.core.calc.CalcModel;
import dk.kkr.core.calc.CalcModels;
import dk.kkr.core.calc.CalcParam;
import dk.kkr.core.calc.CalcResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Runs one calculation model on a CSV table (touches no database). Without a model, or with --list, it
 * lists the models and their parameters. Any error is one line of Danish on stderr and exit code 2.
 */
@Command(name = "calc", mixinStandardHelpOptions = true)
public final class CalcCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL", descriptionKey = "cli.calc.model")
    String model;

    @Option(names = "--input", paramLabel = "FIL.csv", descriptionKey = "cli.calc.input")
    Path input;

    @Option(names = "--param", paramLabel = "NAVN=VÆRDI", descriptionKey = "cli.calc.param")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--json", descriptionKey = "cli.calc.json")
    boolean json;

    @Option(names = "--list", descriptionKey = "cli.calc.list")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (list || model == null) {
                listModels(out);
                return 0;
            }
            CalcModel calcModel = CalcModels.get(model);
            if (input == null) {
                throw new CalcException(Messages.text("cli.calc.noInput"));
            }
            CalcResult result = calcModel.run(CalcCsv.read(read(input)), params);
            if (json) {
                out.println(result.toJson());
            } else {
                printReadable(out, calcModel, ResultTable.of(result));
            }
            out.flush();
            return 0;
        } catch (CalcException e) {
            spec.commandLine().getErr().println(Messages.text("cli.error", e.getMessage()));
            spec.commandLine().getErr().flush();
            return 2;
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CalcException(Messages.text("cli.fileMissing", file));
        } catch (IOException e) {
            throw new CalcException(Messages.text("cli.fileUnreadable", file, e.getMessage()));
        }
    }

    private static void listModels(PrintWriter out) {
        out.println(Messages.text("cli.calc.models"));
        for (CalcModel m : CalcModels.all()) {
            out.println();
            out.println(m.name() + " – " + m.description());
            for (CalcParam p : m.params()) {
                out.println("    " + p.name() + (p.required() ? Messages.text("cli.calc.required") : "")
                        + (p.defaultValue() == null ? "" : Messages.text("cli.calc.default", p.defaultValue()))
                        + ": " + p.description());
            }
        }
        out.flush();
    }

    private static void printReadable(PrintWriter out, CalcModel model, ResultTable table) {
        out.println(model.name() + " – " + model.description());
        List<String> given = new ArrayList<>();
        table.params().forEach((name, value) -> given.add(name + "=" + value));
        out.println(given.isEmpty() ? Messages.text("cli.calc.noParams")
                : Messages.text("cli.calc.params", String.join(", ", given)));
        out.println();
        List<List<Object>> lines = new ArrayList<>(table.rows());
        if (table.hasTotalsRow()) {
            lines.add(table.totalsLine());
        }
        out.println(line(table, new ArrayList<>(table.columns())));
        lines.forEach(cells -> out.println(line(table, cells)));
        if (!table.otherTotals().isEmpty()) {
            List<String> others = new ArrayList<>();
            table.otherTotals().forEach((name, value) -> others.add(name + " " + ResultTable.text(value)));
            out.println(Messages.text("cli.calc.otherTotals", String.join(", ", others)));
        }
        out.println();
        out.println(Messages.text("cli.calc.steps"));
        for (int i = 0; i < table.steps().size(); i++) {
            out.println((i + 1) + ". " + table.steps().get(i));
        }
    }

    /** One table line: numbers right-aligned, text left-aligned, columns two spaces apart. */
    private static String line(ResultTable table, List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            Object cell = cells.get(c);
            String text = ResultTable.text(cell);
            int width = table.width(c);
            boolean right = cell instanceof BigDecimal || (c > 0 && table.numeric(c));
            line.append(c == 0 ? "" : "  ").append(right ? " ".repeat(width - text.length()) + text
                    : text + " ".repeat(width - text.length()));
        }
        return line.toString().stripTrailing();
    }
}
