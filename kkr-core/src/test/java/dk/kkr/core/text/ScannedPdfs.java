package dk.kkr.core.text;

import org.apache.pdfbox.Loader;
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

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Scanned PDFs made for tests: text set in type, rendered as a scanner would, and kept as an image only. */
public final class ScannedPdfs {

    private ScannedPdfs() {
    }

    /** Our own text, of the kind a KKR memo holds. */
    public static final List<String> MEMO = List.of(
            "Notat om fælles indkøb af elbusser i Midtjylland",
            "Kommunerne i regionen har i foråret undersøgt, om et fælles udbud af elbusser kan give lavere priser og"
                    + " en bedre drift. Undersøgelsen viser, at syv kommuner ønsker at deltage, og at de samlet"
                    + " forventer at købe 140 busser frem mod 2030.",
            "Sekretariatet foreslår, at kommunerne nedsætter en styregruppe med én direktør fra hver kommune. Gruppen"
                    + " skal inden den 1. september beskrive kravene til ladning, rækkevidde og service, så"
                    + " udbuddet kan sendes ud i løbet af efteråret.",
            "Økonomien fordeles efter antallet af køreplantimer i hver kommune. Århus, Viborg og Skive har bedt om,"
                    + " at fordelingen tages op igen, når de første erfaringer med driften foreligger.");

    /** The paragraphs set in Helvetica on an A4 page, rendered at 300 dpi in grey, as a PDF of that image only. */
    public static byte[] scan(List<String> paragraphs) throws IOException {
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
    public static byte[] withTextPageFirst(byte[] scan) throws IOException {
        try (PDDocument document = Loader.loadPDF(scan)) {
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

}
