package dk.kkr.cli;

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
 * Runs one calculation model on a CSV table (rører ingen database). Without a model, or with --list, it
 * lists the models and their parameters. Any error is one line of Danish on stderr and exit code 2.
 */
@Command(name = "calc", mixinStandardHelpOptions = true,
        description = "Kører en beregningsmodel på en CSV-tabel med én række pr. kommune og viser resultatet "
                + "og hvert regnetrin. Uden MODEL (eller med --list) vises modellerne og deres parametre.")
public final class CalcCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL", description = "Modellen, fx objective-financing.")
    String model;

    @Option(names = "--input", paramLabel = "FIL.csv", description = "Tabellen; første kolonne hedder 'kommune'.")
    Path input;

    @Option(names = "--param", paramLabel = "NAVN=VÆRDI", description = "En parameter til modellen; kan gentages.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--json", description = "Skriv resultatet som JSON: {model, params, rows, total, steps}.")
    boolean json;

    @Option(names = "--list", description = "Vis modellerne med deres parametre.")
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
                throw new CalcException("Angiv tabellen med --input FIL.csv");
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
            spec.commandLine().getErr().println("FEJL: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CalcException("Filen " + file + " findes ikke");
        } catch (IOException e) {
            throw new CalcException("Filen " + file + " kan ikke læses: " + e.getMessage());
        }
    }

    private static void listModels(PrintWriter out) {
        out.println("Beregningsmodeller (kkr calc MODEL --input FIL.csv [--param NAVN=VÆRDI …] [--json]):");
        for (CalcModel m : CalcModels.all()) {
            out.println();
            out.println(m.name() + " – " + m.description());
            for (CalcParam p : m.params()) {
                out.println("    " + p.name() + (p.required() ? " (skal angives)" : "")
                        + (p.defaultValue() == null ? "" : " (standard: " + p.defaultValue() + ")") + ": " + p.description());
            }
        }
        out.flush();
    }

    private static void printReadable(PrintWriter out, CalcModel model, ResultTable table) {
        out.println(model.name() + " – " + model.description());
        List<String> given = new ArrayList<>();
        table.params().forEach((name, value) -> given.add(name + "=" + value));
        out.println("Parametre: " + (given.isEmpty() ? "ingen" : String.join(", ", given)));
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
            out.println("Øvrige totaler: " + String.join(", ", others));
        }
        out.println();
        out.println("Trin:");
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
