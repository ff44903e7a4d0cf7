package dk.kkr.core.text;

import dk.kkr.core.model.SourceText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

    /** Our own text, of the kind a KKR memo holds. */
    private static final List<String> PARAGRAPHS = List.of(
            "Notat om fælles indkøb af elbusser i Midtjylland",
            "Kommunerne i regionen har i foråret undersøgt, om et fælles udbud af elbusser kan give lavere priser og"
                    + " en bedre drift. Undersøgelsen viser, at syv kommuner ønsker at deltage, og at de samlet"
                    + " forventer at købe 140 busser frem mod 2030.",
            "Sekretariatet foreslår, at kommunerne nedsætter en styregruppe med én direktør fra hver kommune. Gruppen"
                    + " skal inden den 1. september beskrive kravene til ladning, rækkevidde og service, så"
                    + " udbuddet kan sendes ud i løbet af efteråret.",
            "Økonomien fordeles efter antallet af køreplantimer i hver kommune. Århus, Viborg og Skive har bedt om,"
                    + " at fordelingen tages op igen, når de første erfaringer med driften foreligger.");

    @Test
    void aScannedPdfIsReadWithTesseractsDanishModel() throws Exception {
        Optional<Tesseract> engine = Tesseract.installed();
        assumeTrue(engine.isPresent() || System.getenv("CI") != null, "Tesseract with its Danish model is missing");
        assertThat(engine).as("CI needs tesseract-ocr and tesseract-ocr-dan").isPresent();

        SourceText read = new SourceReader().read("skannet-notat.pdf", scan(PARAGRAPHS));
        List<String> expected = words(String.join("\n\n", PARAGRAPHS));
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
        assertThatThrownBy(() -> blind.read("skannet.pdf", scan(PARAGRAPHS)))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessage("scannet PDF: tesseract er ikke installeret (Debian-pakkerne tesseract-ocr og tesseract-ocr-dan)");

        byte[] mixed = withTextPageFirst(scan(PARAGRAPHS));
        SourceText read = blind.read("blandet.pdf", mixed);
        assertThat(read.text()).contains("Forside til bilagene");
        assertThat(read.notes()).contains("Side 2 er skannede billeder uden tekstlag og blev ikke læst: tesseract er"
                + " ikke installeret.");
    }

    /** The paragraphs set in Helvetica on an A4 page, rendered at 300 dpi in grey, as a PDF of that image only. */
    private static byte[] scan(List<String> paragraphs) throws IOException {
        BufferedImage image;
        try (PDDocument typeset = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            typeset.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream out = new PDPageContentStream(typeset, page)) {
                out.beginText();
                out.setFont(font, 11);
                out.setLeading(15);
                out.newLineAtOffset(60, 780);
                for (String paragraph : paragraphs) {
                    for (String line : wrap(paragraph, font, 11, 470)) {
                        out.showText(line);
                        out.newLine();
                    }
                    out.newLine();
                }
                out.endText();
            }
            image = new PDFRenderer(typeset).renderImageWithDPI(0, 300, ImageType.GRAY);
        }
        try (PDDocument scanned = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            scanned.addPage(page);
            PDImageXObject picture = LosslessFactory.createFromImage(scanned, image);
            try (PDPageContentStream out = new PDPageContentStream(scanned, page)) {
                out.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            scanned.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** {@code scan} with a page of text before it. */
    private static byte[] withTextPageFirst(byte[] scan) throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(scan)) {
            PDPage cover = new PDPage(PDRectangle.A4);
            try (PDPageContentStream out = new PDPageContentStream(document, cover)) {
                out.beginText();
                out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                out.newLineAtOffset(60, 780);
                out.showText("Forside til bilagene");
                out.endText();
            }
            document.getPages().insertBefore(cover, document.getPage(0));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
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
