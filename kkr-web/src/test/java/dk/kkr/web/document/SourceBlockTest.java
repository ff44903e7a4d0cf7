package dk.kkr.web.document;

import dk.kkr.core.model.Span;
import dk.kkr.store.MentionKind;
import dk.kkr.store.read.ItemSpan;
import dk.kkr.store.read.MentionView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceBlockTest {

    private static ItemSpan item(long id, int start, int end) {
        return new ItemSpan(id, String.valueOf(id), "Punkt " + id, new Span(start, end));
    }

    private static MentionView mention(long id, int start, int end) {
        return new MentionView(id, MentionKind.AMOUNT, "", new Span(start, end), null, null, null, null, null, null);
    }

    /** The text back from the blocks, each item's block in brackets and each mention's in braces: "a[1:b{7:c}]". */
    private static String render(SourceBlock block) {
        StringBuilder out = new StringBuilder();
        for (SourceBlock.Part part : block.parts()) {
            if (part.text() != null) {
                out.append(part.text());
            } else if (part.block().item() != null) {
                out.append('[').append(part.block().item().id()).append(':').append(render(part.block())).append(']');
            } else {
                out.append('{').append(part.block().mention().id()).append(':').append(render(part.block())).append('}');
            }
        }
        return out.toString();
    }

    @Test
    void textWithoutItemsIsOneRun() {
        assertThat(render(SourceBlock.of("hele teksten", List.of(), List.of()))).isEqualTo("hele teksten");
    }

    @Test
    void itemsCutTheTextAndNestInsideTheirParents() {
        String text = "hoved 1 en 2 to 2.1 a 2.2 b";
        var blocks = SourceBlock.of(text, List.of(
                item(22, 22, 27), item(1, 6, 11), item(2, 11, 27), item(21, 16, 22)), List.of());
        assertThat(render(blocks)).isEqualTo("hoved [1:1 en ][2:2 to [21:2.1 a ][22:2.2 b]]");
    }

    @Test
    void overlappingAndOversizedSpansAreCutSoEveryCharacterAppearsOnce() {
        String text = "abcdefghij";
        var blocks = SourceBlock.of(text, List.of(item(1, 0, 6), item(2, 4, 8), item(3, 9, 40)), List.of());
        assertThat(render(blocks)).isEqualTo("[1:abcdef][2:gh]i[3:j]");
    }

    @Test
    void mentionsNestInTheirItemAndInEachOther() {
        String text = "hoved 1 svar senest 1. maj 2.1 Odense";
        var blocks = SourceBlock.of(text, List.of(item(1, 6, 27), item(21, 27, 37)),
                List.of(mention(7, 20, 26), mention(6, 13, 26), mention(8, 31, 37), mention(9, 0, 5)));
        assertThat(render(blocks)).isEqualTo("{9:hoved} [1:1 svar {6:senest {7:1. maj}} ][21:2.1 {8:Odense}]");
    }

    @Test
    void aMentionEqualToAnItemStandsInsideItAndOneCrossingItsEndIsCut() {
        String text = "abcdefghij";
        var blocks = SourceBlock.of(text, List.of(item(1, 2, 5)), List.of(mention(7, 2, 5), mention(8, 4, 8)));
        assertThat(render(blocks)).isEqualTo("ab[1:{7:cde}]{8:fgh}ij");
    }
}
