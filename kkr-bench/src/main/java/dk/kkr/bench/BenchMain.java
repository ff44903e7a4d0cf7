package dk.kkr.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./kkr bench …}: the benchmarks, run from the source tree. They live apart from the application (which
 * does not contain them, nor embedded PostgreSQL) and use it as a library, as a user's archive would.
 */
@Command(name = "kkr bench", mixinStandardHelpOptions = true, description = "Målinger af hastighed.",
        subcommands = {BenchMain.Repair.class, BenchMain.Search.class, BenchMain.Import.class,
                BenchMain.ImportSize.class})
public final class BenchMain {

    /** Lucene's hint that the JDK's incubating vector module is off is for operators; held so it stays set. */
    private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE.setLevel(Level.SEVERE);
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Command(name = "repair", mixinStandardHelpOptions = true,
            description = {"OCR-rettelse i MB/s efter opvarmning, side om side med en ren stavekontrol af hvert ord",
                    "med samme Hunspell-ordbog (rettelsen begynder hver gang med en ordbog, der har glemt sine",
                    "svar); hver fil for sig og den dyreste; ordbogens indlæsningstid for sig."})
    static final class Repair implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FIL", arity = "1..*",
                description = "OCR-skadede tekster, f.eks. ../shared/corpus/002_1db622979e5b75b9.txt")
        List<Path> files;

        @Option(names = "--seconds", defaultValue = "5", description = "Sekunder opvarmning og måling pr. gennemløb (standard: ${DEFAULT-VALUE}).")
        double seconds;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            RepairBenchmark bench = new RepairBenchmark();
            out.println(bench.loadLine());
            double worst = 0;
            String worstName = "";
            for (Path file : files) {
                RepairBenchmark.Figures figures = bench.run(Files.readString(file), seconds);
                String name = file.getFileName().toString();
                out.println(RepairBenchmark.format(name, figures));
                out.flush();
                if (figures.costRatio() > worst) {
                    worst = figures.costRatio();
                    worstName = name;
                }
            }
            out.printf(Locale.ROOT, "worst: repair costs %.2fx the plain pass (%s)%n", worst, worstName);
            out.flush();
            return 0;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = {"Søgning på syntetiske punkter: indeksstørrelse, indekseringshastighed og svartid (p50/p99)",
                    "side om side med rene Lucene-forespørgsler på samme indeks og PostgreSQL-fuldtekstsøgning",
                    "('danish'). PostgreSQL nægter at køre som root: kør som almindelig bruger."})
    static final class Search implements Callable<Integer> {

        @Option(names = "--sizes", split = ",", defaultValue = "10000,100000",
                description = "Antal punkter, kommasepareret (standard: ${DEFAULT-VALUE}).")
        List<Long> sizes;

        @Option(names = "--no-postgres", description = "Spring PostgreSQL over.")
        boolean noPostgres;

        @Option(names = "--dir", paramLabel = "DIR", description = "Arbejdsmappe (standard: en midlertidig).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            SearchBenchmark.run(sizes, !noPostgres, dir);
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import af syntetiske dagsordener i et nyt arkiv (hele vejen: læsning, OCR-kontrol, struktur,",
                    "enheder, tabeller, database og søgeindeks): dokumenter pr. sekund for hver størrelse, side om side",
                    "med ren Lucene-indeksering af de samme tekster."})
    static final class Import implements Callable<Integer> {

        @Option(names = "--sizes", split = ",", defaultValue = "1000,10000,50000",
                description = "Antal dokumenter, kommasepareret (standard: ${DEFAULT-VALUE}).")
        List<Integer> sizes;

        @Option(names = "--dir", paramLabel = "DIR", description = "Arbejdsmappe (standard: en midlertidig).")
        Path dir;

        @Override
        public Integer call() throws IOException {
            ImportBenchmark.run(sizes, dir, System.out);
            return 0;
        }
    }

    @Command(name = "import-size", mixinStandardHelpOptions = true,
            description = {"Import af én stor fil af hver størrelse (en lang dagsorden af realistisk tekst) i et nyt arkiv,",
                    "hele vejen: sekunder, MB pr. sekund og største heap for hver, side om side med ren Lucene-indeksering",
                    "af den samme tekst. Kør med JAVA_TOOL_OPTIONS=-Xmx1g for at vise, at det kan ske i 1 GB."})
    static final class ImportSize implements Callable<Integer> {

        @Option(names = "--sizes", split = ",", defaultValue = "0.1,1,4,16",
                description = "Filernes størrelse i MB, kommasepareret (standard: ${DEFAULT-VALUE}).")
        List<Double> sizes;

        @Option(names = "--dir", paramLabel = "DIR", description = "Arbejdsmappe (standard: en midlertidig).")
        Path dir;

        @Override
        public Integer call() throws IOException {
            ImportSizeBenchmark.run(sizes, dir, System.out);
            return 0;
        }
    }
}
