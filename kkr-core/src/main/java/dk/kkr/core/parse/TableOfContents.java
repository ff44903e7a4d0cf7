package dk.kkr.core.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agenda's table of contents: the run of numbered entries that opens the agenda after its header, blank
 * lines allowed between them. The run ends at a line of any other kind, or at a number it has already
 * listed, where the body starts over. Each entry must show that it is one: by its shape (a tab or dot
 * leader before the page number, {@link LineForm.TocEntry}), or, written like an item heading, by ending
 * in a page number after a plain space (the pages never decreasing) or by re-appearing as a heading in
 * the body. Two such entries, or one by its shape, make a table of contents. Stateless.
 *
 * @param first   the line of the first entry, -1 when there is no table of contents
 * @param last    the line of the last entry
 * @param entries the entries in order, their titles without page numbers
 */
record TableOfContents(int first, int last, List<Entry> entries) {

    record Entry(String number, String title) {
    }

    private static final TableOfContents NONE = new TableOfContents(-1, -1, List.of());

    /** A title and the page number after it; four digits are a year, not a page. */
    private static final Pattern PAGED = Pattern.compile("^(.*\\S)\\s+(\\d{1,3})$");

    static TableOfContents find(Scan scan) {
        List<Integer> run = run(scan);
        if (run.isEmpty()) {
            return NONE;
        }
        int last = run.get(run.size() - 1);
        List<Entry> entries = new ArrayList<>();
        boolean shaped = false;
        int page = 0;
        for (int line : run) {
            if (scan.form(line) instanceof LineForm.TocEntry t) {
                entries.add(new Entry(t.number(), t.title()));
                shaped = true;
                continue;
            }
            LineForm.ItemHeading h = (LineForm.ItemHeading) scan.form(line);
            String body = bodyTitle(scan, last, h.number());
            Matcher paged = PAGED.matcher(h.title());
            if (body != null && Vocabulary.fold(body).equals(Vocabulary.fold(h.title()))) {
                entries.add(new Entry(h.number(), h.title()));
            } else if (paged.matches() && Integer.parseInt(paged.group(2)) >= page) {
                page = Integer.parseInt(paged.group(2));
                entries.add(new Entry(h.number(), paged.group(1)));
            } else if (body != null && Vocabulary.alike(body, h.title())) {
                entries.add(new Entry(h.number(), h.title()));
            } else {
                return NONE;
            }
        }
        return shaped || entries.size() >= 2 ? new TableOfContents(run.get(0), last, entries) : NONE;
    }

    /** The lines of the first run of entry-shaped lines, up to a number that repeats. */
    private static List<Integer> run(Scan scan) {
        List<Integer> run = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < scan.size(); i++) {
            LineForm form = scan.form(i);
            String number = switch (form) {
                case LineForm.TocEntry t -> t.number();
                case LineForm.ItemHeading h -> h.number();
                default -> null;
            };
            if (number != null && numbers.add(number)) {
                run.add(i);
            } else if (!run.isEmpty() && !(form instanceof LineForm.Blank)) {
                break;
            }
        }
        return run;
    }

    /** The title of the first item heading numbered {@code number} after line {@code after}, or null. */
    private static String bodyTitle(Scan scan, int after, String number) {
        for (int i = after + 1; i < scan.size(); i++) {
            if (scan.form(i) instanceof LineForm.ItemHeading h && h.number().equals(number)) {
                return h.title();
            }
        }
        return null;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Whether line {@code line} is one of the table's lines. */
    boolean covers(int line) {
        return line >= first && line <= last;
    }

    /** Where the table lists {@code number}, or -1. */
    int position(String number) {
        for (int k = 0; k < entries.size(); k++) {
            if (entries.get(k).number().equals(number)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a heading agrees with the table: the table does not list its number, or lists a like title. */
    boolean agrees(LineForm.ItemHeading heading) {
        int at = position(heading.number());
        return at < 0 || Vocabulary.alike(entries.get(at).title(), heading.title());
    }
}
