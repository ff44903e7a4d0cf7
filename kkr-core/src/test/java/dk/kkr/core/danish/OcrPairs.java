package dk.kkr.core.danish;

import dk.kkr.core.danish.ConfusionLearner.LinePair;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Line pairs in the format {@code ocr-damage} writes and {@code ocr-score} reads: {@code gold-NAME.tsv}
 * ("LINE<TAB>TEXT", the text as written) with {@code raw-NAME.tsv} beside it (what the OCR read).
 */
public final class OcrPairs {

    private OcrPairs() {
    }

    public static List<LinePair> read(Path gold) throws IOException {
        Path raw = gold.resolveSibling(gold.getFileName().toString().replaceFirst("^gold-", "raw-"));
        Map<Integer, String> read = lines(raw);
        List<LinePair> out = new ArrayList<>();
        for (Map.Entry<Integer, String> e : lines(gold).entrySet()) {
            String damaged = read.get(e.getKey());
            if (damaged != null) {
                out.add(new LinePair(damaged, e.getValue()));
            }
        }
        return out;
    }

    /** The lines of a file "LINE<TAB>TEXT", by line number. */
    public static Map<Integer, String> lines(Path tsv) throws IOException {
        Map<Integer, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(tsv)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                out.put(Integer.parseInt(line.substring(0, tab)), line.substring(tab + 1));
            }
        }
        return out;
    }

    /** The comment that heads {@code confusions-learned.tsv}. */
    public static final String HEADER = """
            # OCR confusions learned from lines an OCR read beside the lines as written (ConfusionLearner): the
            # Tesseract readings (English model) of the project's own sample documents, five prints of each line
            # (kkr-core/src/test/resources/dk/kkr/core/danish/{gold,raw}-samples.tsv, made by shared/tools/ocr-damage
            # with seeds 11-15), and the two dev folds of the shared corpus (gold/*-002.tsv, gold/*-tess-dev.tsv).
            # Made by the development aid dk.kkr.core.danish.OcrPairs (kkr-core tests) with those gold files as
            # arguments; LearnedConfusionsTest checks that this file is what the learner makes of them.
            # Columns as in confusions.tsv; a rule here that confusions.tsv also has gives it this cost.
            # The last column says how often the confusion was seen among the letters as written.
            """;

    /** Development aid: prints the rules learned from the given gold files (raw files beside them). */
    public static void main(String[] args) throws IOException {
        List<LinePair> pairs = new ArrayList<>();
        for (String a : args) {
            pairs.addAll(read(Path.of(a)));
        }
        System.out.print(HEADER + ConfusionLearner.toTsv(ConfusionLearner.learn(pairs)));
    }
}
