package dk.kkr.core.parse;

import dk.kkr.core.model.Attendance;
import dk.kkr.core.model.AttendanceNote;
import dk.kkr.core.model.Participant;
import dk.kkr.core.model.Span;
import dk.kkr.core.danish.ReferenceData;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who attended a meeting from its minutes (or agenda). In the header, before the first item, a
 * list heading ("Deltagere:", "Afbud:", "Afbud fra:", "Fraværende:", "Desuden deltog:", "Fra
 * sekretariatet deltog:") is followed by its entries, one a line (bullets allowed, blank lines allowed
 * between bullets) or written on the heading's own line, set apart by semicolons. An entry is a person
 * with an optional title ("Borgmester"), then, after commas, the municipality ("Vejle Kommune") and
 * remarks in parentheses; one line may name several people ("Borgmester A, X Kommune, borgmester B").
 * Anywhere in the text, a statement "NAME forlod mødet under behandling af / efter pkt. N" or "NAME
 * mødte / deltog under behandling af / fra pkt. N" notes a change of attendance, also as a remark in
 * parentheses after a listed person. Stateless.
 */
final class AttendanceReader {

    private enum Group {
        PRESENT, ABSENT, OTHERS
    }

    /** A list heading: its label, then perhaps the entries on the same line ({@code grammar.tsv}). */
    static final Pattern LIST_HEADING = Grammar.STANDARD.pattern("attendance-heading");

    /**
     * The verb, how it relates to an item and the item's number: "forlod mødet under behandling af pkt. 3.2"
     * ({@code grammar.tsv}); found anywhere in a line.
     */
    static final Pattern CHANGE = Grammar.STANDARD.pattern("attendance-change");

    /** A remark in parentheses, e.g. "(formand)". */
    private static final Pattern REMARK = Pattern.compile("\\([^)]*\\)");

    /** Where a sentence ends, so what follows may be a statement's subject. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]\\s|\\n\\s*\\n");

    private AttendanceReader() {
    }

    /**
     * The attendance the text states: lists in the header (lines before {@code headerEnd}), notes
     * anywhere; null when it states none.
     */
    static Attendance read(Scan scan, int headerEnd) {
        List<List<Participant>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<AttendanceNote> notes = new ArrayList<>();
        for (int i = 0; i < headerEnd; i++) {
            Matcher heading = LIST_HEADING.matcher(LineClassifier.clean(scan.line(i).trimmed()));
            if (!heading.matches()) {
                continue;
            }
            List<Participant> group = groups.get(group(heading.group(1)).ordinal());
            boolean inline = !heading.group(2).isBlank();
            if (inline) {
                Line line = scan.line(i);
                for (Span entry : split(line, line.text().lastIndexOf(heading.group(2)))) {
                    readEntry(scan.text(), entry, group, notes);
                }
            }
            for (int k : listLines(scan, inline ? i + 1 : scan.nextNonBlank(i + 1), headerEnd)) {
                readEntry(scan.text(), scan.line(k).withoutBullet(), group, notes);
                i = k;
            }
        }
        readStatements(scan.text(), notes);
        notes.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        if (groups.stream().allMatch(List::isEmpty) && notes.isEmpty()) {
            return null;
        }
        return new Attendance(groups.get(0), groups.get(1), groups.get(2), notes);
    }

    private static Group group(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.startsWith("afbud") || l.equals("fraværende")) {
            return Group.ABSENT;
        }
        return l.equals("deltagere") || l.equals("til stede") ? Group.PRESENT : Group.OTHERS;
    }

    /**
     * The lines of a list from line {@code from} on: lines of text, up to a blank line, another list heading
     * or any other kind of line. Blank lines may stand between bullet lines. Below a heading that holds no
     * entries, the list opens at the first line that is not blank.
     */
    private static List<Integer> listLines(Scan scan, int from, int end) {
        List<Integer> lines = new ArrayList<>();
        boolean bullets = true;
        for (int i = from; i >= 0 && i < end; i++) {
            Line line = scan.line(i);
            if (line.isBlank()) {
                int next = scan.nextNonBlank(i);
                if (!bullets || next < 0 || !Line.opensListItem(scan.line(next).trimmed())) {
                    break;
                }
                continue;
            }
            String cleaned = LineClassifier.clean(line.trimmed());
            if (!(scan.form(i) instanceof LineForm.Text) || LIST_HEADING.matcher(cleaned).matches()) {
                break;
            }
            bullets &= Line.opensListItem(line.trimmed());
            lines.add(i);
        }
        return lines;
    }

    /** The entries written on a heading's line from character {@code from}: set apart by semicolons. */
    private static List<Span> split(Line line, int from) {
        List<Span> spans = new ArrayList<>();
        int at = from;
        for (int semicolon = line.text().indexOf(';', at); semicolon >= 0;
             semicolon = line.text().indexOf(';', at)) {
            spans.add(line.span(at, semicolon));
            at = semicolon + 1;
        }
        spans.add(line.span(at, line.text().length()));
        return spans;
    }

    /**
     * Reads one entry: its comma-separated parts in order. A part naming a municipality belongs to the
     * person before it; any other part that reads as a name opens the next person; remarks in parentheses
     * may note a change of attendance.
     */
    private static void readEntry(String text, Span entry, List<Participant> group, List<AttendanceNote> notes) {
        String written = entry.of(text);
        Person current = null;
        int at = 0;
        while (at <= written.length()) {
            int comma = commaOutsideParentheses(written, at);
            int partEnd = comma < 0 ? written.length() : comma;
            String part = written.substring(at, partEnd);
            String plain = REMARK.matcher(part).replaceAll("").strip();
            Span partSpan = trim(text, entry.start() + at, entry.start() + partEnd);
            var municipality = plain.isEmpty() ? null : ReferenceData.municipality(plain).orElse(null);
            if (municipality != null) {
                if (current != null && current.municipality == null) {
                    current.municipality = municipality.name();
                    current.span = current.span.union(partSpan);
                }
            } else {
                Person person = Person.of(plain, partSpan);
                if (person != null) {
                    if (current != null) {
                        group.add(current.participant());
                    }
                    current = person;
                } else if (current != null) {
                    current.span = current.span.union(partSpan);
                }
            }
            if (current != null) {
                Matcher remark = REMARK.matcher(part);
                while (remark.find()) {
                    Matcher change = CHANGE.matcher(remark.group());
                    if (change.find()) {
                        int start = entry.start() + at + remark.start();
                        notes.add(note(current.name, change, new Span(start, start + remark.group().length())));
                    }
                }
            }
            at = partEnd + 1;
        }
        if (current != null) {
            group.add(current.participant());
        }
    }

    private static int commaOutsideParentheses(String s, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static Span trim(String text, int start, int end) {
        int a = start;
        int b = end;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return new Span(a, b);
    }

    /**
     * The statements of a change of attendance in running text: the verb phrase, and before it, back to
     * where the sentence starts, its subject, one or more people ("A og B"). Statements in the remarks of
     * list entries are among {@code notes} already.
     */
    private static void readStatements(String text, List<AttendanceNote> notes) {
        Matcher change = CHANGE.matcher(text);
        while (change.find()) {
            int at = change.start();
            if (notes.stream().anyMatch(n -> n.span().start() <= at && at < n.span().end())) {
                continue;
            }
            int start = sentenceStart(text, at);
            String subject = text.substring(start, at).strip();
            List<String> names = new ArrayList<>();
            for (String who : subject.split("\\s*,\\s*|\\s+og\\s+")) {
                Person person = Person.of(REMARK.matcher(who).replaceAll(""), new Span(start, at));
                if (person == null) {
                    names.clear();
                    break;
                }
                names.add(person.name);
            }
            int first = start + text.substring(start, at).indexOf(subject);
            for (String name : names) {
                notes.add(note(name, change, new Span(first, change.end())));
            }
        }
    }

    /** Where the sentence holding position {@code at} starts (after a bullet, if the line opens with one). */
    private static int sentenceStart(String text, int at) {
        int start = 0;
        Matcher end = SENTENCE_END.matcher(text.substring(0, at));
        while (end.find()) {
            start = end.end();
        }
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        if (lineStart > start) {
            Line line = new Line(0, lineStart, at, text.substring(lineStart, at));
            start = line.withoutBullet().start();
        }
        return start;
    }

    private static AttendanceNote note(String name, Matcher change, Span span) {
        boolean left = change.group(1).equalsIgnoreCase("forlod");
        String relation = change.group(2).toLowerCase(Locale.ROOT);
        boolean during = relation.startsWith("under");
        return new AttendanceNote(name, left ? AttendanceNote.Kind.LEFT : AttendanceNote.Kind.ARRIVED,
                change.group(3), during, span);
    }

    /** A person as written: an optional title, then a name of capitalised words. */
    private static final class Person {
        final String name;
        final String role;
        String municipality;
        Span span;

        private Person(String name, String role, Span span) {
            this.name = name;
            this.role = role;
            this.span = span;
        }

        /** The person a part of an entry names, or null when the part is no name. */
        static Person of(String written, Span span) {
            String[] words = written.strip().split("\\s+");
            String role = Vocabulary.role(words[0]).orElse(null);
            int first = role == null ? 0 : 1;
            if (words.length - first < 1 || role == null && words.length < 2) {
                return null;
            }
            for (int k = first; k < words.length; k++) {
                if (!Character.isUpperCase(words[k].codePointAt(0))) {
                    return null;
                }
            }
            String name = String.join(" ", List.of(words).subList(first, words.length));
            return new Person(name, role, span);
        }

        Participant participant() {
            return new Participant(name, role, municipality, span);
        }
    }
}
