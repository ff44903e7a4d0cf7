package dk.kkr.web.meeting;

import dk.kkr.store.read.ItemSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An item with the items nested under it, for showing "2" with "2.1" and "2.2" inside. */
public record ItemNode(ItemSummary item, List<ItemNode> children) {

    /**
     * The items as trees, in the given order; an item whose parent is not among them becomes a root.
     */
    public static List<ItemNode> forest(List<ItemSummary> items) {
        Map<Long, List<ItemNode>> children = new LinkedHashMap<>();
        Map<Long, ItemNode> nodes = new LinkedHashMap<>();
        for (ItemSummary item : items) {
            List<ItemNode> own = new ArrayList<>();
            children.put(item.id(), own);
            nodes.put(item.id(), new ItemNode(item, own));
        }
        List<ItemNode> roots = new ArrayList<>();
        for (ItemNode node : nodes.values()) {
            Long parent = node.item().parentId();
            (parent != null && children.containsKey(parent) ? children.get(parent) : roots).add(node);
        }
        return roots;
    }
}
