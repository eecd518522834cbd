package io.github.faqkit.rules.nav;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.faqkit.core.LanguageBuilds;
import io.github.faqkit.core.NavTree;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.platform.OwnNavigation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        out = perPageVariables(site, out);
        return site.languages().split() ? perBuild(site.languages(), out) : out;
    }

    /** The variables of the current page that the site's own navigation reads ({@link OwnNavigation}). */
    record NavVariables(Set<String> names) {}

    /**
     * Each list of the main navigation split by the values of the page variables that the site's own navigation
     * reads: tang3cko/ReactiveSO-docs lists only the pages whose {@code lang} is the current page's, so its English
     * and Japanese top-level pages never stand side by side although the theme's navigation would list them
     * together. Pages that give those variables different values may never meet, and nothing here can tell; pages
     * that give them the same values meet as before. Lists of children drawn by the theme's layout are left whole; a site whose own layout or children list picks a language (CNDY1390/cs188) has them split too.
     */
    /** Whether the lists of a page's children pick the pages of its language too ({@link OwnNavigation}). */
    record ChildListsByLanguage(boolean picks) {}

    /** The page variables the site's own navigation reads to pick pages (none with the theme's navigation). */
    static Set<String> navVariables(Site site) {
        if (site.ownNavigation() == null) {
            return Set.of();
        }
        return site.derived(
                        NavVariables.class, s -> new NavVariables(OwnNavigation.pageVariables(s.contentDirectory())))
                .names();
    }

    private static List<Group> perPageVariables(Site site, List<Group> groups) {
        if (site.ownNavigation() == null) {
            return groups;
        }
        Set<String> names = navVariables(site);
        if (names.isEmpty()) {
            return groups;
        }
        boolean childLists = site.derived(
                        ChildListsByLanguage.class,
                        s -> new ChildListsByLanguage(
                                names.contains("lang") && OwnNavigation.childListsPickLanguage(s.contentDirectory())))
                .picks();
        List<Group> out = new ArrayList<>();
        for (Group g : groups) {
            if (!g.place().isEmpty() && !childLists) {
                out.add(g);
                continue;
            }
            Map<List<String>, List<NavTree.Node>> split = new LinkedHashMap<>();
            for (NavTree.Node n : g.nodes()) {
                List<String> values = new ArrayList<>();
                for (String name : names) {
                    JsonNode v = n.page().data().get(name);
                    values.add(v == null || v.isNull() ? "" : v.toString());
                }
                split.computeIfAbsent(values, k -> new ArrayList<>()).add(n);
            }
            split.values().forEach(nodes -> out.add(new Group(nodes, g.topLevel(), g.place())));
        }
        return out;
    }

    /**
     * Each list as each of jekyll-polyglot's language builds shows it: the English and French pages at one URL are
     * never side by side. A list that two builds show alike (fallback pages of the default language) is kept once.
     */
    private static List<Group> perBuild(LanguageBuilds languages, List<Group> groups) {
        List<Group> out = new ArrayList<>();
        for (Group g : groups) {
            List<List<NavTree.Node>> seen = new ArrayList<>();
            for (String build : languages.all()) {
                List<NavTree.Node> nodes = new ArrayList<>();
                for (NavTree.Node n : g.nodes()) {
                    if (languages.buildsOf(n.page()).contains(build)) {
                        nodes.add(n);
                    }
                }
                if (!nodes.isEmpty() && seen.stream().noneMatch(s -> sameNodes(s, nodes))) {
                    seen.add(nodes);
                    out.add(new Group(nodes, g.topLevel(), g.place()));
                }
            }
        }
        return out;
    }

    private static boolean sameNodes(List<NavTree.Node> a, List<NavTree.Node> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
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
