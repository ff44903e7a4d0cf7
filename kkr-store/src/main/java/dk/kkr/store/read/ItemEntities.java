package dk.kkr.store.read;

import java.util.List;

/**
 * The entities mentioned in an item's own text (not in its sub-items'), each kind in text order, with spans
 * into the source file's text.
 */
public record ItemEntities(List<MentionView> amounts, List<MentionView> municipalities, List<MentionView> deadlines,
                           List<MentionView> dates, List<MentionView> organisations) {

    /** No entities: what a closed item's stub shows. */
    public static final ItemEntities NONE = new ItemEntities(List.of(), List.of(), List.of(), List.of(), List.of());

    public ItemEntities {
        amounts = List.copyOf(amounts);
        municipalities = List.copyOf(municipalities);
        deadlines = List.copyOf(deadlines);
        dates = List.copyOf(dates);
        organisations = List.copyOf(organisations);
    }
}
