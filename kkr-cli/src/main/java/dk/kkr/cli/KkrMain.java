package dk.kkr.cli;

import dk.kkr.cli.CalcCommand;
import dk.kkr.cli.DemoCommand;
import dk.kkr.cli.ImportCommand;
import dk.kkr.cli.ParseCommand;
import dk.kkr.cli.ReindexCommand;
import dk.kkr.cli.RepairCommand;
import dk.kkr.cli.SearchCommand;
import dk.kkr.cli.ServeCommand;
import dk.kkr.core.text.Messages;
import dk.kkr.search.InvalidQueryException;
import dk.kkr.store.DatabaseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `kkr` command line: one entry point, one subcommand per job. */
@Command(name = "kkr", mixinStandardHelpOptions = true, version = "KKR Platform 0.1",
        synopsisSubcommandLabel = "KOMMANDO",
        subcommands = {ImportCommand.class, SearchCommand.class, ReindexCommand.class, ServeCommand.class,
                DemoCommand.class, ParseCommand.class,
                RepairCommand.class, CalcCommand.class, UsersCommand.class})
public final class KkrMain {

    /**
     * Lucene says through java.util.logging that the JDK's incubating vector module is not enabled; that
     * is a tuning hint for operators, not news for a user at the command line. Held here so it stays set.
     */
    private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE.setLevel(Level.SEVERE);
        int code = commandLine().execute(args);
        if (code != ServeCommand.KEEP_RUNNING) {
            System.exit(code);
        }
    }

    public static CommandLine commandLine() {
        return new CommandLine(new KkrMain()).setCaseInsensitiveEnumValuesAllowed(true)
                .setResourceBundle(new CliHelp()).setExecutionExceptionHandler(KkrMain::userFailure);
    }

    /**
     * An archive that cannot be opened (in use, unreachable, not an archive) or a search the archive refuses is one
     * line and exit 2, no trace.
     */
    private static int userFailure(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (!(e instanceof DatabaseException) && !(e instanceof InvalidQueryException)) {
            throw e;
        }
        command.getErr().println(Messages.text("cli.error", e.getMessage()));
        command.getErr().flush();
        return 2;
    }
}
