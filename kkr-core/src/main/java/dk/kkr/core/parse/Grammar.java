package dk.kkr.core.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The line grammar, read from {@code grammar.tsv}: for each line class its pattern, for each word list its
 * words, and for both the lines that must and must not be of the class, which run as tests. Immutable and
 * thread-safe.
 */
final class Grammar {

    /** The grammar shipped with the project. */
    static final Grammar STANDARD = read();

    /** One class or word list of the grammar. */
    record Rule(String name, Pattern pattern, List<String> words, List<String> yes, List<String> no) {
    }

    private final Map<String, Rule> rules;

    private Grammar(Map<String, Rule> rules) {
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** The pattern of a line class. */
    Pattern pattern(String name) {
        Pattern pattern = rule(name).pattern();
        if (pattern == null) {
            throw new IllegalStateException("grammar.tsv: " + name + " has no pattern");
        }
        return pattern;
    }

    /** The words of a word list, in the order of the file. */
    List<String> words(String name) {
        return rule(name).words();
    }

    /** Every class and word list, in the order of the file. */
    List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    private Rule rule(String name) {
        Rule rule = rules.get(name);
        if (rule == null) {
            throw new IllegalStateException("grammar.tsv has no class " + name);
        }
        return rule;
    }

    /** Parses the format described at the top of {@code grammar.tsv}. */
    static Grammar parse(String tsv) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : tsv.split("\n", -1)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 3);
            if (f.length < 3 || f[2].isEmpty()) {
                throw new IllegalArgumentException("grammar.tsv line " + lineNo + ": expected class, what and text");
            }
            Rule old = rules.getOrDefault(f[0], new Rule(f[0], null, List.of(), List.of(), List.of()));
            Rule rule = switch (f[1]) {
                case "pattern" -> {
                    if (old.pattern() != null) {
                        throw new IllegalArgumentException("grammar.tsv line " + lineNo + ": a second pattern for " + f[0]);
                    }
                    yield new Rule(f[0], Pattern.compile(f[2]), old.words(), old.yes(), old.no());
                }
                case "word" -> new Rule(f[0], old.pattern(), plus(old.words(), f[2]), old.yes(), old.no());
                case "yes" -> new Rule(f[0], old.pattern(), old.words(), plus(old.yes(), f[2]), old.no());
                case "no" -> new Rule(f[0], old.pattern(), old.words(), old.yes(), plus(old.no(), f[2]));
                default -> throw new IllegalArgumentException("grammar.tsv line " + lineNo + ": unknown " + f[1]);
            };
            rules.put(f[0], rule);
        }
        return new Grammar(rules);
    }

    private static List<String> plus(List<String> list, String item) {
        List<String> more = new ArrayList<>(list);
        more.add(item);
        return List.copyOf(more);
    }

    private static Grammar read() {
        try (InputStream in = Grammar.class.getResourceAsStream("grammar.tsv")) {
            if (in == null) {
                throw new IllegalStateException("grammar.tsv is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
