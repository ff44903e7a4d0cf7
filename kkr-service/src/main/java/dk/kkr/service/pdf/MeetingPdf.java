package dk.kkr.service.pdf;

import dk.kkr.core.danish.DanishDates;
import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.Section;
import dk.kkr.core.text.Messages;
import dk.kkr.core.text.Sha256;
import dk.kkr.store.read.AnnexView;
import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.DocumentRef;
import dk.kkr.store.read.DocumentView;
import dk.kkr.store.read.ItemSpan;
import dk.kkr.store.read.ItemView;
import dk.kkr.store.read.MeetingView;
import dk.kkr.store.read.SectionView;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A meeting's agenda or minutes as a PDF, as the viewer of {@code reader} reads them — a closed item is its stub, a
 * closed annex its public title, to whoever may not read them, exactly as on the pages: a cover (the KKR, the meeting,
 * its time and place), a table of contents with page numbers, then each item with its case, its sections and its
 * annexes listed, and the annexes the viewer reads appended in item order, each page of one stamped with its number
 * ("Bilag 3.5.1"); every page numbered ("Side 3 af 22"), bookmarks for every item and annex. The agenda leaves the
 * decisions out; the minutes have them and, before the items, who attended (the part of the minutes before the first
 * item, without the lines of its title). Tagged and accessible (PDF/UA-1) and archivable (PDF/A-2u).
 */
public final class MeetingPdf {

    /** Which of the meeting's documents. */
    public enum Kind {
        /** The agenda: the meeting's agenda, or its minutes without the decisions when it has no agenda. */
        AGENDA,
        /** The minutes. */
        MINUTES
    }

    /** Longest annex text appended, in characters; a longer one is cut with a note of where to read the rest. */
    static final int MAX_ANNEX_TEXT = 200_000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** How many PDFs are kept once made. */
    static final int KEPT = 16;

    /**
     * The PDFs made lately, by a digest of everything each is made from (the meeting, the items and annexes as the
     * viewer reads them): the same content asked for again — by anyone, often the public — is not laid out again, and
     * any change to what a viewer reads (an edit, a closure, a publication) is new content. The least recently used
     * goes first.
     */
    private static final Map<String, byte[]> MADE = Collections.synchronizedMap(
            new LinkedHashMap<String, byte[]>(KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                    return size() > KEPT;
                }
            });

    private final ArchiveReader reader;

    /** PDFs as the viewer of {@code reader} reads the archive. */
    public MeetingPdf(ArchiveReader reader) {
        this.reader = reader;
    }

    /**
     * The PDF of the meeting's agenda or minutes; empty when the viewer reads no such document of the meeting. The
     * bytes may be shared with other callers: not to be changed.
     */
    public Optional<byte[]> write(long meetingId, Kind kind) {
        return reader.meeting(meetingId).flatMap(meeting -> source(meeting, kind)
                .flatMap(ref -> reader.document(ref.id()))
                .map(document -> render(meeting, document, kind)));
    }

    /** The document the PDF is made from. */
    private static Optional<DocumentRef> source(MeetingView meeting, Kind kind) {
        Optional<DocumentRef> minutes = meeting.documents().stream()
                .filter(d -> d.kind() == DocumentKind.MINUTES).findFirst();
        if (kind == Kind.MINUTES) {
            return minutes;
        }
        return meeting.documents().stream().filter(d -> d.kind() == DocumentKind.AGENDA).findFirst().or(() -> minutes);
    }

    /** One entry of the content: an item and the annexes of it that are appended. */
    private record Entry(ItemView item, List<Appended> annexes) {
    }

    /** An annex appended: its number ("3.5.1"), title and document. */
    private record Appended(String number, String title, DocumentView document) {
    }

    private byte[] render(MeetingView meeting, DocumentView document, Kind kind) {
        List<Entry> entries = new ArrayList<>();
        for (ItemSpan span : document.items()) {
            reader.item(span.id()).ifPresent(item -> {
                List<Appended> appended = new ArrayList<>();
                List<AnnexView> annexes = item.annexes();
                for (int a = 0; a < annexes.size(); a++) {
                    AnnexView annex = annexes.get(a);
                    String number = item.number() + "." + (a + 1);
                    if (!annex.cut() && annex.documentId() != null) {
                        reader.document(annex.documentId())
                                .ifPresent(d -> appended.add(new Appended(number, annex.title(), d)));
                    }
                }
                entries.add(new Entry(item, appended));
            });
        }
        String header = kind == Kind.MINUTES ? header(meeting, document) : "";
        return MADE.computeIfAbsent(Sha256.hex(kind + "\n" + meeting.meeting() + "\n" + header + "\n" + entries), key -> {
            // laid out twice: the first time to learn on which page each entry begins, for the table of contents
            List<Integer> pages = new Layout(meeting, kind, entries, header, null).pages();
            return new Layout(meeting, kind, entries, header, pages).bytes();
        });
    }

    /**
     * The part of the minutes before the first item, without its first paragraph when that is the title block (it
     * names the meeting's date): who attended, and what else the minutes state there.
     */
    private static String header(MeetingView meeting, DocumentView document) {
        int end = document.items().isEmpty() ? 0 : document.items().getFirst().span().start();
        String text = document.text().substring(0, Math.min(end, document.text().length())).strip();
        String[] paragraphs = text.split("\\n\\s*\\n", 2);
        if (paragraphs.length > 0 && paragraphs[0].contains(DanishDates.format(meeting.meeting().date()))) {
            return paragraphs.length > 1 ? paragraphs[1].strip() : "";
        }
        return text;
    }

    /** One laying out of the PDF; with the pages of the entries known ({@code pages}), the finished PDF. */
    private static final class Layout {

        private final TaggedPdf pdf;
        private final List<Integer> starts = new ArrayList<>();
        private final byte[] bytes;

        Layout(MeetingView meeting, Kind kind, List<Entry> entries, String header, List<Integer> pages) {
            String label = kind == Kind.MINUTES ? Messages.text("pdf.minutes") : Messages.text("pdf.agenda");
            String date = DanishDates.format(meeting.meeting().date());
            String title = Messages.text("pdf.title", label, meeting.meeting().bodyName(), date);
            try (TaggedPdf pdf = new TaggedPdf(title)) {
                this.pdf = pdf;
                PDStructureElement root = pdf.root();
                cover(root, meeting, label, date);
                contents(root, entries, pages);
                if (!header.isBlank()) {
                    pdf.newPage();
                    pdf.bookmark(null, Messages.text("pdf.attendance"));
                    PDStructureElement section = pdf.element("Sect", root);
                    pdf.text(section, "H2", Messages.text("pdf.attendance"), pdf.bold, 16);
                    paragraphs(section, header);
                }
                items(root, kind, entries);
                annexes(root, entries);
                bytes = pages == null ? null : pdf.finish();
            }
        }

        /** The page (from 1) on which each entry begins: its items, then its appended annexes. */
        List<Integer> pages() {
            return starts;
        }

        byte[] bytes() {
            return bytes;
        }

        private void cover(PDStructureElement root, MeetingView meeting, String label, String date) {
            pdf.newPage();
            pdf.bookmark(null, Messages.text("pdf.cover"));
            PDStructureElement cover = pdf.element("Sect", root);
            pdf.space(120, 0);
            pdf.text(cover, "P", meeting.meeting().bodyName(), pdf.bold, 20);
            pdf.text(cover, "H1", label, pdf.bold, 32);
            pdf.space(10, 0);
            pdf.text(cover, "P", meeting.meeting().time() == null ? Messages.text("pdf.date", date)
                    : Messages.text("pdf.dateTime", date, TIME.format(meeting.meeting().time())), pdf.regular, 14);
            if (meeting.meeting().location() != null) {
                pdf.text(cover, "P", Messages.text("pdf.place", meeting.meeting().location()), pdf.regular, 14);
            }
        }

        /** The table of contents, on its own pages: every item and annex with the page it begins on. */
        private void contents(PDStructureElement root, List<Entry> entries, List<Integer> pages) {
            pdf.newPage();
            pdf.bookmark(null, Messages.text("pdf.contents"));
            PDStructureElement section = pdf.element("Sect", root);
            pdf.text(section, "H2", Messages.text("pdf.contents"), pdf.bold, 16);
            PDStructureElement toc = pdf.element("TOC", section);
            int at = 0;
            for (Entry entry : entries) {
                String page = pages == null ? "0" : pages.get(at).toString();
                at++;
                pdf.line(toc, "TOCI", entry.item().number() + "  " + entry.item().title(), page,
                        entry.item().parent() == null ? pdf.bold : pdf.regular, 10.5f);
            }
            for (Entry entry : entries) {
                for (Appended annex : entry.annexes()) {
                    String page = pages == null ? "0" : pages.get(at).toString();
                    at++;
                    pdf.line(toc, "TOCI", Messages.text("pdf.annexLine", annex.number(), annex.title()), page,
                            pdf.regular, 10.5f);
                }
            }
        }

        private void items(PDStructureElement root, Kind kind, List<Entry> entries) {
            PDOutlineItem group = null;
            PDStructureElement groupSection = root;
            boolean first = true;
            for (Entry entry : entries) {
                ItemView item = entry.item();
                boolean isGroup = item.parent() == null;
                if (isGroup || first || pdf.y() < TaggedPdf.BOTTOM + 160) {
                    pdf.newPage();
                } else {
                    pdf.space(18, 80);
                }
                first = false;
                starts.add(pdf.pageCount());
                String heading = item.number() + " " + item.title();
                PDOutlineItem mark = pdf.bookmark(isGroup ? null : group, heading);
                PDStructureElement section = pdf.element("Sect", isGroup ? root : groupSection);
                if (isGroup) {
                    group = mark;
                    groupSection = section;
                }
                pdf.text(section, isGroup ? "H2" : "H3", heading, pdf.bold, isGroup ? 16 : 13);
                if (item.isStub()) {
                    pdf.text(section, "P", Messages.text("closedItem.stubBanner", item.closure().legalBasis()),
                            pdf.regular, 10.5f);
                    if (kind == Kind.MINUTES && item.closure().publicDecision() != null) {
                        pdf.text(section, "P", Messages.text("decision.published", item.closure().publicDecision()),
                                pdf.regular, 10.5f);
                    }
                    continue;
                }
                if (item.caseNumber() != null) {
                    pdf.text(section, "P", item.caseOwner() == null ? item.caseNumber()
                            : item.caseNumber() + " " + item.caseOwner(), pdf.regular, 9.5f);
                }
                if (item.closure() != null) {
                    pdf.text(section, "P", Messages.text("closure.banner", item.closure().publicTitle(),
                            item.closure().legalBasis()), pdf.regular, 9.5f);
                }
                if (item.changedAfterRelease() != null) {
                    pdf.text(section, "P", Messages.text("item.changedAfterRelease",
                            DanishDates.format(item.changedAfterRelease())), pdf.regular, 9.5f);
                }
                for (SectionView part : item.sections()) {
                    boolean decision = part.heading().equals(Section.DECISION);
                    if (part.heading().equals(Section.ANNEXES) || decision && kind == Kind.AGENDA) {
                        continue;
                    }
                    pdf.space(4, 40);
                    pdf.text(section, "H4", part.heading(), pdf.bold, 11);
                    paragraphs(section, part.text());
                }
                if (!item.annexes().isEmpty()) {
                    pdf.space(4, 40);
                    pdf.text(section, "H4", Section.ANNEXES, pdf.bold, 11);
                    for (int a = 0; a < item.annexes().size(); a++) {
                        AnnexView annex = item.annexes().get(a);
                        String number = item.number() + "." + (a + 1);
                        pdf.text(section, "P", annex.cut()
                                ? Messages.text("closedAnnex.public", annex.title(), annex.closure().legalBasis())
                                : Messages.text("pdf.annexLine", number, annex.title()), pdf.regular, 10.5f);
                    }
                }
            }
        }

        /** The annexes appended, each from a new page, each page stamped with the annex's number. */
        private void annexes(PDStructureElement root, List<Entry> entries) {
            PDOutlineItem all = null;
            PDStructureElement section = null;
            for (Entry entry : entries) {
                for (Appended annex : entry.annexes()) {
                    String stamp = Messages.text("pdf.stamp", annex.number());
                    pdf.newPage(stamp);
                    if (all == null) {
                        all = pdf.bookmark(null, Messages.text("pdf.annexes"));
                        section = pdf.element("Sect", root);
                        pdf.text(section, "H2", Messages.text("pdf.annexes"), pdf.bold, 16);
                    }
                    starts.add(pdf.pageCount());
                    String heading = Messages.text("pdf.annexLine", annex.number(), annex.title());
                    pdf.bookmark(all, heading);
                    PDStructureElement part = pdf.element("Sect", section);
                    pdf.text(part, "H3", heading, pdf.bold, 13);
                    String text = annex.document().text();
                    if (text.length() > MAX_ANNEX_TEXT) {
                        paragraphs(part, text.substring(0, MAX_ANNEX_TEXT));
                        pdf.text(part, "P", Messages.text("pdf.annexCut", annex.document().id()), pdf.bold, 10.5f);
                    } else {
                        paragraphs(part, text);
                    }
                }
            }
        }

        /** A text as paragraphs (apart where the text has a blank line), each tagged P. */
        private void paragraphs(PDStructureElement parent, String text) {
            for (String paragraph : text.strip().split("\\n\\s*\\n")) {
                if (!paragraph.isBlank()) {
                    pdf.text(parent, "P", paragraph.strip(), pdf.regular, 10.5f);
                }
            }
        }
    }
}
