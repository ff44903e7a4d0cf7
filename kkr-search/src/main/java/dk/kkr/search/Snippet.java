package dk.kkr.search;

import dk.kkr.core.model.Span;

import java.util.List;

/**
 * A passage of a hit with the query's words marked. {@code matches} are offsets into {@code text}.
 * The passage stands in the section {@code section} (null: the title, or a document's text), at
 * {@code start}..{@code end} of that section's text; {@code sectionSpan} is where the section stands in
 * the source file, the place a link leads to. For a document unit the section text is the source text
 * itself, so {@code sectionSpan.start() + start} is the passage's exact offset in the source.
 */
public record Snippet(String text, List<Span> matches, String section, int start, int end, Span sectionSpan) {

    public Snippet {
        matches = List.copyOf(matches);
    }

    /** The passage as HTML: the text escaped, each match in {@code <mark>}. */
    public String html() {
        StringBuilder out = new StringBuilder(text.length() + 16 * matches.size());
        int at = 0;
        for (Span match : matches) {
            escape(text.substring(at, match.start()), out);
            out.append("<mark>");
            escape(match.of(text), out);
            out.append("</mark>");
            at = match.end();
        }
        escape(text.substring(at), out);
        return out.toString();
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
