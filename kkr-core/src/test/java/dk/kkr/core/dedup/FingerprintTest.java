package dk.kkr.core.dedup;

import dk.kkr.core.shared.Shared;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kkr.core.samples.Samples;
import dk.kkr.core.text.SourceReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final String MEMO = """
            Kommunerne i regionen har i fællesskab udarbejdet en model for fordeling af praktikpladser
            på pædagogområdet. Modellen bygger på antallet af børn, antallet af indskrevne, stillinger og
            de studerendes bopæl. Den justerede nøgle blev afprøvet i et pilotprojekt i foråret, og de
            fleste kommuner fik kun mindre ændringer. Kommunaldirektørkredsen anbefaler, at nøglen
            godkendes og bruges fra næste optag, og at data opdateres hvert andet år.
            """;

    @Test
    void theSameTextWithAnotherLayoutIsAlike() {
        String rewrapped = rewrap(MEMO, 38) + "\nSide 1 af 1\n";
        assertThat(rewrapped).contains("-\n");
        assertThat(Fingerprint.of(MEMO).similarity(Fingerprint.of(rewrapped))).isGreaterThan(0.8);
    }

    @Test
    void differentTextsAreNotAlike() {
        String other = """
                Trafikplanen for de kommende år lægger op til færre afgange i landdistrikterne. Kommunerne
                ønsker, at forbindelserne til uddannelsesinstitutionerne bevares, og at ændringer i
                køreplanerne sker i tæt dialog med de berørte kommuner og med borgerne.
                """;
        assertThat(Fingerprint.of(MEMO).similarity(Fingerprint.of(other))).isLessThan(0.1);
    }

    @Test
    void alikeTextsShareABandAndDifferentOnesDoNot() throws Exception {
        long[] memo = Fingerprint.of(MEMO).bandKeys();
        assertThat(memo).hasSize(Fingerprint.BANDS).doesNotHaveDuplicates();
        assertThat(memo).containsAnyOf(Fingerprint.of(rewrap(MEMO, 38)).bandKeys());
        assertThat(Fingerprint.decode(Fingerprint.of(MEMO).encode()).bandKeys()).containsExactly(memo);
        // different documents: an index lookup by band finds none of the samples for the memo
        for (String sample : Samples.names()) {
            if (sample.endsWith(".txt")) {
                String text = new String(Samples.bytes(sample), StandardCharsets.UTF_8);
                assertThat(Fingerprint.of(text).bandKeys()).as(sample).doesNotContain(memo);
            }
        }
        assertThat(Fingerprint.of("for kort").bandKeys()).as("no word runs, no bands").isEmpty();
    }

    @Test
    void encodesAndDecodesToTheSameSignature() {
        Fingerprint f = Fingerprint.of(MEMO);
        Fingerprint back = Fingerprint.decode(f.encode());
        assertThat(back.similarity(f)).isEqualTo(1.0);
        assertThat(back.encode()).isEqualTo(f.encode());
    }

    @Test
    void aPdfAndItsTextExportAreAlike() throws Exception {
        String sample = Samples.names().stream().filter(n -> n.startsWith("referat")).findFirst().orElseThrow();
        String text = new String(Samples.bytes(sample), StandardCharsets.UTF_8);
        String fromPdf = new SourceReader().read("referat.pdf", pdf(rewrap(text, 90))).text();
        assertThat(Fingerprint.of(fromPdf).similarity(Fingerprint.of(text))).isGreaterThan(0.7);
    }

    @Test
    void corpus000And001AreOneDocumentAndNothingElseIs() throws Exception {
        Path shared = Shared.corpus();
        List<Fingerprint> corpus = new ArrayList<>();
        for (String prefix : List.of("000", "001", "002", "003")) {
            try (var files = Files.list(shared)) {
                Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
                corpus.add(Fingerprint.of(new SourceReader().read(file).text()));
            }
        }
        assertThat(corpus.get(0).similarity(corpus.get(1))).isGreaterThan(0.5);
        for (int i = 0; i < corpus.size(); i++) {
            for (int j = i + 1; j < corpus.size(); j++) {
                if (i != 0 || j != 1) {
                    assertThat(corpus.get(i).similarity(corpus.get(j))).as("%d vs %d", i, j).isLessThan(0.1);
                }
            }
        }
    }

    /** The text hard-wrapped at a width, cutting long words with a line-break hyphen. */
    static String rewrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (column + word.length() > width && word.length() > 8 && column < width - 4) {
                int cut = width - column - 1;
                out.append(word, 0, cut).append("-\n").append(word.substring(cut)).append(' ');
                column = word.length() - cut + 1;
            } else if (column + word.length() > width) {
                out.append('\n').append(word).append(' ');
                column = word.length() + 1;
            } else {
                out.append(word).append(' ');
                column += word.length() + 1;
            }
        }
        return out.toString();
    }

    private static byte[] pdf(String text) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String> lines = text.lines().toList();
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int start = 0; start < lines.size(); start += 45) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 9);
                    cs.newLineAtOffset(40, 750);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + 45))) {
                        cs.showText(line.replace("•", "-"));
                        cs.newLineAtOffset(0, -15);
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
