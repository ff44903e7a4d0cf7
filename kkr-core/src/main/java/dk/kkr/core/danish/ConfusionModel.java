package dk.kkr.core.danish;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The OCR confusion rules, read from {@code confusions.tsv}. Immutable and thread-safe. */
public final class ConfusionModel {

    private final List<ConfusionRule> rules;

    public ConfusionModel(List<ConfusionRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The model shipped with the project, read once and shared (repair and the spellings of names use it). */
    public static ConfusionModel standard() {
        return Standard.MODEL;
    }

    private static final class Standard {
        static final ConfusionModel MODEL = read();
    }

    private static ConfusionModel read() {
        try (InputStream in = ConfusionModel.class.getResourceAsStream("confusions.tsv")) {
            if (in == null) {
                throw new IllegalStateException("confusions.tsv is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the tab-separated rule format described at the top of {@code confusions.tsv}. */
    public static ConfusionModel parse(String tsv) {
        List<ConfusionRule> rules = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(tsv))) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 4) {
                    throw new IllegalArgumentException("confusions.tsv line " + lineNo + ": expected at least 4 columns");
                }
                Map<String, String> examples = new LinkedHashMap<>();
                for (String pair : words(f, 4)) {
                    int gt = pair.indexOf('>');
                    if (gt <= 0) {
                        throw new IllegalArgumentException("confusions.tsv line " + lineNo + ": bad example " + pair);
                    }
                    examples.put(pair.substring(0, gt), pair.substring(gt + 1));
                }
                rules.add(new ConfusionRule(f[0], f[1], Double.parseDouble(f[2]),
                        ConfusionRule.Where.valueOf(f[3].toUpperCase(Locale.ROOT)), examples, words(f, 5)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ConfusionModel(rules);
    }

    private static List<String> words(String[] fields, int column) {
        if (fields.length <= column || fields[column].isBlank()) {
            return List.of();
        }
        return Arrays.asList(fields[column].trim().split("\\s+"));
    }

    public List<ConfusionRule> rules() {
        return rules;
    }
}
