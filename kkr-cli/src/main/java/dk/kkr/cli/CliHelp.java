package dk.kkr.cli;

import dk.kkr.core.text.Messages;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;

/**
 * The command line's help text, as picocli asks for it (a resource bundle), read from the product's one message
 * bundle ({@link Messages}). Picocli's keys: {@code kkr.import.usage.description.0} for a command's description
 * (the command's qualified name first), {@code cli.data} for an option's ({@code descriptionKey}), and
 * {@code usage.synopsisHeading} and the like for what every command shares. A message is formatted once, without
 * arguments (so {@code ''} becomes {@code '}); picocli then puts in its own {@code ${DEFAULT-VALUE}}.
 */
final class CliHelp extends ResourceBundle {

    @Override
    protected Object handleGetObject(String key) {
        return Messages.pattern(key).map(pattern -> new MessageFormat(pattern, Messages.DANISH).format(new Object[0]))
                .orElse(null);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(Messages.keys());
    }
}
