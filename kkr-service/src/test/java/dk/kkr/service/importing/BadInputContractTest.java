package dk.kkr.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kkr.core.danish.DanishDictionary;
import dk.kkr.core.samples.Samples;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.ReindexFromStore;
import dk.kkr.store.read.ArchiveFixture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bad input, as it arrives among good files, on any database (a decompression bomb included: PDFBox streams page
 * content, so 200 MB of it cost time, not memory): each bad file is one Danish line, the import exits 2,
 * nothing of the bad file is stored, and the good files beside it are imported. Each subclass gives a fresh archive.
 */
abstract class BadInputContractTest {

    @TempDir
    Path dir;

    private DataSource dataSource;
    private ArchiveIndex index;
    private Importer importer;

    abstract DataSource emptyDatabase();

    @BeforeEach
    void open() {
        dataSource = ArchiveFixture.load(emptyDatabase()).dataSource();
        index = ArchiveIndex.open(dir.resolve("data"), DanishDictionary.shared(), new ReindexFromStore(dataSource));
        importer = Importer.standard(dataSource, index);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private long storedFiles() {
        return JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM source_file").query(Long.class).single();
    }

    /** Imports {@code bad} beside a good sample in one call; returns the bad file's reason. */
    private String refusedBesideAGoodFile(Path bad) throws Exception {
        Path good = dir.resolve("god-" + bad.getFileName() + ".txt");
        String minutes = new String(Samples.bytes(Samples.names().stream().filter(n -> n.startsWith("referat"))
                .findFirst().orElseThrow()), StandardCharsets.UTF_8);
        Files.writeString(good, minutes + "\nImporteret sammen med " + bad.getFileName() + "\n");
        long before = storedFiles();
        ImportSummary summary = importer.importPaths(List.of(bad, good), Importer.Listener.SILENT);
        assertThat(summary.exitCode()).isEqualTo(2);
        assertThat(summary.failures()).singleElement().satisfies(f -> assertThat(f.file()).isEqualTo(bad));
        assertThat(storedFiles()).as("the good file is stored, nothing of the bad one").isEqualTo(before + 1);
        String reason = summary.failures().getFirst().reason();
        assertThat(reason).doesNotContain("\n").doesNotContainIgnoringCase("exception");
        Files.delete(good);
        return reason;
    }

    private static byte[] pdf(int pages, String text, StandardProtectionPolicy protection) throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                if (text != null) {
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        content.beginText();
                        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                        content.newLineAtOffset(72, 700);
                        content.showText(text + " " + (i + 1));
                        content.endText();
                    }
                }
            }
            if (protection != null) {
                document.protect(protection);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void badFilesFailWithAReasonAndTheRestIsImported() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Samples.copyTo(in);
        Files.write(in.resolve("tom.txt"), new byte[0]);
        byte[] junk = new byte[8192];
        new Random(3).nextBytes(junk);
        Files.write(in.resolve("skrald.txt"), junk);
        Files.writeString(in.resolve("beskadiget.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog");
        try (RandomAccessFile huge = new RandomAccessFile(in.resolve("kæmpe.txt").toFile(), "rw")) {
            huge.setLength(200L * 1024 * 1024);
        }
        Files.write(in.resolve("cp1252.txt"), ("DAGSORDEN 2024\n\nKKR SJÆLLAND\n\nDato: 03-06-2024 09:30\n"
                + "Sted: Rådhuset, Torvet 1 - Næstved\n\n1. Godkendelse af dagsorden\n\nIndstilling\n\n"
                + "Det indstilles, at dagsordenen godkendes.\n").getBytes(Charset.forName("windows-1252")));
        Files.writeString(in.resolve("dobbelt.md"), "Fyrtã¥rnsinitiativer i Ã˜stjylland\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("regneark.xlsx"), "ikke et dokument");
        Path missing = in.resolve("findes-ikke.txt");

        long before = storedFiles();
        ImportSummary summary = importer.importPaths(List.of(in, in.resolve("regneark.xlsx"), missing),
                new ImporterTest.RecordingListener());

        Map<String, String> reasons = summary.failures().stream()
                .collect(Collectors.toMap(o -> o.file().getFileName().toString(), FileOutcome::reason));
        assertThat(reasons).containsOnlyKeys("tom.txt", "skrald.txt", "beskadiget.pdf", "kæmpe.txt",
                "regneark.xlsx", "findes-ikke.txt");
        assertThat(reasons.get("tom.txt")).isEqualTo("filen er tom");
        assertThat(reasons.get("skrald.txt")).contains("binært");
        assertThat(reasons.get("beskadiget.pdf")).startsWith("beskadiget PDF");
        assertThat(reasons.get("kæmpe.txt")).startsWith("for stor");
        assertThat(reasons.get("regneark.xlsx")).contains("ukendt filtype");
        assertThat(reasons.get("findes-ikke.txt")).isEqualTo("filen findes ikke");
        assertThat(reasons.values()).allSatisfy(r -> assertThat(r).doesNotContain("\n"));
        assertThat(summary.exitCode()).isEqualTo(2);
        assertThat(summary.added()).isEqualTo(Samples.names().size() + 2);
        assertThat(storedFiles()).isEqualTo(before + summary.added());
    }

    @Test
    void aTruncatedPdf() throws Exception {
        byte[] whole = pdf(3, "Referat af mødet i KKR Syddanmark", null);
        Path bad = Files.write(dir.resolve("afkortet.pdf"), Arrays.copyOf(whole, whole.length / 3));
        assertThat(refusedBesideAGoodFile(bad)).matches("beskadiget PDF.*|PDF uden tekstlag.*");
    }

    @Test
    void aPasswordProtectedPdf() throws Exception {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("ejer-hemmelig", "laeser-hemmelig",
                new AccessPermission());
        policy.setEncryptionKeyLength(128);
        Path bad = Files.write(dir.resolve("beskyttet.pdf"), pdf(1, "Lukket punkt", policy));
        assertThat(refusedBesideAGoodFile(bad)).isEqualTo("PDF er beskyttet med adgangskode");
    }

    @Test
    void anImageOnlyPdfAndTwoThousandBlankPages() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, scan), 72, 500);
            }
            document.save(out);
            Path scanned = Files.write(dir.resolve("skannet.pdf"), out.toByteArray());
            assertThat(refusedBesideAGoodFile(scanned)).startsWith("PDF uden tekstlag");
        }
        Path blank = Files.write(dir.resolve("blanke.pdf"), pdf(2000, null, null));
        assertThat(refusedBesideAGoodFile(blank)).startsWith("PDF uden tekstlag");
    }

    @Test
    void aDecompressionBombIsReadAsTheEmptyPageItIs() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDStream content = new PDStream(document);
            try (java.io.OutputStream deflated = content.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] blanks = new byte[1 << 20];
                Arrays.fill(blanks, (byte) ' ');
                for (int i = 0; i < 200; i++) {
                    deflated.write(blanks);
                }
            }
            page.setContents(content);
            document.save(out);
            assertThat(out.size()).as("200 MB of page content in a file this small").isLessThan(1_000_000);
            Path bomb = Files.write(dir.resolve("bombe.pdf"), out.toByteArray());
            assertThat(refusedBesideAGoodFile(bomb)).startsWith("PDF uden tekstlag");
        }
    }

    @Test
    void anUnreadableFileAndASymlinkLoop() throws Exception {
        Path loop = dir.resolve("loekke.txt");
        Files.createSymbolicLink(loop, loop);
        assertThat(refusedBesideAGoodFile(loop)).startsWith("kan ikke læses");
        Path closed = Files.writeString(dir.resolve("laast.txt"), "DAGSORDEN 2031\n");
        Files.setPosixFilePermissions(closed, java.util.Set.of());
        Assumptions.assumeFalse(Files.isReadable(closed), "the user running the tests reads every file (root)");
        assertThat(refusedBesideAGoodFile(closed)).startsWith("kan ikke læses");
    }

    @Test
    void textInUtf16AndLatin1IsReadAndTheSameFileTwiceOrUnderTwoPathsIsStoredOnce() throws Exception {
        String sample = new String(Samples.bytes(Samples.names().stream().filter(n -> n.startsWith("dagsorden")
                && n.endsWith(".txt")).findFirst().orElseThrow()), StandardCharsets.UTF_8);
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        utf16.write(sample.getBytes(StandardCharsets.UTF_16LE));
        Path wide = Files.write(dir.resolve("utf16.txt"), utf16.toByteArray());
        Path latin = Files.write(dir.resolve("latin1.txt"), sample.replace("–", "-").replace("’", "'")
                .replace("2025", "2031").getBytes(StandardCharsets.ISO_8859_1));
        Path copy = Files.copy(latin, dir.resolve("kopi.txt"));
        long before = storedFiles();
        List<FileOutcome> outcomes = new java.util.ArrayList<>();
        ImportSummary summary = importer.importPaths(List.of(wide, latin, latin, copy), new Importer.Listener() {
            @Override
            public void started(int total) {
            }

            @Override
            public void done(FileOutcome outcome, int doneCount, int total) {
                outcomes.add(outcome);
            }
        });
        assertThat(summary.failures()).isEmpty();
        Map<String, FileOutcome.Status> status = outcomes.stream().collect(Collectors.toMap(
                o -> o.file().getFileName().toString(), FileOutcome::status, (a, b) -> b));
        assertThat(status).containsEntry("utf16.txt", FileOutcome.Status.NEW).containsEntry("kopi.txt",
                FileOutcome.Status.KNOWN);
        assertThat(summary.added()).isEqualTo(2);
        assertThat(storedFiles()).isEqualTo(before + 2);
        String stored = JdbcClient.create(dataSource).sql("SELECT text FROM source_file WHERE file_name = 'latin1.txt'")
                .query(String.class).single();
        assertThat(stored).contains("DAGSORDEN 2031").contains("Godkendelse af referat").contains("ø")
                .doesNotContain("\uFFFD");
    }
}
