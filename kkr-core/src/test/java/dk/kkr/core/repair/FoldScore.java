package dk.kkr.core.repair;

import dk.kkr.core.danish.OcrPairs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repair of one OCR'd file of the shared corpus scored as {@code shared/tools/ocr-score} scores it,
 * against {@code gold/gold-FOLD.tsv} and {@code gold/raw-FOLD.tsv}: word error rates before and after.
 */
record FoldScore(String fold, int words, int rawErrors, int errors) {

    double reduction() {
        return 1 - (double) errors / rawErrors;
    }

    double wer() {
        return (double) errors / words;
    }

    @Override
    public String toString() {
        return String.format("fold %s: %d ord, fejlreduktion %.1f %%, ordfejlrate %.2f %% -> %.2f %%", fold, words,
                100 * reduction(), 100.0 * rawErrors / words, 100 * wer());
    }

    static FoldScore measure(OcrRepairer repairer, Path shared, String textFile, String fold) throws IOException {
        String text = Files.readString(shared.resolve(textFile));
        String[] repaired = repairer.repair(text).repaired().split("\n", -1);
        assertThat(repaired).hasSameSizeAs(text.split("\n", -1));
        Map<Integer, String> gold = OcrPairs.lines(shared.resolve("gold/gold-" + fold + ".tsv"));
        Map<Integer, String> raw = OcrPairs.lines(shared.resolve("gold/raw-" + fold + ".tsv"));
        int words = 0;
        int rawErrors = 0;
        int errors = 0;
        for (Map.Entry<Integer, String> e : gold.entrySet()) {
            List<String> g = DamagedTextScore.tokens(e.getValue());
            words += g.size();
            rawErrors += DamagedTextScore.editDistance(DamagedTextScore.tokens(raw.get(e.getKey())), g);
            errors += DamagedTextScore.editDistance(DamagedTextScore.tokens(repaired[e.getKey() - 1]), g);
        }
        return new FoldScore(fold, words, rawErrors, errors);
    }
}
