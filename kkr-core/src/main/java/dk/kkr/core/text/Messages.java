package dk.kkr.core.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The product's words: every sentence a user reads — on the web pages, in the API's errors, at the command line —
 * stands in one bundle, {@code dk/kkr/core/text/messages.properties}, and is fetched here by its key. A message is a
 * {@link MessageFormat} pattern, always (so an apostrophe is written twice: {@code KKR''er}), formatted for Danish
 * ({@code 1.234}, {@code 2,5}). The web's Spring {@code MessageSource} reads the same patterns through
 * {@link #pattern}, so a template's {@code #{key}} and Java's {@link #text} say the same thing the same way.
 */
public final class Messages {

    /** The one language of the product's text, and the conventions its numbers are written in. */
    public static final Locale DANISH = Locale.of("da", "DK");

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dk.kkr.core.text.messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Messages() {
    }

    /** The message {@code key}, with {@code args} put in its places. A key not in the bundle is a programming error. */
    public static String text(String key, Object... args) {
        String pattern = pattern(key).orElseThrow(() -> new MissingResourceException(
                "no message " + key + " in " + BUNDLE.getBaseBundleName(), Messages.class.getName(), key));
        return new MessageFormat(pattern, DANISH).format(args);
    }

    /** The pattern of {@code key}, if the bundle has it. */
    public static Optional<String> pattern(String key) {
        return BUNDLE.containsKey(key) ? Optional.of(BUNDLE.getString(key)) : Optional.empty();
    }

    /** Every key in the bundle. */
    public static Set<String> keys() {
        return BUNDLE.keySet();
    }
}
