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

    /**
     * The model shipped with the project: the hand-written rules of {@code confusions.tsv} with the
     * costs learned from OCR'd text ({@code confusions-learned.tsv}), read once and shared by the repair
     * (the spellings of names keep to {@link #handWritten()}).
     */
    public static ConfusionModel standard() {
        return Standard.MODEL;
    }

    /** Only the hand-written rules of {@code confusions.tsv}: what a model is learned on top of. */
    public static ConfusionModel handWritten() {
        return Standard.HAND_WRITTEN;
    }

    private static final class Standard {
        static final ConfusionModel HAND_WRITTEN = parse(resource("confusions.tsv"));
        static final ConfusionModel MODEL = HAND_WRITTEN.withLearned(parse(resource("confusions-learned.tsv")).rules());
    }

    private static String resource(String name) {
        try (InputStream in = ConfusionModel.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This model with learned rules ({@link ConfusionLearner}): a learned confusion that a hand-written
     * rule anywhere in a word also names gives that rule its learned cost (the rule keeps its examples
     * and the words it keeps); the others are added.
     */
    public ConfusionModel withLearned(List<ConfusionRule> learned) {
        List<ConfusionRule> out = new ArrayList<>(rules);
        for (ConfusionRule l : learned) {
            int same = -1;
            for (int i = 0; i < out.size() && same < 0; i++) {
                ConfusionRule r = out.get(i);
                if (r.where() == ConfusionRule.Where.ANY && r.damaged().equalsIgnoreCase(l.damaged())
                        && r.correct().equals(l.correct())) {
                    same = i;
                }
            }
            if (same < 0) {
                out.add(l);
            } else {
                ConfusionRule r = out.get(same);
                out.set(same, new ConfusionRule(r.damaged(), r.correct(), l.cost(), r.where(), r.examples(), r.keep()));
            }
        }
        return new ConfusionModel(out);
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
