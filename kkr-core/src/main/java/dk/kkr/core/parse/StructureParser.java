package dk.kkr.core.parse;

import dk.kkr.core.danish.DanishDates;
import dk.kkr.core.model.Attendance;
import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.EmbeddedDocument;
import dk.kkr.core.model.MeetingInfo;
import dk.kkr.core.model.ParsedDocument;
import dk.kkr.core.model.ParsedItem;
import dk.kkr.core.model.SourceText;
import dk.kkr.core.model.Span;
import dk.kkr.core.danish.KkrBody;
import dk.kkr.core.danish.ReferenceData;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * Reads the structure of a council document's text: what kind of document it is, which KKR, the meeting
 * header, the agenda items with their case lines, sections and annexes, the attendance a meeting document
 * states, and the memos inside an annex bundle. A cascade: each line is classified by its shape ({@link LineClassifier}), then assemblers read
 * items, covers and letterheads from the classified lines. Everything found carries a span into
 * {@code source.text()}.
 *
 * <p>Stateless and thread-safe; does no I/O. Never throws on odd text: what it cannot read it leaves out.
 */
public final class StructureParser {

    public ParsedDocument parse(SourceText source) {
        Scan scan = Scan.of(source.text());
        List<Letterheads.Block> letterheads = Letterheads.find(scan);
        AnnexBundleAssembler.Bundle bundle = AnnexBundleAssembler.read(scan);
        List<EmbeddedDocument> memos = MemoAssembler.assemble(scan, letterheads, bundle.covers());
        TableOfContents toc = TableOfContents.find(scan);
        List<ParsedItem> agendaItems = AgendaAssembler.assemble(scan, toc);
        int headerEnd = headerEnd(scan, toc, agendaItems);
        Header header = header(scan, headerEnd, letterheads);

        DocumentKind kind;
        List<ParsedItem> items;
        if (AnnexBundleAssembler.hasAnnexToc(scan) || header.kind == null && !bundle.covers().isEmpty()) {
            kind = DocumentKind.ANNEX_BUNDLE;
            items = bundle.items();
            memos = AnnexMemos.assemble(scan, items, bundle.covers(), memos);
        } else if (header.kind != null || agendaItems.stream().anyMatch(i -> i.caseId() != null)) {
            kind = agendaItems.stream().anyMatch(StructureParser::hasDecision) ? DocumentKind.MINUTES
                    : header.kind == null ? DocumentKind.AGENDA : header.kind;
            items = agendaItems;
        } else {
            kind = DocumentKind.OTHER;
            items = List.of();
        }
        KkrBody body = header.body != null ? header.body : mostMentioned(source.text());
        MeetingInfo meeting = kind == DocumentKind.AGENDA || kind == DocumentKind.MINUTES ? header.meeting() : null;
        String bodyName = body == null ? null : body.name();
        Attendance attendance = kind == DocumentKind.AGENDA || kind == DocumentKind.MINUTES
                ? AttendanceReader.read(scan, headerEnd) : null;
        return new ParsedDocument(kind, title(kind, bodyName, meeting, scan), bodyName, meeting, items, memos,
                attendance);
    }

    private static boolean hasDecision(ParsedItem item) {
        return item.sections().stream().anyMatch(s -> s.heading().equals(Vocabulary.DECISION_SECTION));
    }

    /** The header is what stands before the first table-of-contents line or item. */
    private static int headerEnd(Scan scan, TableOfContents toc, List<ParsedItem> items) {
        int end = toc.isEmpty() ? scan.size() : toc.first();
        for (int i = 0; i < end; i++) {
            if (scan.form(i) instanceof LineForm.TocEntry || scan.form(i) instanceof LineForm.TocHeading) {
                end = i;
                break;
            }
        }
        if (!items.isEmpty()) {
            end = Math.min(end, scan.lineAt(items.get(0).titleSpan().start()));
        }
        return end;
    }

    /** What a meeting document's header says: kind, body, date, time, place, and where it stands. */
    private static final class Header {
        DocumentKind kind;
        KkrBody body;
        LocalDate date;
        LocalTime time;
        String location;
        Span span;

        void cover(Span s) {
            span = span == null ? s : span.union(s);
        }

        MeetingInfo meeting() {
            return date == null && location == null ? null : new MeetingInfo(date, time, location, span);
        }
    }

    private static Header header(Scan scan, int end, List<Letterheads.Block> letterheads) {
        Header header = new Header();
        for (int i = 0; i < end; i++) {
            int line = i;
            if (letterheads.stream().anyMatch(b -> b.covers(line))) {
                continue;
            }
            Span span = scan.line(i).span();
            switch (scan.form(i)) {
                case LineForm.DocumentHeading h when header.kind == null -> {
                    header.kind = h.kind();
                    header.cover(span);
                }
                case LineForm.BodyName b when header.body == null -> {
                    header.body = b.body();
                    header.cover(span);
                }
                case LineForm.Field f when f.name() == LineForm.FieldName.DATE && header.date == null -> {
                    header.date = DanishDates.findDate(f.value()).orElse(null);
                    header.time = DanishDates.findTime(f.value()).orElse(header.time);
                    header.cover(span);
                }
                case LineForm.Field f when f.name() == LineForm.FieldName.TIME && header.time == null -> {
                    header.time = DanishDates.findTime(f.value()).orElse(null);
                    header.cover(span);
                }
                case LineForm.Field f when f.name() == LineForm.FieldName.PLACE && header.location == null -> {
                    header.location = f.value();
                    header.cover(span);
                }
                default -> {
                }
            }
        }
        return header;
    }

    /** The KKR the text names most often, by name or by its web address ("kkr-hovedstaden"). */
    private static KkrBody mostMentioned(String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        KkrBody best = null;
        int bestCount = 0;
        for (KkrBody body : ReferenceData.bodies()) {
            int count = occurrences(folded, body.name().toLowerCase(Locale.ROOT))
                    + occurrences(folded, "kkr-" + body.slug());
            if (count > bestCount) {
                best = body;
                bestCount = count;
            }
        }
        return best;
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            count++;
        }
        return count;
    }

    /** "Dagsorden, KKR Hovedstaden 7. september 2020", "Bilag, KKR Hovedstaden", or the first line of text. */
    private static String title(DocumentKind kind, String body, MeetingInfo meeting, Scan scan) {
        String title = title(kind, body, meeting);
        return title == null ? firstMeaningfulLine(scan) : title;
    }

    /**
     * "Dagsorden, KKR Hovedstaden 7. september 2020", "Bilag, KKR Hovedstaden": the title of an agenda, minutes or
     * annex bundle, from its KKR and meeting (either may be null); null for another kind.
     */
    static String title(DocumentKind kind, String body, MeetingInfo meeting) {
        String label = switch (kind) {
            case AGENDA -> Vocabulary.AGENDA;
            case MINUTES -> Vocabulary.MINUTES;
            case ANNEX_BUNDLE -> "Bilag";
            default -> null;
        };
        if (label == null) {
            return null;
        }
        StringBuilder title = new StringBuilder(label);
        if (body != null) {
            title.append(", ").append(body);
        }
        if (meeting != null && meeting.date() != null) {
            title.append(body != null ? " " : ", ").append(DanishDates.format(meeting.date()));
        }
        return title.toString();
    }

    private static String firstMeaningfulLine(Scan scan) {
        for (int i = 0; i < scan.size(); i++) {
            LineForm form = scan.form(i);
            if (!(form instanceof LineForm.Blank || form instanceof LineForm.Furniture
                    || form instanceof LineForm.TableRow)) {
                String text = LineClassifier.clean(scan.line(i).trimmed());
                if (text.chars().anyMatch(Character::isLetter)) {
                    return text;
                }
            }
        }
        return null;
    }
}
