package dk.kkr.core.repair;

import dk.kkr.core.shared.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repair on the shared corpus with the shipped model, scored as {@code shared/tools/ocr-score} scores
 * it: the dev gold of 002 and the second fold — corpus text damaged by a real OCR engine (Tesseract's
 * English model, {@code gold/*-tess-dev.*}) — each with a regression floor a little under what the repair
 * achieves there (the shipped costs are learned from both folds; {@code LearnedConfusionsTest} scores each
 * fold with costs learned without it); and the clean documents 000, 001 and 003 and the English corpus
 * README, which must pass through untouched. Skipped without {@code ../shared}.
 */
class CorpusRepairTest {

    /** Achieved 95.5 % (repaired word error rate 0.62 %) when this floor was set. */
    private static final double MIN_ERROR_REDUCTION = 0.94;
    private static final double MAX_REPAIRED_WER = 0.008;

    /** Achieved 84.6 % (repaired word error rate 2.30 %) on the Tesseract fold when this floor was set. */
    private static final double MIN_TESSERACT_ERROR_REDUCTION = 0.835;
    private static final double MAX_TESSERACT_REPAIRED_WER = 0.025;

    @Test
    void devGoldErrorReductionStaysAboveItsFloor() throws IOException {
        assertFoldScores("corpus/002_1db622979e5b75b9.txt", "002", MIN_ERROR_REDUCTION, MAX_REPAIRED_WER);
    }

    @Test
    void theHeldOutTesseractFoldStaysAboveItsFloor() throws IOException {
        assertFoldScores("gold/ocr-tess-dev.txt", "tess-dev", MIN_TESSERACT_ERROR_REDUCTION,
                MAX_TESSERACT_REPAIRED_WER);
    }

    private static void assertFoldScores(String textFile, String fold, double minReduction, double maxWer)
            throws IOException {
        FoldScore score = FoldScore.measure(RepairFixture.REPAIRER, Shared.required(), textFile, fold);
        System.out.println("OCR-reparation, " + score);
        assertThat(score.reduction()).as(fold + " error reduction").isGreaterThanOrEqualTo(minReduction);
        assertThat(score.wer()).as(fold + " repaired word error rate").isLessThanOrEqualTo(maxWer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_edddb3b03e9314b7.txt", "001_d964ec2ddaa537a0.txt", "003_1e6d24aa974c45a2.txt"})
    void cleanDocumentsPassUntouched(String file) throws IOException {
        Path shared = Shared.required();
        String text = Files.readString(shared.resolve("corpus").resolve(file));
        RepairResult r = RepairFixture.REPAIRER.repair(text);
        assertThat(r.repairNeeded()).isFalse();
        assertThat(r.changes()).isEmpty();
        assertThat(r.repaired()).isEqualTo(text);
    }

    @Test
    void theEnglishCorpusReadmePassesUntouched() throws IOException {
        Path shared = Shared.required();
        String text = Files.readString(shared.resolve("corpus/README.md"));
        RepairResult r = RepairFixture.REPAIRER.repair(text);
        assertThat(r.changes()).isEmpty();
        assertThat(r.repaired()).isEqualTo(text);
    }

}
