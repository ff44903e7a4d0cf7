package dk.kkr.service.pdf;

import dk.kkr.core.text.Messages;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tagged, accessible PDF written from the top of the page down (PDF/UA-1 and PDF/A-2u): text in one embedded
 * font family (DejaVu Sans, from the Debian package fonts-dejavu-core, or the folder {@code KKR_PDF_FONTS}), every
 * block of text tagged in the structure tree in reading order, page furniture (page numbers, stamps) marked as
 * artifacts, bookmarks, the document's title and language in its metadata. Not thread-safe: one per PDF.
 */
final class TaggedPdf implements AutoCloseable {

    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN = 62;
    static final float TOP = SIZE.getHeight() - MARGIN;
    static final float BOTTOM = MARGIN + 14;
    static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;

    /** The font files, regular and bold: from {@code KKR_PDF_FONTS}, else where Debian puts DejaVu Sans. */
    private static final Path FONTS = Path.of(System.getenv().getOrDefault("KKR_PDF_FONTS",
            "/usr/share/fonts/truetype/dejavu"));

    private final PDDocument document = new PDDocument();
    private final String title;
    final PDType0Font regular;
    final PDType0Font bold;
    private final PDStructureElement root;
    /** Per page (by its StructParents key), the structure element of each marked-content id, in order. */
    private final Map<Integer, List<PDStructureElement>> marked = new HashMap<>();
    private final Map<Integer, String> replacements = new HashMap<>();
    private PDPage page;
    private PDPageContentStream out;
    private float y;
    private String stamp;

    /** A new PDF titled {@code title} (its metadata, and what a reader shows in its window) in Danish. */
    TaggedPdf(String title) {
        this.title = title;
        try {
            Path regularFile = FONTS.resolve("DejaVuSans.ttf");
            Path boldFile = FONTS.resolve("DejaVuSans-Bold.ttf");
            if (!Files.isReadable(regularFile) || !Files.isReadable(boldFile)) {
                throw new IllegalStateException(Messages.text("pdf.noFont", FONTS));
            }
            regular = PDType0Font.load(document, regularFile.toFile());
            bold = PDType0Font.load(document, boldFile.toFile());
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setLanguage("da-DK");
            PDMarkInfo markInfo = new PDMarkInfo();
            markInfo.setMarked(true);
            catalog.setMarkInfo(markInfo);
            PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
            preferences.setDisplayDocTitle(true);
            catalog.setViewerPreferences(preferences);
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            catalog.setStructureTreeRoot(tree);
            root = new PDStructureElement("Document", tree);
            tree.appendKid(root);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            document.setDocumentInformation(info);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp(title).getBytes(StandardCharsets.UTF_8));
            catalog.setMetadata(metadata);
            PDOutputIntent intent = new PDOutputIntent(document,
                    new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
            catalog.setDocumentOutline(new PDDocumentOutline());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The structure element at the root of the document's structure tree. */
    PDStructureElement root() {
        return root;
    }

    /** A new structure element of {@code type} ("Sect", "H2", "P" …) as the last child of {@code parent}. */
    PDStructureElement element(String type, PDStructureNode parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** Starts a new page; on each page that follows, {@code stamp} (may be null) stands in its top right corner. */
    void newPage(String stamp) {
        this.stamp = stamp;
        newPage();
    }

    /** Starts a new page. */
    void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            page = new PDPage(SIZE);
            document.addPage(page);
            int key = marked.size();
            page.setStructParents(key);
            marked.put(key, new ArrayList<>());
            out = new PDPageContentStream(document, page);
            y = TOP;
            if (stamp != null) {
                artifact(out, stamp, bold, 10, SIZE.getWidth() - MARGIN - width(stamp, bold, 10),
                        SIZE.getHeight() - MARGIN / 2 - 6);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How far down the page now written on is. */
    float y() {
        return y;
    }

    /** Leaves {@code space} points blank, starting a new page if less than {@code keep} points would be left. */
    void space(float space, float keep) {
        y -= space;
        if (y - keep < BOTTOM) {
            newPage();
        }
    }

    /**
     * Writes {@code text} as one block tagged {@code type} under {@code parent}, wrapped to the width in
     * {@code font} at {@code size} points, starting a new page where the page ends; its structure element.
     */
    PDStructureElement text(PDStructureNode parent, String type, String text, PDType0Font font, float size) {
        PDStructureElement element = element(type, parent);
        List<String> lines = wrap(printable(text, font), font, size, WIDTH);
        float leading = size * 1.35f;
        int at = 0;
        while (at < lines.size()) {
            if (y - leading < BOTTOM) {
                newPage();
            }
            int fit = Math.max(1, Math.min(lines.size() - at, (int) ((y - BOTTOM) / leading)));
            mark(element, lines.subList(at, at + fit), font, size, leading);
            at += fit;
        }
        y -= size * 0.5f;
        return element;
    }

    /**
     * Writes one line tagged {@code type} under {@code parent}: {@code text} on the left (cut to fit) and
     * {@code right} at the right margin, as in a table of contents.
     */
    void line(PDStructureNode parent, String type, String text, String right, PDType0Font font, float size) {
        float leading = size * 1.5f;
        if (y - leading < BOTTOM) {
            newPage();
        }
        PDStructureElement element = element(type, parent);
        String number = printable(right, font);
        float room = WIDTH - width(number, font, size) - 12;
        String left = printable(text, font);
        while (width(left, font, size) > room && left.length() > 1) {
            left = left.substring(0, left.length() - 2).strip() + "…";
        }
        try {
            begin(element, type);
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN, y - size);
            out.showText(left);
            out.newLineAtOffset(WIDTH - width(number, font, size), 0);
            out.showText(number);
            out.endText();
            out.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= leading;
    }

    /** Adds a bookmark titled {@code title} under {@code parent} (null: at the top) to where the page now stands. */
    PDOutlineItem bookmark(PDOutlineNode parent, String title) {
        PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
        destination.setPage(page);
        destination.setTop((int) y);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        (parent == null ? document.getDocumentCatalog().getDocumentOutline() : parent).addLast(item);
        return item;
    }

    /** The document's pages so far. */
    int pageCount() {
        return document.getNumberOfPages();
    }

    /**
     * Finishes the PDF: each page numbered at its foot ("Side 3 af 22", with the title), the structure tree's parent
     * tree written, and the whole saved.
     */
    byte[] finish() {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
            int total = document.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                PDPage numbered = document.getPage(i);
                try (PDPageContentStream foot = new PDPageContentStream(document, numbered,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String number = Messages.text("pdf.pageOf", i + 1, total);
                    artifact(foot, number, regular, 8.5f,
                            SIZE.getWidth() - MARGIN - width(number, regular, 8.5f), MARGIN / 2 + 4);
                    String shortTitle = printable(title, regular);
                    while (width(shortTitle, regular, 8.5f) > WIDTH * 0.7f && shortTitle.length() > 1) {
                        shortTitle = shortTitle.substring(0, shortTitle.length() - 2).strip() + "…";
                    }
                    artifact(foot, shortTitle, regular, 8.5f, MARGIN, MARGIN / 2 + 4);
                }
            }
            COSArray nums = new COSArray();
            marked.forEach((key, elements) -> {
                nums.add(COSInteger.get(key));
                COSArray kids = new COSArray();
                elements.forEach(kids::add);
                nums.add(kids);
            });
            COSDictionary parentTree = new COSDictionary();
            parentTree.setItem(COSName.NUMS, nums);
            PDStructureTreeRoot tree = document.getDocumentCatalog().getStructureTreeRoot();
            tree.setParentTree(new PDNumberTreeNode(parentTree, COSArray.class));
            tree.setParentTreeNextKey(marked.size());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- writing

    /** Writes lines as one marked-content sequence of {@code element} on the page now written on. */
    private void mark(PDStructureElement element, List<String> lines, PDType0Font font, float size, float leading) {
        try {
            begin(element, element.getStructureType());
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN, y - size);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    out.newLineAtOffset(0, -leading);
                }
                out.showText(lines.get(i));
            }
            out.endText();
            out.endMarkedContent();
            y -= leading * lines.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a marked-content sequence tagged {@code tag} on this page for {@code element}. */
    private void begin(PDStructureElement element, String tag) throws IOException {
        List<PDStructureElement> onPage = marked.get(page.getStructParents());
        int mcid = onPage.size();
        onPage.add(element);
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        out.beginMarkedContent(COSName.getPDFName(tag), PDPropertyList.create(properties));
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setMCID(mcid);
        reference.setPage(page);
        element.appendKid(reference);
    }

    /** Writes {@code text} at ({@code x}, {@code base}) as page furniture, outside the structure tree. */
    private void artifact(PDPageContentStream stream, String text, PDType0Font font, float size,
                          float x, float base) throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
        stream.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
        stream.beginText();
        stream.setFont(font, size);
        stream.setNonStrokingColor(0.25f, 0.25f, 0.25f);
        stream.newLineAtOffset(x, base);
        stream.showText(printable(text, font));
        stream.endText();
        stream.setNonStrokingColor(0f, 0f, 0f);
        stream.endMarkedContent();
    }

    /** {@code text} as the font can show it: tabs as spaces, control characters left out, unknown letters as "?". */
    private String printable(String text, PDType0Font font) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\u00a0') {
                shown.append(' ');
            } else if (cp == '\n' || !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT) {
                shown.append(replacements.computeIfAbsent(cp, c -> {
                    String letter = cp == '\n' ? "\n" : new String(Character.toChars(c));
                    try {
                        if (cp != '\n') {
                            font.encode(letter);
                        }
                        return letter;
                    } catch (IOException | IllegalArgumentException e) {
                        return "?";
                    }
                }));
            }
        });
        return shown.toString();
    }

    /** The lines {@code text} wraps to within {@code room} points: at spaces, a word longer than a line cut. */
    private static List<String> wrap(String text, PDType0Font font, float size, float room) {
        List<String> lines = new ArrayList<>();
        for (String paragraphLine : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraphLine.strip().split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= room) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > room) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > room) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    static float width(String text, PDType0Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The XMP metadata: the title and language, PDF/A-2u and PDF/UA-1, with the PDF/UA schema described for PDF/A. */
    private static String xmp(String title) {
        String escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:language><rdf:Bag><rdf:li>da-DK</rdf:li></rdf:Bag></dc:language>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                   <pdfaid:part>2</pdfaid:part>
                   <pdfaid:conformance>U</pdfaid:conformance>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                   <pdfuaid:part>1</pdfuaid:part>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                      xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                      xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                   <pdfaExtension:schemas>
                    <rdf:Bag>
                     <rdf:li rdf:parseType="Resource">
                      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                      <pdfaSchema:property>
                       <rdf:Seq>
                        <rdf:li rdf:parseType="Resource">
                         <pdfaProperty:name>part</pdfaProperty:name>
                         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                         <pdfaProperty:category>internal</pdfaProperty:category>
                         <pdfaProperty:description>Part of ISO 14289 followed</pdfaProperty:description>
                        </rdf:li>
                       </rdf:Seq>
                      </pdfaSchema:property>
                     </rdf:li>
                    </rdf:Bag>
                   </pdfaExtension:schemas>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(escaped);
    }
}
