package dk.kkr.cli;

import dk.kkr.core.text.Messages;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help of every command is Danish and comes from the message bundle: each command has its description there,
 * each option and parameter its text, and every command key in the bundle belongs to a command that exists.
 */
class CommandHelpTest {

    private static List<CommandLine> allCommands(CommandLine command) {
        List<CommandLine> all = new ArrayList<>(List.of(command));
        command.getSubcommands().values().forEach(sub -> all.addAll(allCommands(sub)));
        return all;
    }

    @Test
    void everyCommandOptionAndParameterIsDescribedFromTheBundle() {
        for (CommandLine command : allCommands(KkrMain.commandLine())) {
            CommandSpec spec = command.getCommandSpec();
            String name = spec.qualifiedName(".");
            assertThat(spec.usageMessage().description()).as(name).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).isNotBlank());
            List<ArgSpec> args = new ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (ArgSpec arg : args) {
                assertThat(arg.description()).as(name + " " + arg.paramLabel()).isNotEmpty()
                        .allSatisfy(line -> assertThat(line).isNotBlank());
            }
            String help = command.getUsageMessage();
            assertThat(help).as(name).startsWith("Brug: ").doesNotContain("Usage:", "Show this help", "COMMAND", "<")
                    .doesNotContain("${DEFAULT-VALUE}").doesNotContain("''");
        }
        assertThat(KkrMain.commandLine().getSubcommands().get("serve").getUsageMessage())
                .contains("Port (standard: 8080).", "API'et");
    }

    @Test
    void everyCommandKeyInTheBundleNamesACommand() {
        Set<String> names = new TreeSet<>();
        allCommands(KkrMain.commandLine()).forEach(c -> names.add(c.getCommandSpec().qualifiedName(".")));
        for (String key : Messages.keys()) {
            if (key.startsWith("kkr.")) {
                String command = key.substring(0, key.indexOf(".usage."));
                assertThat(names).as(key).contains(command);
            }
        }
    }
}
