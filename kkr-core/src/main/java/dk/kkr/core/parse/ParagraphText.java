package dk.kkr.core.parse;

import dk.kkr.core.model.Span;
import dk.kkr.core.parse.Paragraphs.Marker;
import dk.kkr.core.parse.Paragraphs.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gathers one paragraph's lines: joins them, making a word hyphenated at a line break whole again while a
 * suspended compound keeps its hyphen, and takes out the footnote markers glued to words. Cost linear in the
 * paragraph. Not thread-safe: one builder a paragraph.
 */
final class ParagraphText {

    /** Digits glued to a word or to the punctuation right after one, standing before a break or punctuation. */
    private static final Pattern MARKER = Pattern.compile(
            "(?<=\\p{Ll}|\\p{L}[.)\u201d\"'\u2019])(\\d{1,2})(?=[\\s.,;:)]|$)");

    /** Words after which a word's trailing hyphen suspends a compound ("sundheds- og omsorgsområderne"). */
    private static final Set<String> CONJUNCTIONS = Set.of("og", "eller", "samt", "og/eller", "såvel", "end");

    private final String source;
    private final Set<String> footnoteNumbers;
    private final StringBuilder text = new StringBuilder();
    /** Whether the paragraph is a list: it opens with a list item. */
    private final boolean list;
    private final List<Marker> markers = new ArrayList<>();
    private final int start;
    private int end;

    /** A paragraph of {@code scan}'s text opening with {@code first}; markers are the numbers of footnotes there. */
    ParagraphText(Scan scan, Span first, Set<String> footnoteNumbers) {
        this.source = scan.text();
        this.footnoteNumbers = footnoteNumbers;
        this.start = first.start();
        this.list = Line.opensListItem(first.of(source));
        append(first);
    }

    boolean isList() {
        return list;
    }

    /** The next item of the list, on a line of its own. */
    void addListItem(Span next) {
        text.append('\n');
        append(next);
    }

    /** The next line, running on the paragraph. */
    void add(Span next) {
        String written = next.of(source);
        String firstWord = written.split("[\\s,]", 2)[0];
        if (LineJoins.hyphenated(text)) {
            char before = text.charAt(text.length() - 2);
            if (CONJUNCTIONS.contains(firstWord) || written.startsWith(",")) {
                text.append(' ');
            } else if (!(Character.isUpperCase(before) || Character.isDigit(before)
                    || Character.isUpperCase(written.codePointAt(0)) || Character.isDigit(written.codePointAt(0)))) {
                text.setLength(text.length() - 1);
            }
        } else {
            text.append(' ');
        }
        append(next);
    }

    private void append(Span span) {
        String content = span.of(source);
        Matcher m = MARKER.matcher(content);
        int at = 0;
        while (m.find()) {
            if (footnoteNumbers.contains(m.group(1))) {
                text.append(content, at, m.start());
                markers.add(new Marker(m.group(1), new Span(span.start() + m.start(), span.start() + m.end())));
                at = m.end();
            }
        }
        text.append(content, at, content.length());
        end = span.end();
    }

    Paragraph build() {
        return new Paragraph(text.toString(), new Span(start, end), markers);
    }
}
