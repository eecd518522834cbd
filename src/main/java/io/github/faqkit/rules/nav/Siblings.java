package io.github.faqkit.rules.nav;

import io.github.faqkit.core.NavTree;
import java.util.ArrayList;
import java.util.List;

/** Walks the navigation tree group by group: the top level, then each node's children. */
final class Siblings {
    private Siblings() {}

    /** Every list of siblings in the tree, the top level first. */
    static List<List<NavTree.Node>> groups(NavTree tree) {
        List<List<NavTree.Node>> out = new ArrayList<>();
        out.add(tree.roots());
        collect(tree.roots(), out);
        return out;
    }

    private static void collect(List<NavTree.Node> nodes, List<List<NavTree.Node>> out) {
        for (NavTree.Node n : nodes) {
            if (!n.children().isEmpty()) {
                out.add(n.children());
                collect(n.children(), out);
            }
        }
    }
}
