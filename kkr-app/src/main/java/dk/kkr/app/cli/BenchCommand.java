package dk.kkr.app.cli;

import dk.kkr.core.repair.RepairBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Målinger af hastighed.",
        subcommands = BenchCommand.Repair.class)
public final class BenchCommand {

    @Command(name = "repair", mixinStandardHelpOptions = true,
            description = {"OCR-rettelse i MB/s efter opvarmning, side om side med en ren stavekontrol af hvert ord",
                    "med samme Hunspell-ordbog; ordbogens indlæsningstid for sig."})
    static final class Repair implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FIL", description = "En OCR-skadet tekst, f.eks. ../shared/corpus/002_1db622979e5b75b9.txt")
        Path file;

        @Option(names = "--seconds", defaultValue = "5", description = "Sekunder opvarmning og måling pr. gennemløb (standard: ${DEFAULT-VALUE}).")
        double seconds;

        @Override
        public Integer call() throws IOException {
            RepairBenchmark.Figures figures = RepairBenchmark.run(Files.readString(file), seconds);
            spec.commandLine().getOut().println(RepairBenchmark.format(file.getFileName().toString(), figures));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
