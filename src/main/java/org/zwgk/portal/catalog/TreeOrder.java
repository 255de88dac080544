package org.zwgk.portal.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A tree given as a list of nodes that know their parent, in the order a reader meets it: each node
 * right after its parent, children in the list's order, with its depth. The public catalogue and the
 * editors' choices of 主题分类 / 体裁分类 both walk trees so.
 */
public final class TreeOrder {

    /** A node and how many levels below a root it stands (0 for a root). */
    public record Placed<T>(T node, int depth) {
    }

    private TreeOrder() {
    }

    /**
     * The nodes in tree order; a node whose parent is not in the list is not reached. Nodes are matched
     * to their parents by key, not identity: a lazy parent may be a proxy of the node in the list.
     */
    public static <T, K> List<Placed<T>> of(List<T> nodes, Function<T, T> parent, Function<T, K> key) {
        Map<K, List<T>> children = new HashMap<>();
        List<T> roots = new ArrayList<>();
        for (T node : nodes) {
            T p = parent.apply(node);
            if (p == null) {
                roots.add(node);
            } else {
                children.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(node);
            }
        }
        List<Placed<T>> out = new ArrayList<>(nodes.size());
        roots.forEach(r -> add(r, 0, children, key, out));
        return out;
    }

    private static <T, K> void add(T node, int depth, Map<K, List<T>> children, Function<T, K> key, List<Placed<T>> out) {
        out.add(new Placed<>(node, depth));
        children.getOrDefault(key.apply(node), List.of()).forEach(child -> add(child, depth + 1, children, key, out));
    }
}
