package dk.kkr.store.read;

import dk.kkr.core.model.Span;

import java.util.List;

/**
 * One agenda item in full. {@code meeting}, {@code parent}, {@code previous} and {@code next} may be null;
 * previous and next are the neighbouring items of the same document. {@code span} is the item's place in
 * the text of source document {@code documentId}'s file, and so are the spans of its {@code entities}.
 * {@code closure} is null unless the item is in closed material, which only its readers get.
 */
public record ItemView(long id, String number, String title, String caseNumber, String caseOwner,
                       MeetingSummary meeting, ItemRef parent, List<SectionView> sections,
                       List<AnnexView> annexes, DocumentRef document, Span span, ItemRef previous, ItemRef next,
                       ItemEntities entities, ClosureNote closure) {
    public ItemView {
        sections = List.copyOf(sections);
        annexes = List.copyOf(annexes);
    }
}
