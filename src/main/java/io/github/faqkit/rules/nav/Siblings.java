package io.github.faqkit.rules.nav;

import io.github.faqkit.core.NavTree;
import io.github.faqkit.core.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * The lists in which readers see pages side by side: the top level of each section the main navigation shows,
 * the entries listed under each page shown there, and each page's list of its children below its content
 * (which also lists {@code nav_exclude}d children). Pages of different sections, and pages that no list
 * shows, are never siblings.
 */
final class Siblings {
    private Siblings() {}

    /**
     * One list of siblings; {@code topLevel} for the top of a section; {@code place} says where readers see it
     * (empty for the main navigation, which a message need not name).
     */
    record Group(List<NavTree.Node> nodes, boolean topLevel, String place) {}

    /**
     * Every list of siblings readers see, the top levels first: none of the main navigation when no page's layout
     * draws it, no list of children on a page whose layout draws none ({@link ThemeNavigation}).
     */
    static List<Group> groups(Site site) {
        NavTree tree = site.nav();
        boolean sidebar = ThemeNavigation.shown(site);
        List<Group> out = new ArrayList<>();
        for (NavTree.Section s : tree.sections()) {
            if (s.shown() && sidebar) {
                out.add(new Group(inSidebar(s.roots()), true, ""));
            }
        }
        for (NavTree.Section s : tree.sections()) {
            collect(site, sidebar, s.roots(), out);
        }
        return out;
    }

    private static void collect(Site site, boolean sidebar, List<NavTree.Node> nodes, List<Group> out) {
        NavTree tree = site.nav();
        for (NavTree.Node n : nodes) {
            if (n.children().isEmpty()) {
                continue;
            }
            if (n.inSidebar() && sidebar) {
                out.add(new Group(inSidebar(n.children()), false, ""));
            }
            if (tree.listsChildren(n.page()) && ThemeNavigation.drawnOn(site, n.page())) {
                out.add(new Group(
                        n.children(),
                        false,
                        " in the list of children on '" + n.page().title() + "' ("
                                + n.page().path() + ")"));
            }
            collect(site, sidebar, n.children(), out);
        }
    }

    private static List<NavTree.Node> inSidebar(List<NavTree.Node> nodes) {
        List<NavTree.Node> out = new ArrayList<>();
        for (NavTree.Node n : nodes) {
            if (n.inSidebar()) {
                out.add(n);
            }
        }
        return out;
    }
}
