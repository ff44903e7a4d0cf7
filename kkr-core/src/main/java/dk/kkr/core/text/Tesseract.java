package dk.kkr.core.text;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Reads a page of a scanned PDF — a page without a text layer — with the installed Tesseract engine and its Danish
 * model (Debian's {@code tesseract-ocr} and {@code tesseract-ocr-dan}; another binary by {@code KKR_TESSERACT}): the
 * page is rendered at 300 dpi in grey (PDFBox), read by a process of its own within a time limit, and its words come
 * back with Tesseract's confidence in each, in lines and paragraphs as it found them. Thread-safe.
 */
public final class Tesseract {

    /** Resolution a page is rendered at for reading. */
    static final int DPI = 300;
    /** Longest a page may take to read. */
    private static final long PAGE_SECONDS = 120;
    /** Below this confidence (0–100) a word is reported as uncertain. */
    public static final float LOW_CONFIDENCE = 60;

    /** A word as read: its text and Tesseract's confidence in it (0–100). */
    public record Word(String text, float confidence) {
    }

    /** A page as read: its text (lines, a blank line between paragraphs) and its words. */
    public record Page(String text, List<Word> words) {

        /** The words read with less confidence than {@link #LOW_CONFIDENCE}. */
        public List<Word> uncertain() {
            return words.stream().filter(w -> w.confidence() < LOW_CONFIDENCE).toList();
        }
    }

    private final String binary;

    private Tesseract(String binary) {
        this.binary = binary;
    }

    /** The installed engine with its Danish model; empty when either is missing. */
    public static Optional<Tesseract> installed() {
        String binary = System.getenv().getOrDefault("KKR_TESSERACT", "tesseract");
        try {
            Process process = new ProcessBuilder(binary, "--list-langs").redirectErrorStream(true).start();
            String languages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return languages.lines().anyMatch(line -> line.strip().equals("dan"))
                    ? Optional.of(new Tesseract(binary)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Reads page {@code index} (from 0) of {@code document}.
     *
     * @throws IOException when the page cannot be rendered, or Tesseract fails or takes too long
     */
    public Page read(PDDocument document, int index) throws IOException {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(index, DPI, ImageType.GRAY);
        Path png = Files.createTempFile("kkr-side-", ".png");
        try {
            ImageIO.write(image, "png", png.toFile());
            Process process = new ProcessBuilder(binary, png.toString(), "stdout", "-l", "dan", "--dpi",
                    Integer.toString(DPI), "tsv").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(PAGE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("tesseract: more than " + PAGE_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("tesseract: exit " + process.exitValue());
            }
            return page(new String(output, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            try {
                Files.deleteIfExists(png);
            } catch (IOException e) {
                // a temporary image left behind goes with the system's temporary files
            }
        }
    }

    /**
     * The page in Tesseract's TSV: one row per block, paragraph, line and word (level 5, with its confidence and
     * text); a line is its words with spaces, a paragraph or block begins after a blank line.
     */
    static Page page(String tsv) {
        StringBuilder text = new StringBuilder();
        List<Word> words = new ArrayList<>();
        String paragraph = null;
        String line = null;
        for (String row : tsv.split("\n")) {
            String[] cells = row.split("\t", -1);
            if (cells.length < 12 || !cells[0].equals("5")) {
                continue;
            }
            String word = cells[11].strip();
            if (word.isEmpty()) {
                continue;
            }
            String paragraphKey = cells[2] + "." + cells[3];
            String lineKey = paragraphKey + "." + cells[4];
            if (!paragraphKey.equals(paragraph)) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
            } else if (!lineKey.equals(line)) {
                text.append('\n');
            } else {
                text.append(' ');
            }
            paragraph = paragraphKey;
            line = lineKey;
            text.append(word);
            float confidence;
            try {
                confidence = Float.parseFloat(cells[10]);
            } catch (NumberFormatException e) {
                confidence = 0;
            }
            words.add(new Word(word, confidence));
        }
        return new Page(text.toString(), List.copyOf(words));
    }
}
