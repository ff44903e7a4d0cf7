package dk.kkr.app.web.document;

import dk.kkr.store.read.ItemSpan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A document's text cut at its items' spans: the root block ({@code item} null) holds the whole text as
 * plain runs of text and item blocks, and an item block holds its own text the same way, so nested
 * items ("2.1" inside "2") become nested blocks. A span that overlaps its predecessor without fitting
 * inside it becomes its sibling, cut to start where the predecessor ends; spans sticking out of the text
 * are cut at its end. So every character of the text appears exactly once.
 */
public record SourceBlock(ItemSpan item, List<Part> parts) {

    /** Either a run of text or an item's block; exactly one is non-null. */
    public record Part(String text, SourceBlock block) {
    }

    public SourceBlock {
        parts = List.copyOf(parts);
    }

    public static SourceBlock of(String text, List<ItemSpan> items) {
        List<ItemSpan> ordered = items.stream()
                .sorted(Comparator.comparingInt((ItemSpan i) -> i.span().start())
                        .thenComparing(Comparator.comparingInt((ItemSpan i) -> i.span().end()).reversed()))
                .toList();
        return new Splitter(text, ordered).block(null, 0, text.length());
    }

    private static final class Splitter {
        private final String text;
        private final List<ItemSpan> items;
        private int next;

        Splitter(String text, List<ItemSpan> items) {
            this.text = text;
            this.items = items;
        }

        SourceBlock block(ItemSpan item, int from, int to) {
            List<Part> parts = new ArrayList<>();
            int at = from;
            while (next < items.size() && fits(items.get(next), item, to)) {
                ItemSpan child = items.get(next++);
                int start = Math.max(child.span().start(), at);
                int end = Math.max(start, Math.min(child.span().end(), to));
                if (start > at) {
                    parts.add(new Part(text.substring(at, start), null));
                }
                parts.add(new Part(null, block(child, start, end)));
                at = end;
            }
            if (at < to) {
                parts.add(new Part(text.substring(at, to), null));
            }
            return new SourceBlock(item, parts);
        }

        /** A span nests in an item's block only when it ends inside it; the root takes whatever starts in it. */
        private static boolean fits(ItemSpan candidate, ItemSpan parent, int to) {
            return candidate.span().start() < to && (parent == null || candidate.span().end() <= to);
        }
    }
}
