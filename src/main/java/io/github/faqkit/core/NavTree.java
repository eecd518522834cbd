package io.github.faqkit.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The navigation as just-the-docs builds it: pages grouped by exact {@code parent} title,
 * children accepted or rejected by {@code grand_parent}/{@code ancestor} (v0.10+), or by
 * {@code has_children} and three levels in the main navigation (≤ v0.9). Pages in different collections never nest: each collection is
 * a section of its own ({@link NavSections}).
 *
 * <p>The tree holds every titled page, {@code nav_exclude} or not, as the theme's breadcrumbs and lists of
 * children see them ({@code all=true} in v0.10); {@link Node#inSidebar()} tells which of them the main
 * navigation shows: not a page with {@code nav_exclude}, nothing under it, nothing of a section the theme
 * does not show.
 */
public final class NavTree {

    /**
     * A page at one place of the tree. A page can appear twice when its parent title is ambiguous.
     *
     * @param inSidebar the main navigation shows this entry (its section is shown, and neither the page nor
     *     any page above it is {@code nav_exclude}d)
     */
    public record Node(Page page, List<Node> children, boolean loop, boolean inSidebar) {}

    /**
     * One section of the navigation: the site's pages ({@code collection} null) or the documents of one
     * collection, with its top-level entries.
     *
     * @param name the heading the theme gives it (a collection's {@code name}; null for the site's pages)
     * @param shown the main navigation lists this section
     */
    public record Section(String collection, String name, boolean shown, List<Node> roots) {}

    /** v0.3.3 to v0.5.x hide any page whose nav_exclude is truthy ({@code unless node.nav_exclude}). */
    private static final ThemeVersion TRUTHY_EXCLUDE = new ThemeVersion(0, 3, 3);

    private static final ThemeVersion BOOLEAN_EXCLUDE = new ThemeVersion(0, 6, 0);
    /**
     * Before 0.4 ({@code nav.html} of 0.2.x and 0.3.x) the second level lists every page whose {@code parent} is
     * the top-level title ({@code where: "parent", node.title}), whatever its {@code grand_parent}; only the third
     * level also matches {@code grand_parent}. From 0.4 a second-level page must name none.
     */
    private static final ThemeVersion SECOND_LEVEL_GRAND_PARENT = new ThemeVersion(0, 4, 0);

    private static final int MAX_DEPTH = 32;
    private final List<Node> roots = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final NavSections sectionConfig;
    /** jekyll-polyglot's builds: a page and a child of another language's build never meet. */
    private final LanguageBuilds languages;

    private final Map<Page, Integer> placements = new IdentityHashMap<>();
    /** Placed pages the theme could list children under at one of their places at least. */
    private final Map<Page, Boolean> holdsChildren = new IdentityHashMap<>();

    private final Map<Page, List<Page>> parents = new IdentityHashMap<>();
    private final ThemeVersion version;
    private final Comparator<Page> order;
    /**
     * Titled pages by their {@code parent}, then by {@code grand_parent} (the null key when none):
     * children are looked up, not searched for. A title such as "Installation" under every section
     * would otherwise make each of those pages scan the children of all of them.
     */
    private final Map<String, Map<String, List<Page>>> byParent = new HashMap<>();
    /** The sort key of each titled page, read from its front matter once instead of at every comparison. */
    private final Map<Page, OrderKey> keys = new IdentityHashMap<>();
    /** Top-level pages by title, for the backwards-compatibility check of deeper namesakes. */
    private final Map<String, List<Page>> topByTitle = new HashMap<>();

    NavTree(List<Page> pages, ThemeVersion version) {
        this(pages, version, false, NavSections.of(com.fasterxml.jackson.databind.node.MissingNode.getInstance()));
    }

    NavTree(List<Page> pages, ThemeVersion version, boolean caseInsensitiveSort, NavSections sectionConfig) {
        this(pages, version, caseInsensitiveSort, sectionConfig, LanguageBuilds.of(pages, null, false));
    }

    NavTree(
            List<Page> pages,
            ThemeVersion version,
            boolean caseInsensitiveSort,
            NavSections sectionConfig,
            LanguageBuilds languages) {
        this.version = version;
        this.languages = languages;
        this.sectionConfig = sectionConfig;
        List<Page> titled = new ArrayList<>();
        for (Page p : pages) {
            if (p.title() != null) {
                titled.add(p);
                keys.put(p, OrderKey.of(p, caseInsensitiveSort));
            }
        }
        this.order = Comparator.comparing(keys::get, OrderKey.ORDER);
        List<Page> top = new ArrayList<>();
        for (Page p : titled) {
            if (p.parent() == null) {
                top.add(p);
            }
        }
        top.sort(order);
        for (Page p : titled) {
            if (p.parent() != null) {
                byParent.computeIfAbsent(p.parent(), k -> new HashMap<>())
                        .computeIfAbsent(p.grandParent(), k -> new ArrayList<>())
                        .add(p);
            }
        }
        for (Page p : top) {
            topByTitle.computeIfAbsent(p.title(), k -> new ArrayList<>()).add(p);
        }
        Map<String, List<Page>> topByCollection = new LinkedHashMap<>();
        topByCollection.put(null, new ArrayList<>());
        for (NavSections.Entry e : sectionConfig.entries()) {
            topByCollection.put(e.collection(), new ArrayList<>());
        }
        List<Page> others = new ArrayList<>();
        for (Page p : top) {
            String c = p.entry().collection();
            if (topByCollection.containsKey(c)) {
                topByCollection.get(c).add(p);
            } else {
                others.add(p);
            }
        }
        others.sort(Comparator.comparing((Page p) -> p.entry().collection()));
        for (Page p : others) {
            topByCollection
                    .computeIfAbsent(p.entry().collection(), k -> new ArrayList<>())
                    .add(p);
        }
        for (Map.Entry<String, List<Page>> e : topByCollection.entrySet()) {
            String c = e.getKey();
            NavSections.Entry shownAs = c == null ? null : sectionConfig.shown(c, version);
            boolean shown = c == null ? sectionConfig.showsPages(version) : shownAs != null;
            List<Node> sectionRoots = new ArrayList<>();
            for (Page p : e.getValue()) {
                sectionRoots.add(build(p, new ArrayList<>(), shown));
            }
            roots.addAll(sectionRoots);
            sections.add(new Section(
                    c, shownAs == null ? null : shownAs.name(), shown, Collections.unmodifiableList(sectionRoots)));
        }
    }

    private Node build(Page page, List<Page> chain, boolean parentInSidebar) {
        placements.merge(page, 1, Integer::sum);
        // before v0.10 the main navigation has three levels; a page below them is only in its parent's list of
        // children (which lists pages by parent and grand_parent at any depth)
        boolean inSidebar = parentInSidebar
                && !excluded(page)
                && !(version.before(ThemeVersion.UNLIMITED_NAV) && chain.size() >= 3);
        for (Page a : chain) {
            if (Objects.equals(a.title(), page.title())) {
                return new Node(page, List.of(), true, inSidebar);
            }
        }
        List<Page> newChain = new ArrayList<>(chain);
        newChain.add(page);
        if (!depthLimited(newChain.size())) {
            holdsChildren.put(page, Boolean.TRUE);
        }
        List<Node> kids = new ArrayList<>();
        if (newChain.size() < MAX_DEPTH) {
            for (Page c : childrenOf(page, newChain)) {
                List<Page> ps = parents.computeIfAbsent(c, k -> new ArrayList<>());
                if (!ps.contains(page)) {
                    ps.add(page);
                }
                kids.add(build(c, newChain, inSidebar));
            }
        }
        return new Node(page, Collections.unmodifiableList(kids), false, inSidebar);
    }

    /**
     * Whether this theme version leaves out only pages whose {@code nav_exclude} is the boolean true (any other
     * value, such as the string "true", keeps the page in the navigation); v0.3.3 to v0.5.x leave out any page
     * whose value Liquid counts as true.
     */
    public boolean excludesOnlyTrue() {
        return version.before(TRUTHY_EXCLUDE) || !version.before(BOOLEAN_EXCLUDE);
    }

    /** The page's own {@code nav_exclude}, as this theme version tests it. */
    public boolean excluded(Page page) {
        JsonNode n = page.data().get("nav_exclude");
        if (n == null || n.isNull()) {
            return false;
        }
        Boolean b = rubyBoolean(page, "nav_exclude");
        if (!excludesOnlyTrue()) {
            return !Boolean.FALSE.equals(b); // Liquid: everything but nil and false is true
        }
        return Boolean.TRUE.equals(b);
    }

    /**
     * The value as Ruby's YAML 1.1 reads it, when that is a boolean: also a plain (unquoted) {@code yes},
     * {@code no}, {@code on} or {@code off}, in any letter case, which the Java YAML parser leaves as text.
     * Null for any other value. A value from {@code _config.yml} defaults counts as plain.
     */
    static Boolean rubyBoolean(Page page, String key) {
        JsonNode n = page.data().get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        FrontMatter.Entry own = page.frontMatter().entry(key);
        if (!n.isTextual() || (own != null && own.quoted())) {
            return null;
        }
        String t = n.asText().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "true", "yes", "on" -> Boolean.TRUE;
            case "false", "no", "off" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * Whether the page's layout lists its children below its content (the "Table of contents" of
     * {@code children_nav.html}): there, pages left out of the main navigation by {@code nav_exclude} are
     * listed too. Up to v0.9 only with {@code has_children: true}; from v0.10 unless {@code has_children: false};
     * never with {@code has_toc: false}. False where the theme's list cannot be known.
     */
    public boolean listsChildren(Page page) {
        // a document Jekyll does not write shows nothing, though the navigation lists it
        if (!page.rendered() || !sectionConfig.childListsKnown(version) || isFalse(page, "has_toc")) {
            return false;
        }
        if (version.before(ThemeVersion.UNLIMITED_NAV)) {
            return Boolean.TRUE.equals(rubyBoolean(page, "has_children"));
        }
        return !isFalse(page, "has_children");
    }

    private static boolean isFalse(Page page, String key) {
        return Boolean.FALSE.equals(rubyBoolean(page, key));
    }

    /** The pages the theme would list under {@code node}, given the chain from the root to it. */
    private List<Page> childrenOf(Page node, List<Page> chain) {
        int depth = chain.size();
        boolean legacy = version.before(ThemeVersion.UNLIMITED_NAV);
        if (!node.flag("has_children", !legacy)) {
            return List.of();
        }
        List<Page> out = new ArrayList<>();
        Map<String, List<Page>> byGrandParent = byParent.get(node.title());
        if (byGrandParent == null) {
            return List.of();
        }
        // accepts() takes no child whose grand_parent is set and differs from node's parent: only two
        // groups can hold children. The result is sorted, so the order they are visited in does not matter.
        boolean anyGrandParent = legacy && depth == 1 && version.before(SECOND_LEVEL_GRAND_PARENT);
        List<List<Page>> candidates = new ArrayList<>(2);
        if (anyGrandParent) {
            candidates.addAll(byGrandParent.values());
        } else {
            candidates.add(byGrandParent.getOrDefault(null, List.of()));
            if (node.parent() != null) {
                candidates.add(byGrandParent.getOrDefault(node.parent(), List.of()));
            }
        }
        for (List<Page> group : candidates) {
            for (Page c : group) {
                if (!sameNamespace(node, c) || !languages.share(node, c)) {
                    continue;
                }
                if (anyGrandParent
                        || accepts(node, c, chain, topByTitle.getOrDefault(node.title(), List.of()), legacy, depth)) {
                    out.add(c);
                }
            }
        }
        out.sort(order);
        return out;
    }

    /** {@code topNamesakes}: the top-level pages titled like {@code node}. */
    private boolean accepts(Page node, Page c, List<Page> chain, List<Page> topNamesakes, boolean legacy, int depth) {
        String gp = c.grandParent();
        String anc = c.ancestor();
        if (legacy) {
            // v0.9: level-2 pages must not name a grand_parent, level-3 pages must.
            return depth == 1 ? gp == null : gp != null && gp.equals(node.parent());
        }
        if (gp != null && !gp.equals(node.parent())) {
            return false;
        }
        if (anc != null) {
            boolean found = false;
            for (Page a : chain) {
                if (anc.equals(a.title())) {
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        if (gp == null && anc == null && depth >= 2) {
            // children.html backwards-compatibility: a plain child of a title that is also top-level
            // belongs to the top-level page, not to this deeper namesake.
            for (Page t : topNamesakes) {
                if (t != node && sameNamespace(t, c) && languages.share(t, c)) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean sameNamespace(Page a, Page b) {
        return Objects.equals(a.entry().collection(), b.entry().collection());
    }

    /**
     * Whether the theme lists a page of this namespace anywhere: its site pages ({@code collection} null) or a
     * collection that {@code just_the_docs.collections} shows. The theme's search indexes the same documents (its
     * search data reads {@code site.html_pages} and those collections), so a document of any other collection is
     * neither in the navigation nor in the search, whatever its title and parent say.
     */
    public boolean listsNamespace(String collection) {
        return collection == null
                ? sectionConfig.showsPages(version)
                : sectionConfig.shown(collection, version) != null;
    }

    /** The top-level entries of every section, section by section (shown or not). */
    public List<Node> roots() {
        return roots;
    }

    /**
     * The sections in the theme's order: the site's pages, the collections of {@code just_the_docs.collections}
     * as listed, then any other collection (never shown).
     */
    public List<Section> sections() {
        return Collections.unmodifiableList(sections);
    }

    /** Before v0.10 the navigation stops at the third level: a page there lists no children. */
    private boolean depthLimited(int depth) {
        return version.before(ThemeVersion.UNLIMITED_NAV) && depth >= 3;
    }

    /**
     * Whether the navigation could list children under the page at one of its places at least (before
     * v0.10 not at the third level, where the theme's navigation stops, whatever the children's front matter).
     */
    public boolean holdsChildren(Page p) {
        return holdsChildren.containsKey(p);
    }

    /** How many times the page appears in the tree: 0 when it is unreachable. */
    public int placements(Page p) {
        return placements.getOrDefault(p, 0);
    }

    /**
     * The distinct pages the theme lists {@code p} under, in tree order: empty for a top-level or
     * unreachable page, more than one when an ambiguous parent title puts it in several places.
     */
    public List<Page> parentsOf(Page p) {
        return Collections.unmodifiableList(parents.getOrDefault(p, List.of()));
    }

    /**
     * just-the-docs order ({@code nav/sorted.html}): pages with a numeric nav_order first, by value; then,
     * in one group, pages with a string nav_order and pages without one, by that string or else their
     * title as text. Strings compare as Ruby does (by code point), or ignoring ASCII case with
     * {@code nav_sort: case_insensitive}. Ties (which the theme leaves unstable) fall back to the path.
     */
    public static Comparator<Page> order(boolean caseInsensitive) {
        Comparator<String> text = caseInsensitive
                ? Comparator.comparing((String s) -> asciiLower(s), NavTree::compareCodePoints)
                : NavTree::compareCodePoints;
        return Comparator.comparingInt(NavTree::orderGroup)
                .thenComparingDouble(NavTree::numericOrder)
                .thenComparing(NavTree::textKey, text)
                .thenComparing(Page::path);
    }

    /** {@link #order} of one page, computed once: the same comparisons on stored values. */
    private record OrderKey(int group, double numeric, String text, String path) {
        static final Comparator<OrderKey> ORDER = Comparator.comparingInt(OrderKey::group)
                .thenComparingDouble(OrderKey::numeric)
                .thenComparing(OrderKey::text, NavTree::compareCodePoints)
                .thenComparing(OrderKey::path);

        static OrderKey of(Page p, boolean caseInsensitive) {
            String text = textKey(p);
            return new OrderKey(orderGroup(p), numericOrder(p), caseInsensitive ? asciiLower(text) : text, p.path());
        }
    }

    /** The default order (case-sensitive string sort). */
    public static final Comparator<Page> ORDER = order(false);

    private static int orderGroup(Page p) {
        JsonNode n = p.data().get("nav_order");
        return n != null && n.isNumber() ? 0 : 1;
    }

    private static String textKey(Page p) {
        JsonNode n = p.data().get("nav_order");
        if (n != null && !n.isNull() && !n.isNumber()) {
            return n.asText();
        }
        return Objects.toString(p.title(), "");
    }

    private static String asciiLower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    /** Ruby compares UTF-8 bytes, which orders like code points (not like Java's UTF-16 units). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static double numericOrder(Page p) {
        JsonNode n = p.data().get("nav_order");
        return n != null && n.isNumber() ? n.asDouble() : 0;
    }
}
