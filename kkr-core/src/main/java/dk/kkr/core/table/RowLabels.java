package dk.kkr.core.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The words that give a row a role: total rows ({@code total-labels.txt}) and part rows
 * ({@code part-labels.txt}), both read once from the resources next to this class. Thread-safe.
 */
final class RowLabels {

    private static final List<String> TOTALS = load("total-labels.txt");
    private static final List<String> PARTS = load("part-labels.txt");

    private RowLabels() {
    }

    /** "I alt", "Total", "Sum", "Samlet …", "Hovedstaden i alt", "I alt budget" … */
    static boolean isTotal(String label) {
        String key = key(label);
        return TOTALS.stream().anyMatch(w -> key.equals(w) || key.startsWith(w + " ") || key.endsWith(" " + w));
    }

    /** "Heraf …", "Herunder …": a part of the row above. */
    static boolean isPart(String label) {
        String key = key(label);
        return PARTS.stream().anyMatch(w -> key.equals(w) || key.startsWith(w + " ") || key.startsWith(w + ":"));
    }

    /** Lower case, white space collapsed, without surrounding punctuation ("**I alt:**" gives "i alt"). */
    private static String key(String label) {
        String folded = label.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return folded.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    private static List<String> load(String resource) {
        try (InputStream in = RowLabels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " next to " + RowLabels.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
