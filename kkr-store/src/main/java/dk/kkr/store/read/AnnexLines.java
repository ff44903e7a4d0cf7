package dk.kkr.store.read;

import dk.kkr.core.model.Section;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The annex sections (Bilag) of items as a viewer reads them. The stored section text names every annex; where an
 * annex is closed to the viewer ({@link Visibility#annexCut}) the section is written anew from the item's annexes,
 * one to a paragraph, the closed one as the placeholder that stands in its place in the document's text. Every reader
 * of sections (the item page, OParl, the search index) reads them through this.
 */
public final class AnnexLines {

    /** The annex lines of the items that have an annex closed to the viewer, by item id. */
    private final Map<Long, List<String>> cutItems;

    private AnnexLines(Map<Long, List<String>> cutItems) {
        this.cutItems = cutItems;
    }

    /** The annex lines of item {@code itemId}, for the viewer of {@code visible}. */
    public static AnnexLines ofItem(JdbcClient jdbc, Visibility visible, long itemId) {
        return ofItems(jdbc, visible, itemId, itemId);
    }

    /** The annex lines of the items whose ids are {@code first}..{@code last}, for the viewer of {@code visible}. */
    public static AnnexLines ofItems(JdbcClient jdbc, Visibility visible, long first, long last) {
        Map<Long, List<String>> lines = new HashMap<>();
        Map<Long, Boolean> anyCut = new HashMap<>();
        jdbc.sql("""
                        SELECT a.item_id, a.title, %s AS cut FROM annex a
                        WHERE a.item_id BETWEEN :first AND :last
                          AND EXISTS (SELECT 1 FROM annex c WHERE c.item_id = a.item_id AND c.closed)
                        ORDER BY a.item_id, a.position""".formatted(visible.annexCut("a")))
                .param("first", first).param("last", last)
                .query(rs -> {
                    long item = rs.getLong("item_id");
                    boolean cut = rs.getBoolean("cut");
                    lines.computeIfAbsent(item, k -> new ArrayList<>())
                            .add(cut ? Redaction.ANNEX_PLACEHOLDER : rs.getString("title"));
                    anyCut.merge(item, cut, Boolean::logicalOr);
                });
        lines.keySet().removeIf(item -> !anyCut.get(item));
        return new AnnexLines(lines);
    }

    /** The text of item {@code itemId}'s section {@code heading} as the viewer reads it; {@code text} is as stored. */
    public String section(long itemId, String heading, String text) {
        List<String> lines = cutItems.get(itemId);
        return lines == null || !Section.ANNEXES.equals(heading) ? text : String.join("\n\n", lines);
    }
}
