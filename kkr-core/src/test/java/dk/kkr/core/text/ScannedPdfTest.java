package dk.kkr.core.text;

import dk.kkr.core.model.SourceText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A scanned PDF — pages that are images only, made here from a text this project writes, set in type and rendered as
 * a scanner would — is read with Tesseract's Danish model: its words come back (word error rate at most 3 %), and the
 * source notes which pages were read so and how many words with low confidence. Without Tesseract a PDF of scans only
 * is refused in one Danish line, and a PDF with a text layer too keeps its text with a note of the pages not read.
 * Skipped where Tesseract is not installed, except under CI (CI set), where that fails.
 */
class ScannedPdfTest {

    @Test
    void aScannedPdfIsReadWithTesseractsDanishModel() throws Exception {
        Optional<Tesseract> engine = Tesseract.installed();
        assumeTrue(engine.isPresent() || System.getenv("CI") != null, "Tesseract with its Danish model is missing");
        assertThat(engine).as("CI needs tesseract-ocr and tesseract-ocr-dan").isPresent();

        List<String> told = new ArrayList<>();
        SourceText read = new SourceReader().read("skannet-notat.pdf", ScannedPdfs.scan(ScannedPdfs.MEMO),
                (page, pages) -> told.add(page + "/" + pages));
        assertThat(told).as("the page read with OCR is told of").containsExactly("1/1");
        List<String> expected = words(String.join("\n\n", ScannedPdfs.MEMO));
        List<String> got = words(read.text());
        double errorRate = (double) distance(expected, got) / expected.size();
        System.out.printf("Skannet PDF læst med Tesseract (dan): %d ord, ordfejlrate %.1f %%%n", expected.size(),
                100 * errorRate);
        assertThat(errorRate).as("word error rate; read: " + read.text()).isLessThanOrEqualTo(0.03);
        assertThat(read.notes()).anySatisfy(note -> assertThat(note).startsWith("Side 1 er skannede billeder, læst med OCR"));
    }

    @Test
    void withoutTesseractAScanOnlyPdfIsRefusedInOneLineAndATextLayerIsKept() throws Exception {
        SourceReader blind = new SourceReader(SourceReader.DEFAULT_MAX_BYTES, Optional::empty);
        assertThatThrownBy(() -> blind.read("skannet.pdf", ScannedPdfs.scan(ScannedPdfs.MEMO)))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessage("scannet PDF: tesseract er ikke installeret (Debian-pakkerne tesseract-ocr og tesseract-ocr-dan)");

        byte[] mixed = ScannedPdfs.withTextPageFirst(ScannedPdfs.scan(ScannedPdfs.MEMO));
        SourceText read = blind.read("blandet.pdf", mixed);
        assertThat(read.text()).contains("Forside til bilagene");
        assertThat(read.notes()).contains("Side 2 er skannede billeder uden tekstlag og blev ikke læst: tesseract er"
                + " ikke installeret.");
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(w -> !w.isBlank()).toList();
    }

    /** The least number of words to insert, delete or change to turn {@code a} into {@code b}. */
    private static int distance(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int change = a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }
}
