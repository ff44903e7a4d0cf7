package dk.kkr.app.web.document;

import dk.kkr.core.model.Span;
import dk.kkr.store.read.ItemSpan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceBlockTest {

    private static ItemSpan item(long id, int start, int end) {
        return new ItemSpan(id, String.valueOf(id), "Punkt " + id, new Span(start, end));
    }

    /** The text back from the blocks, with each item's block in brackets: "a[1:b]c". */
    private static String render(SourceBlock block) {
        StringBuilder out = new StringBuilder();
        for (SourceBlock.Part part : block.parts()) {
            if (part.text() != null) {
                out.append(part.text());
            } else {
                out.append('[').append(part.block().item().id()).append(':').append(render(part.block())).append(']');
            }
        }
        return out.toString();
    }

    @Test
    void textWithoutItemsIsOneRun() {
        assertThat(render(SourceBlock.of("hele teksten", List.of()))).isEqualTo("hele teksten");
    }

    @Test
    void itemsCutTheTextAndNestInsideTheirParents() {
        String text = "hoved 1 en 2 to 2.1 a 2.2 b";
        var blocks = SourceBlock.of(text, List.of(
                item(22, 22, 27), item(1, 6, 11), item(2, 11, 27), item(21, 16, 22)));
        assertThat(render(blocks)).isEqualTo("hoved [1:1 en ][2:2 to [21:2.1 a ][22:2.2 b]]");
    }

    @Test
    void overlappingAndOversizedSpansAreCutSoEveryCharacterAppearsOnce() {
        String text = "abcdefghij";
        var blocks = SourceBlock.of(text, List.of(item(1, 0, 6), item(2, 4, 8), item(3, 9, 40)));
        assertThat(render(blocks)).isEqualTo("[1:abcdef][2:gh]i[3:j]");
    }
}
