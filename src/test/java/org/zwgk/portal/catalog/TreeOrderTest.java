package org.zwgk.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.List;

class TreeOrderTest {

    record Node(String code, Node parent) {
    }

    @Test
    void eachNodeFollowsItsParentWithItsDepthWhateverTheListsOrder() {
        Node finance = new Node("cz", null);
        Node budget = new Node("ys", finance);
        Node tax = new Node("ss", finance);
        Node audit = new Node("sj", null);
        // a parent matched by key: a copy standing for it (as a lazy proxy would) still finds its children
        Node budgetDetail = new Node("ysmx", new Node("ys", finance));
        List<TreeOrder.Placed<Node>> placed = TreeOrder.of(List.of(budgetDetail, tax, budget, audit, finance),
                Node::parent, Node::code);
        assertThat(placed).extracting(p -> p.node().code() + "/" + p.depth())
                .containsExactly("sj/0", "cz/0", "ss/1", "ys/1", "ysmx/2");
    }
}
