package dk.kkr.core.text;

import dk.kkr.core.model.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The first stage of the road: a file becomes a {@link SourceText}. PDFs are read through PDFBox's text
 * layer, and a page that is a scanned image without one (no font, an image) with Tesseract ({@link Tesseract}), noted
 * in the source's notes with how many of its words were read with low confidence; .txt and .md files are decoded by
 * {@link TextDecoder}; both are then normalised. A file that
 * cannot become text raises {@link UnreadableSourceException} with a one-line reason. Thread-safe.
 */
public final class SourceReader {

    /** The default size limit: larger files are refused before they are read. */
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
    /**
     * The most text one file may hold: 16 million characters, some 5,000 pages (an annex bundle of 600 pages is
     * about 2 MB). The whole road keeps a file's text and what is read from it in memory, about 55 bytes of heap a
     * character at most ({@code ./kkr bench import-size}: 886 MB at 16 MB), so this bound keeps an import within a
     * heap of 1 GB; a PDF of 100 MB is mostly images and holds far less text.
     */
    public static final int MAX_TEXT_CHARS = 16_000_000;

    private final long maxBytes;
    private final TextDecoder decoder = new TextDecoder();
    private final TextNormaliser normaliser = new TextNormaliser();
    /** The OCR engine for scanned pages, looked for when a PDF has one. */
    private final Supplier<Optional<Tesseract>> ocr;

    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public SourceReader(long maxBytes) {
        this(maxBytes, Tesseract::installed);
    }

    /** A reader that reads scanned pages with {@code ocr}'s engine (none: they are not read). */
    SourceReader(long maxBytes, Supplier<Optional<Tesseract>> ocr) {
        this.maxBytes = maxBytes;
        this.ocr = ocr;
    }

    /** Whether a file name has an extension this reader takes (.pdf, .txt, .md). */
    public static boolean isSupported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf") || name.endsWith(".txt") || name.endsWith(".md");
    }

    public SourceText read(Path file) throws UnreadableSourceException {
        return readUnlessKnown(file, hash -> false).orElseThrow();
    }

    /**
     * Reads a file, unless {@code known} says its SHA-256 is known already: then empty, and nothing was done
     * but reading its bytes and hashing them.
     */
    public Optional<SourceText> readUnlessKnown(Path file, Predicate<String> known) throws UnreadableSourceException {
        return readUnlessKnown(file, known, PageProgress.NONE);
    }

    /** As {@link #readUnlessKnown(Path, Predicate)}, telling {@code progress} of each scanned page read with OCR. */
    public Optional<SourceText> readUnlessKnown(Path file, Predicate<String> known, PageProgress progress)
            throws UnreadableSourceException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableSourceException(Messages.text("source.missing"));
        } catch (IOException e) {
            throw new UnreadableSourceException(Messages.text("source.unreadable", e.getMessage()), e);
        }
        if (size > maxBytes) {
            throw new UnreadableSourceException(Messages.text("source.tooLarge", megabytes(size), megabytes(maxBytes)));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableSourceException(Messages.text("source.unreadable", e.getMessage()), e);
        }
        String hash = Sha256.hex(bytes);
        return known.test(hash) ? Optional.empty()
                : Optional.of(read(file.getFileName().toString(), bytes, hash, progress));
    }

    /** Reads content that is already in memory; {@code fileName} decides nothing but the record's name. */
    public SourceText read(String fileName, byte[] bytes) throws UnreadableSourceException {
        return read(fileName, bytes, PageProgress.NONE);
    }

    /** As {@link #read(String, byte[])}, telling {@code progress} of each scanned page read with OCR. */
    public SourceText read(String fileName, byte[] bytes, PageProgress progress) throws UnreadableSourceException {
        return read(fileName, bytes, Sha256.hex(bytes), progress);
    }

    private SourceText read(String fileName, byte[] bytes, String hash, PageProgress progress)
            throws UnreadableSourceException {
        if (bytes.length > maxBytes) {
            throw new UnreadableSourceException(Messages.text("source.tooLarge", megabytes(bytes.length),
                    megabytes(maxBytes)));
        }
        boolean pdf = isPdf(bytes);
        if (!pdf && fileName.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new UnreadableSourceException(Messages.text(bytes.length == 0 ? "source.empty" : "source.notPdf"));
        }
        List<String> notes = new ArrayList<>();
        String raw;
        if (pdf) {
            raw = pdfText(bytes, notes, progress);
        } else {
            TextDecoder.Decoded decoded = decoder.decode(bytes);
            notes.addAll(decoded.notes());
            raw = decoded.text();
        }
        if (raw.length() > MAX_TEXT_CHARS) {
            throw new UnreadableSourceException(Messages.text("source.tooMuchText", raw.length() / 1e6,
                    MAX_TEXT_CHARS / 1_000_000));
        }
        String text = normaliser.normalise(raw);
        if (text.isBlank()) {
            throw new UnreadableSourceException(Messages.text(pdf ? "source.noTextLayer" : "source.empty"));
        }
        return new SourceText(fileName, hash, bytes.length, pdf ? "application/pdf" : "text/plain",
                text, notes);
    }

    private static boolean isPdf(byte[] bytes) {
        // the header may follow a little junk; readers accept it within the first kilobyte
        int limit = Math.min(bytes.length - 4, 1024);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F'
                    && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    private String pdfText(byte[] bytes, List<String> notes, PageProgress progress) throws UnreadableSourceException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setSortByPosition(false);
            List<Integer> scans = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                if (isScan(document.getPage(i))) {
                    scans.add(i);
                }
            }
            if (scans.isEmpty()) {
                return stripper.getText(document);
            }
            return withScans(document, stripper, scans, notes, progress);
        } catch (UnreadableSourceException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw new UnreadableSourceException(Messages.text("source.encrypted"), e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableSourceException(Messages.text("source.brokenPdf", oneLine(e.getMessage())), e);
        }
    }

    /** Whether a page is an image only: it uses no font and shows at least one image. */
    private static boolean isScan(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null || resources.getFontNames().iterator().hasNext()) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text of a PDF some of whose pages ({@code scans}, from 0) may be scans: page by page, the text layer where
     * there is one, else what Tesseract reads; without Tesseract a scan is left out with a note, and a PDF of scans
     * only is refused.
     */
    private String withScans(PDDocument document, PDFTextStripper stripper, List<Integer> scans,
                             List<String> notes, PageProgress progress) throws IOException, UnreadableSourceException {
        Optional<Tesseract> engine = ocr.get();
        StringBuilder text = new StringBuilder();
        List<Integer> read = new ArrayList<>();
        List<Integer> unread = new ArrayList<>();
        int words = 0;
        int uncertain = 0;
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            stripper.setStartPage(i + 1);
            stripper.setEndPage(i + 1);
            String layer = stripper.getText(document);
            if (!scans.contains(i) || !layer.isBlank()) {
                text.append(layer);
            } else if (engine.isPresent()) {
                progress.page(i + 1, document.getNumberOfPages());
                Tesseract.Page page = engine.get().read(document, i);
                text.append(page.text()).append('\n');
                read.add(i + 1);
                words += page.words().size();
                uncertain += page.uncertain().size();
            } else {
                unread.add(i + 1);
            }
        }
        if (!unread.isEmpty() && text.isEmpty()) {
            throw new UnreadableSourceException(Messages.text("source.scanWithoutTesseract"));
        }
        if (!unread.isEmpty()) {
            notes.add(Messages.text("source.scanPagesUnread", pageList(unread)));
        }
        if (!read.isEmpty()) {
            notes.add(Messages.text("source.scanPagesRead", pageList(read), uncertain, words));
        }
        return text.toString();
    }

    /** Page numbers as a Danish list: "3", "3 og 5", "3, 4 og 5". */
    private static String pageList(List<Integer> pages) {
        List<String> numbers = pages.stream().map(String::valueOf).toList();
        return numbers.size() == 1 ? numbers.getFirst() : String.join(", ", numbers.subList(0, numbers.size() - 1))
                + " " + Messages.text("list.and") + " " + numbers.getLast();
    }

    private static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return Messages.text("source.unreadableWithoutReason");
        }
        String line = message.strip().replaceAll("\\s+", " ");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    private static long megabytes(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }
}
