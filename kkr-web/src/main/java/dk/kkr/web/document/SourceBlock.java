package dk.kkr.web.document;

import dk.kkr.core.model.Span;
import dk.kkr.store.read.ItemSpan;
import dk.kkr.store.read.MentionView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A document's text cut at its items' and entity mentions' spans: the root block (neither {@code item} nor
 * {@code mention} set) holds the whole text as plain runs of text and blocks, and a block holds its own text
 * the same way, so nested items ("2.1" inside "2") become nested blocks and a mention becomes a block inside
 * the item it stands in (a date inside its deadline, too). Of two equal spans the item is the outer block. A
 * span that overlaps its predecessor without fitting inside it becomes its sibling, cut to start where the
 * predecessor ends; spans sticking out of the text are cut at its end. So every character of the text
 * appears exactly once.
 */
public record SourceBlock(ItemSpan item, MentionView mention, List<Part> parts) {

    /** Either a run of text or a block; exactly one is non-null. */
    public record Part(String text, SourceBlock block) {
    }

    public SourceBlock {
        parts = List.copyOf(parts);
    }

    public static SourceBlock of(String text, List<ItemSpan> items, List<MentionView> mentions) {
        List<Mark> marks = Stream.concat(items.stream().map(i -> new Mark(i.span(), i, null)),
                        mentions.stream().map(m -> new Mark(m.span(), null, m)))
                .sorted(Comparator.comparingInt((Mark m) -> m.span().start())
                        .thenComparing(Comparator.comparingInt((Mark m) -> m.span().end()).reversed())
                        .thenComparing(m -> m.item() == null))
                .toList();
        return new Splitter(text, marks).block(null, 0, text.length());
    }

    /** An item's or a mention's span. */
    private record Mark(Span span, ItemSpan item, MentionView mention) {
    }

    private static final class Splitter {
        private final String text;
        private final List<Mark> marks;
        private int next;

        Splitter(String text, List<Mark> marks) {
            this.text = text;
            this.marks = marks;
        }

        SourceBlock block(Mark mark, int from, int to) {
            List<Part> parts = new ArrayList<>();
            int at = from;
            while (next < marks.size() && fits(marks.get(next), mark, to)) {
                Mark child = marks.get(next++);
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
            return mark == null ? new SourceBlock(null, null, parts) : new SourceBlock(mark.item(), mark.mention(), parts);
        }

        /** A span nests in a block only when it ends inside it; the root takes whatever starts in it. */
        private static boolean fits(Mark candidate, Mark parent, int to) {
            return candidate.span().start() < to && (parent == null || candidate.span().end() <= to);
        }
    }
}
