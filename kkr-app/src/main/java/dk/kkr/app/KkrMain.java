package dk.kkr.app;

import dk.kkr.app.cli.BenchCommand;
import dk.kkr.app.cli.DemoCommand;
import dk.kkr.app.cli.ImportCommand;
import dk.kkr.app.cli.ParseCommand;
import dk.kkr.app.cli.ReindexCommand;
import dk.kkr.app.cli.RepairCommand;
import dk.kkr.app.cli.SearchCommand;
import dk.kkr.app.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `kkr` command line: one entry point, one subcommand per job. */
@Command(name = "kkr", mixinStandardHelpOptions = true, version = "KKR Platform 0.1",
        description = "KKR Platform: arkiv, sekretariat og beslutningsstøtte for kommunekontaktrådene.",
        subcommands = {ImportCommand.class, SearchCommand.class, ReindexCommand.class, ServeCommand.class,
                DemoCommand.class, ParseCommand.class,
                RepairCommand.class, BenchCommand.class, dk.kkr.app.cli.CalcCommand.class})
public final class KkrMain {

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != ServeCommand.KEEP_RUNNING) {
            System.exit(code);
        }
    }

    public static CommandLine commandLine() {
        return new CommandLine(new KkrMain()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
