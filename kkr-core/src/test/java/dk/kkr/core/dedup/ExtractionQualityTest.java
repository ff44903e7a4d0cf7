package dk.kkr.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtractionQualityTest {

    private static final Set<String> WORDS = Set.of("kommunerne", "har", "udarbejdet", "en", "fælles", "model",
            "for", "økonomi", "og", "det", "videre", "arbejde", "området");
    private final ExtractionQuality quality = new ExtractionQuality(w -> WORDS.contains(w.toLowerCase()));

    @Test
    void cleanTextScoresAboveRawPdfTextAboveOcr() {
        double clean = quality.score("Kommunerne har udarbejdet en fælles model for økonomi og det videre arbejde.");
        double raw = quality.score("Kommunerne har udarbej-\ndet en fælles model for økonomi og det videre arbejde2.");
        double ocr = quality.score("Kommunerne har udarbejdet en fzlles model for gkonomi og det videre arbejde.");
        assertThat(clean).isEqualTo(1.0);
        assertThat(raw).isLessThan(clean).isGreaterThan(ocr);
    }

    @Test
    void aTextWithoutWordsScoresZero() {
        assertThat(quality.score("12 34 - 56 %")).isZero();
    }
}
