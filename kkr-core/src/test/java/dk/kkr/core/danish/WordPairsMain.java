package dk.kkr.core.danish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Development aid: counts the words and word pairs of clean Danish text for {@link WordContext} and
 * writes {@code word-pairs.tsv.gz}. Run: {@code WordPairsMain OUT.tsv.gz "SOURCE LINE" DIR...}; reads
 * the HTML and text files under each DIR (markup, scripts and code blocks left out), counts pairs within
 * a sentence, keeps words and pairs seen at least twice. Never give it the Danish manual pages
 * (manpages-da): they are kept apart to measure the repair on text it has never seen.
 */
public final class WordPairsMain {

    private static final Pattern SKIPPED = Pattern.compile("(?is)<(script|style|pre|code)\\b.*?</\\1>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\\n]+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MIN_COUNT = 2;

    private WordPairsMain() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> pairs = new HashMap<>();
        List<Path> files = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            try (Stream<Path> s = Files.walk(Path.of(args[i]))) {
                s.filter(p -> p.toString().matches(".*\\.(html?|xhtml|txt)$")).sorted().forEach(files::add);
            }
        }
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            if (!f.toString().endsWith(".txt")) {
                text = unescape(TAG.matcher(SKIPPED.matcher(text).replaceAll(" ")).replaceAll("\n"));
            }
            for (String sentence : SENTENCE_END.split(text)) {
                Matcher m = WORD.matcher(sentence);
                String previous = null;
                while (m.find()) {
                    String w = m.group().toLowerCase(Locale.ROOT);
                    words.merge(w, 1, Integer::sum);
                    if (previous != null) {
                        pairs.merge(previous + ' ' + w, 1, Integer::sum);
                    }
                    previous = w;
                }
            }
        }
        long tokens = words.values().stream().mapToLong(Integer::longValue).sum();
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(args[0])));
             Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Words and word pairs (within a sentence) of clean Danish text, each seen at least " + MIN_COUNT
                    + " times, for dk.kkr.core.danish.WordContext.\n# From: " + args[1] + " (" + files.size()
                    + " files, " + tokens + " words).\n# Made by the development aid dk.kkr.core.danish.WordPairsMain"
                    + " (kkr-core tests). Never from manpages-da.\n");
            for (Map<String, Integer> counts : List.of(words, pairs)) {
                for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
                    if (e.getValue() >= MIN_COUNT) {
                        w.write(e.getKey() + '\t' + e.getValue() + '\n');
                    }
                }
            }
        }
    }

    private static String unescape(String html) {
        return html.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&aelig;", "æ").replace("&oslash;", "ø").replace("&aring;", "å")
                .replace("&AElig;", "Æ").replace("&Oslash;", "Ø").replace("&Aring;", "Å").replace("&amp;", "&");
    }
}
