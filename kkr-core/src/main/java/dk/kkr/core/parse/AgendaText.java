package dk.kkr.core.parse;

import dk.kkr.core.danish.DanishDates;
import dk.kkr.core.extract.CaseIdRecogniser;
import dk.kkr.core.model.AnnexRef;
import dk.kkr.core.model.Attendance;
import dk.kkr.core.model.AuthoredAgenda;
import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.MeetingInfo;
import dk.kkr.core.model.ParsedDocument;
import dk.kkr.core.model.ParsedItem;
import dk.kkr.core.model.Section;
import dk.kkr.core.model.Span;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an {@link AuthoredAgenda} as the text of an agenda, the way KKR agendas are written and the way
 * {@link StructureParser} reads them: the KKR, "Dagsorden", the date and the place, then each group and item with its
 * number ("3.2."), its case line ("SAG-2027-00012 abcd"), its sections in the fixed order of the vocabulary (Baggrund,
 * Indstilling, Sagsfremstilling, Bilag — the annexes, one a line — Beslutning), paragraphs apart; an item changed after
 * the agenda was released says so under its case line ("Ændret efter udsendelse 7. december 2026"). Written as
 * minutes, it is headed "Referat", lists who attended and who sent their apologies before the first item, and carries
 * each item's decision as its "Beslutning" section. An item's span runs
 * from its number to the end of its last section; a group's covers its heading, as the parser's spans do. With the text comes
 * its structure, every span exact, so nothing is parsed back: the written agenda is stored as any parsed one is.
 */
public final class AgendaText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private AgendaText() {
    }

    /**
     * Whether {@code caseId} with {@code caseOwner} (may be null) is read back as that case and owner: the parser takes
     * it for an item's case line, and the case id recogniser finds the same id and owner in it.
     */
    public static boolean readsAsCaseLine(String caseId, String caseOwner) {
        String line = caseOwner == null ? caseId : caseId + " " + caseOwner;
        return Grammar.STANDARD.pattern("case-line").matcher(line).matches()
                && new CaseIdRecogniser().recognise(line).stream().anyMatch(m -> m.span().start() == 0
                && m.span().end() == line.length() && m.caseId().equals(caseId)
                && java.util.Objects.equals(m.owner(), caseOwner));
    }

    /** Whether an item titled {@code title} approves the minutes of the meeting before ("Godkendelse af referat"). */
    public static boolean approvesMinutes(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).contains(Vocabulary.MINUTES.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The platform's agenda template, for a KKR whose secretariat has not kept one of its own: the groups and standing
     * items every KKR agenda has (from {@code agenda-template.tsv}).
     */
    public static List<AuthoredAgenda.Entry> standardTemplate() {
        return TEMPLATE;
    }

    private static final List<AuthoredAgenda.Entry> TEMPLATE = readTemplate();

    private static List<AuthoredAgenda.Entry> readTemplate() {
        try (var in = AgendaText.class.getResourceAsStream("agenda-template.tsv")) {
            List<AuthoredAgenda.Entry> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                entries.add(AuthoredAgenda.Entry.titled(fields[0].equals("group"), fields[1].strip()));
            }
            return List.copyOf(entries);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text of an agenda and its structure, every span pointing into the text. */
    public record Written(String text, ParsedDocument structure) {
    }

    /** Writes {@code agenda}: as its minutes once they are released, with who attended and the decisions. */
    public static Written write(AuthoredAgenda agenda) {
        StringBuilder text = new StringBuilder();
        text.append(agenda.body()).append('\n').append(agenda.minutes() ? Vocabulary.MINUTES : Vocabulary.AGENDA)
                .append('\n');
        int meetingStart = text.length();
        text.append(Vocabulary.DATE_FIELD).append(' ').append(DanishDates.format(agenda.date()));
        if (agenda.time() != null) {
            text.append(' ').append(Vocabulary.TIME_WORD).append(' ').append(TIME.format(agenda.time()));
        }
        text.append('\n');
        if (agenda.place() != null && !agenda.place().isBlank()) {
            text.append(Vocabulary.PLACE_FIELD).append(' ').append(oneLine(agenda.place())).append('\n');
        }
        MeetingInfo meeting = new MeetingInfo(agenda.date(), agenda.time(),
                agenda.place() == null || agenda.place().isBlank() ? null : oneLine(agenda.place()),
                new Span(meetingStart, text.length() - 1));
        text.append('\n');
        int headerEnd = text.length();
        if (agenda.minutes()) {
            attendance(text, agenda.attendees());
        }
        String attendanceLists = text.substring(headerEnd);

        List<ParsedItem> items = new ArrayList<>();
        int group = 0;
        int item = 0;
        for (AuthoredAgenda.Entry entry : agenda.entries()) {
            String number;
            if (entry.group()) {
                group++;
                item = 0;
                number = Integer.toString(group);
            } else {
                item++;
                number = group + "." + item;
            }
            items.add(entry(text, number, entry));
        }
        String written = text.toString();
        DocumentKind kind = agenda.minutes() ? DocumentKind.MINUTES : DocumentKind.AGENDA;
        // who attended is read from the lists as the parser reads them (the lines before the first item)
        Attendance attendance = attendanceLists.isEmpty() ? null : AttendanceReader.read(Scan.of(written),
                (int) written.substring(0, headerEnd + attendanceLists.length()).chars().filter(c -> c == '\n').count());
        return new Written(written, new ParsedDocument(kind, StructureParser.title(kind, agenda.body(), meeting),
                agenda.body(), meeting, items, List.of(), attendance));
    }

    /**
     * Appends the minutes' lists of who attended ("Deltagere:", the deputies with whom they stood in for) and who sent
     * their apologies ("Afbud:"), a person a line, a blank line after each list.
     */
    private static void attendance(StringBuilder text, List<AuthoredAgenda.Attendee> attendees) {
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (AuthoredAgenda.Attendee attendee : attendees) {
            String municipality = attendee.municipality() == null ? ""
                    : ", " + oneLine(attendee.municipality()) + " " + Vocabulary.MUNICIPALITY_WORD;
            if (attendee.present()) {
                present.add(oneLine(attendee.name()) + municipality);
            } else {
                absent.add(oneLine(attendee.name()) + municipality);
                if (attendee.deputy() != null && !attendee.deputy().isBlank()) {
                    present.add(oneLine(attendee.deputy()) + municipality + " (" + Vocabulary.DEPUTY_FOR + " "
                            + oneLine(attendee.name()) + ")");
                }
            }
        }
        for (var list : List.of(java.util.Map.entry(Vocabulary.PRESENT_HEADING, present),
                java.util.Map.entry(Vocabulary.ABSENT_HEADING, absent))) {
            if (!list.getValue().isEmpty()) {
                text.append(list.getKey()).append('\n');
                list.getValue().forEach(line -> text.append(line).append('\n'));
                text.append('\n');
            }
        }
    }

    /** Appends one group or item, a blank line after it; its structure. */
    private static ParsedItem entry(StringBuilder text, String number, AuthoredAgenda.Entry entry) {
        int start = text.length();
        text.append(number).append(". ");
        int titleStart = text.length();
        text.append(oneLine(entry.title()));
        Span titleSpan = new Span(titleStart, text.length());
        text.append("\n\n");
        if (entry.caseId() != null) {
            text.append(entry.caseId());
            if (entry.caseOwner() != null) {
                text.append(' ').append(entry.caseOwner());
            }
            text.append("\n\n");
        }
        if (entry.changedAfterRelease() != null) {
            text.append(Vocabulary.CHANGED_AFTER_RELEASE).append(' ')
                    .append(DanishDates.format(entry.changedAfterRelease())).append("\n\n");
        }
        List<Section> sections = new ArrayList<>();
        List<AnnexRef> annexes = new ArrayList<>();
        for (String heading : Vocabulary.SECTION_HEADINGS) {
            boolean annexSection = heading.equals(Vocabulary.ANNEX_SECTION);
            String body = annexSection ? null : paragraphs(entry.sections().get(heading));
            if (annexSection ? entry.annexes().isEmpty() : body == null) {
                continue;
            }
            int sectionStart = text.length();
            text.append(heading).append("\n\n");
            if (annexSection) {
                List<String> titles = new ArrayList<>();
                for (String annex : entry.annexes()) {
                    int annexStart = text.length();
                    text.append(oneLine(annex));
                    annexes.add(new AnnexRef(oneLine(annex), new Span(annexStart, text.length())));
                    titles.add(oneLine(annex));
                    text.append('\n');
                }
                body = String.join("\n\n", titles);
            } else {
                text.append(body).append('\n');
            }
            sections.add(new Section(heading, body, new Span(sectionStart, text.length() - 1)));
            text.append('\n');
        }
        int end = text.length();
        while (text.charAt(end - 1) == '\n') {
            end--;
        }
        Span span = new Span(start, end);
        return new ParsedItem(number, oneLine(entry.title()), entry.caseId(), entry.caseOwner(), sections, annexes,
                span, titleSpan);
    }

    /** A text as paragraphs: lines stripped, runs of blank lines made one; null when there is no text. */
    private static String paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().replace("\r\n", "\n").replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
    }

    /** A title or place on one line. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
