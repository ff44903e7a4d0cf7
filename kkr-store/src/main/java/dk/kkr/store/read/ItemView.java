package dk.kkr.store.read;

import dk.kkr.core.model.Span;

import java.time.LocalDate;
import java.util.List;

/**
 * One agenda item in full. {@code meeting}, {@code parent}, {@code previous} and {@code next} may be null;
 * previous and next are the neighbouring items of the same document. {@code span} is the item's place in
 * the text of source document {@code documentId}'s file, and so are the spans of its {@code entities}.
 * {@code closure} is null unless the item is closed or in closed material. A closed item that the viewer may not
 * read is its stub ({@link #isStub()}): its number, public title (as {@code title}) and closure, nothing else;
 * {@code leftOut} says that the viewer reads the stub because the secretariat left them out of the item (inhabil).
 * {@code changedAfterRelease} is the day an item of an agenda written on the platform was last changed after the
 * agenda was released to the members, or null.
 */
public record ItemView(long id, String number, String title, String caseNumber, String caseOwner,
                       MeetingSummary meeting, ItemRef parent, List<SectionView> sections,
                       List<AnnexView> annexes, DocumentRef document, Span span, ItemRef previous, ItemRef next,
                       ItemEntities entities, ClosureNote closure, boolean leftOut, LocalDate changedAfterRelease) {
    public ItemView {
        sections = List.copyOf(sections);
        annexes = List.copyOf(annexes);
    }

    /** Whether this is the stub of a closed item the viewer may not read: it has no place in the text to show. */
    public boolean isStub() {
        return closure != null && span == null;
    }
}
