package dk.kkr.core.model;

/**
 * A half-open range of characters [start, end) in a source's text: where something extracted stands.
 * Every extracted title, section, letterhead and meeting header carries one, so it can show its origin.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** The smallest span that covers both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
