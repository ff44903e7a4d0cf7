package dk.kkr.core.model;

import java.util.List;

/**
 * An agenda item as found in a document. {@code number} is written without a trailing dot ("3.1");
 * the parent of "3.1" is "3". {@code span} covers the whole item, heading to last section.
 */
public record ParsedItem(String number, String title, String caseId, String caseOwner,
                         List<Section> sections, List<AnnexRef> annexes, Span span, Span titleSpan) {
    public ParsedItem {
        sections = List.copyOf(sections);
        annexes = List.copyOf(annexes);
    }

    /** The number of the enclosing item, or null for a top-level item. */
    public String parentNumber() {
        int dot = number.lastIndexOf('.');
        return dot < 0 ? null : number.substring(0, dot);
    }

    public int depth() {
        return (int) number.chars().filter(c -> c == '.').count();
    }
}
