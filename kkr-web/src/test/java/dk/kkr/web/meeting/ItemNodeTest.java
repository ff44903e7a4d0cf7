package dk.kkr.web.meeting;

import dk.kkr.store.read.ItemSummary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ItemNodeTest {

    private static ItemSummary item(long id, Long parent, String number) {
        return new ItemSummary(id, parent, number, "Titel " + number, number.split("\\.").length - 1, null, null, 1);
    }

    @Test
    void childrenNestUnderTheirParentsInOrder() {
        List<ItemNode> forest = ItemNode.forest(List.of(
                item(1, null, "1"), item(2, null, "2"), item(3, 2L, "2.1"), item(4, 3L, "2.1.1"), item(5, 2L, "2.2")));
        assertThat(forest).extracting(n -> n.item().number()).containsExactly("1", "2");
        ItemNode two = forest.get(1);
        assertThat(two.children()).extracting(n -> n.item().number()).containsExactly("2.1", "2.2");
        assertThat(two.children().get(0).children()).extracting(n -> n.item().number()).containsExactly("2.1.1");
    }

    @Test
    void anItemWhoseParentIsMissingBecomesARoot() {
        assertThat(ItemNode.forest(List.of(item(7, 99L, "4.1")))).extracting(n -> n.item().number())
                .containsExactly("4.1");
    }
}
