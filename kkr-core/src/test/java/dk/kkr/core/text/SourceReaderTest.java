package dk.kkr.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kkr.core.model.SourceText;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {

    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();

    @Test
    void plainTextKeepsItsLinesAndGetsAHash() throws Exception {
        Path f = write("a.txt", "Dagsorden\r\n\r\nPunkt 1\u00A0Godkendelse\r\n".getBytes(StandardCharsets.UTF_8));
        SourceText s = reader.read(f);
        assertThat(s.text()).isEqualTo("Dagsorden\n\nPunkt 1 Godkendelse\n");
        assertThat(s.sha256()).hasSize(64).isEqualTo(Sha256.hex(Files.readAllBytes(f)));
        assertThat(s.mediaType()).isEqualTo("text/plain");
        assertThat(s.fileName()).isEqualTo("a.txt");
    }

    @Test
    void aKnownFileIsNotReadBeyondItsHash() throws Exception {
        byte[] broken = "%PDF-1.7 not really a PDF".getBytes(StandardCharsets.US_ASCII);
        Path f = write("kendt.pdf", broken);
        String hash = Sha256.hex(broken);
        // known: nothing is decoded, so the broken PDF does not fail
        assertThat(reader.readUnlessKnown(f, hash::equals)).isEmpty();
        // not known: it is read, and fails as a broken PDF does
        assertThatThrownBy(() -> reader.readUnlessKnown(f, h -> false)).isInstanceOf(UnreadableSourceException.class);
        Path text = write("ny.txt", "Dagsorden\n".getBytes(StandardCharsets.UTF_8));
        assertThat(reader.readUnlessKnown(text, hash::equals)).get().extracting(SourceText::text).isEqualTo("Dagsorden\n");
    }

    @Test
    void decomposedLettersAreComposed() throws Exception {
        Path f = write("nfd.md", "A\u030Abenra\u030A".getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read(f).text()).isEqualTo("Åbenrå");
    }

    @Test
    void windows1252FileIsReadAndSaysSo() throws Exception {
        Path f = write("cp.txt", "Sundhedsaftale for Ærø".getBytes(Charset.forName("windows-1252")));
        SourceText s = reader.read(f);
        assertThat(s.text()).isEqualTo("Sundhedsaftale for Ærø");
        assertThat(s.notes()).containsExactly("læst som Windows-1252");
    }

    @Test
    void doubleEncodedFileIsRepaired() throws Exception {
        Path f = write("dbl.txt", "fyrtã¥rnsinitiativer".getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read(f).text()).isEqualTo("fyrtårnsinitiativer");
    }

    @Test
    void emptyAndBlankFilesAreRefused() throws Exception {
        assertThatThrownBy(() -> reader.read(write("empty.txt", new byte[0]))).hasMessage("filen er tom");
        assertThatThrownBy(() -> reader.read(write("blank.md", " \n\n\t\n".getBytes(StandardCharsets.UTF_8))))
                .hasMessage("filen er tom");
    }

    @Test
    void pdfTextLayerIsRead() throws Exception {
        Path f = write("dagsorden.pdf", pdf("Dagsorden for KKR Sjælland", "Indstilling: godkendt på mødet"));
        SourceText s = reader.read(f);
        assertThat(s.mediaType()).isEqualTo("application/pdf");
        assertThat(s.text()).contains("Dagsorden for KKR Sjælland").contains("Indstilling: godkendt på mødet");
    }

    @Test
    void pdfWithoutTextLayerIsRefused() throws Exception {
        Path f = write("scan.pdf", pdf());
        assertThatThrownBy(() -> reader.read(f)).hasMessageContaining("uden tekstlag");
    }

    @Test
    void corruptPdfIsRefused() throws Exception {
        byte[] good = pdf("Noget tekst");
        byte[] broken = java.util.Arrays.copyOf(good, 40);
        assertThatThrownBy(() -> reader.read(write("broken.pdf", broken)))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessageStartingWith("beskadiget PDF");
        assertThatThrownBy(() -> reader.read(write("fake.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8))))
                .hasMessageStartingWith("beskadiget PDF");
    }

    @Test
    void hugeFileIsRefusedBeforeItIsRead() throws Exception {
        Path f = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(200L * 1024 * 1024);
        }
        assertThatThrownBy(() -> reader.read(f)).hasMessage("for stor: 200 MB (grænsen er 100 MB)");
    }

    @Test
    void moreTextThanAnImportCanHoldInBoundedMemoryIsRefusedInDanish() throws Exception {
        String line = "Kommunerne i regionen har drøftet fordelingen af pladser på det specialiserede område.\n";
        Path f = dir.resolve("lang.txt");
        Files.writeString(f, line.repeat(SourceReader.MAX_TEXT_CHARS / line.length() + 10));
        assertThatThrownBy(() -> reader.read(f)).hasMessage("for meget tekst: 16,0 mio. tegn (grænsen er 16 mio.); del filen op");
        Path fits = dir.resolve("lang-nok.txt");
        Files.writeString(fits, line.repeat(SourceReader.MAX_TEXT_CHARS / line.length() - 10));
        assertThat(reader.read(fits).text()).hasSizeGreaterThan(SourceReader.MAX_TEXT_CHARS - 1000);
    }

    @Test
    void missingFileIsReported() {
        assertThatThrownBy(() -> reader.read(dir.resolve("nowhere.txt"))).hasMessage("filen findes ikke");
    }

    @Test
    void supportedExtensions() {
        assertThat(SourceReader.isSupported(Path.of("a/B.PDF"))).isTrue();
        assertThat(SourceReader.isSupported(Path.of("notes.md"))).isTrue();
        assertThat(SourceReader.isSupported(Path.of("sheet.xlsx"))).isFalse();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    /** A one-page PDF with the given lines in its text layer; no lines gives a page with no text at all. */
    static byte[] pdf(String... lines) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            if (lines.length > 0) {
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        cs.showText(line);
                        cs.newLineAtOffset(0, -16);
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
