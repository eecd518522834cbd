package io.github.faqkit.core.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.SiteConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Which layouts draw just-the-docs' navigation (the sidebar, or a page's list of its children), following each
 * layout's chain as Jekyll does: the page's {@code layout}, that layout's own {@code layout:}, and so on, a layout
 * of the site's {@code _layouts} replacing the theme's of the same name, and the includes each layout of the site
 * pulls in (the site's {@code _includes} replacing the theme's). A site whose own layouts build a navigation of
 * their own under other names ({@code nav-en.html}) never shows the theme's: its ties and title conflicts are not
 * seen by readers.
 *
 * <p>What cannot be followed counts as drawing the navigation, as before: a page without {@code layout} (the
 * platform may give it one), a layout neither the site nor the known theme has, an include named by a variable,
 * another theme's files, a {@code layouts_dir}/{@code includes_dir} elsewhere.
 */
public final class NavigationLayouts {
    /** What a layout chain does with the theme's navigation. */
    public enum Verdict {
        DRAWS,
        DRAWS_NOT,
        UNKNOWN
    }

    /** Every layout taken as drawing the navigation: where nothing was read. */
    public static final NavigationLayouts UNKNOWN = new NavigationLayouts(null, null, true);

    /** What is drawn: the main navigation, or a page's list of its children. */
    private record Kind(Set<String> includes, Set<String> themeLayouts) {}

    /**
     * Includes of just-the-docs that draw its main navigation (up to 0.3 {@code nav.html} from {@code default.html};
     * from 0.4 {@code components/sidebar.html}, then {@code components/site_nav.html}, {@code components/nav.html},
     * {@code components/nav/pages.html}).
     */
    static final Set<String> SIDEBAR_INCLUDES = Set.of(
            "nav.html",
            "components/nav.html",
            "components/sidebar.html",
            "components/site_nav.html",
            "components/nav/pages.html",
            "components/nav/links.html");

    /** Includes that draw a page's list of its children below its content (from 0.4). */
    static final Set<String> CHILDREN_INCLUDES = Set.of("components/children_nav.html", "components/nav/children.html");

    /**
     * The theme's layouts that draw the main navigation: {@code default} and those built on it. {@code minimal}
     * drew it up to 0.5 and not since (0.10 sets {@code nav_enabled: false}): not known without the version, so
     * neither counted nor left out.
     */
    static final Set<String> THEME_SIDEBAR = Set.of("default", "page", "home", "post", "about");

    /** The theme's layouts that list a page's children: the same and {@code minimal} (every version). */
    static final Set<String> THEME_CHILDREN = Set.of("default", "page", "home", "post", "about", "minimal");

    private static final Kind SIDEBAR = new Kind(SIDEBAR_INCLUDES, THEME_SIDEBAR);
    private static final Kind CHILDREN = new Kind(CHILDREN_INCLUDES, THEME_CHILDREN);

    /** {@code layout: none}: no layout at all. */
    private static final String NO_LAYOUT = "none";

    static final Set<String> THEME_WRAPPERS = Set.of("table_wrappers", "vendor/compress");

    private static final int MAX_DEPTH = 24;

    private final Path root;
    private final String otherTheme;
    private final boolean unknown;
    private final Map<Kind, Map<String, Verdict>> layouts = new HashMap<>();
    private final Map<Kind, Map<String, Verdict>> includes = new HashMap<>();

    private NavigationLayouts(Path root, String otherTheme, boolean unknown) {
        this.root = root;
        this.otherTheme = otherTheme;
        this.unknown = unknown;
    }

    /** The layouts of the site in {@code root}, whose theme is just-the-docs unless {@link OtherTheme} names one. */
    public static NavigationLayouts of(Path root, SiteConfig config) {
        boolean moved = config.raw().has("layouts_dir") || config.raw().has("includes_dir");
        return new NavigationLayouts(root, OtherTheme.of(config), moved);
    }

    /** True unless every rendered page provably uses a layout that draws no main navigation of the theme. */
    public synchronized boolean shownOnAny(Collection<Page> pages) {
        for (Page p : pages) {
            if (p.rendered() && of(p, SIDEBAR) != Verdict.DRAWS_NOT) {
                return true;
            }
        }
        return false;
    }

    /** True unless the page provably uses a layout that draws no list of the page's children. */
    public synchronized boolean mayListChildren(Page page) {
        return of(page, CHILDREN) != Verdict.DRAWS_NOT;
    }

    private Verdict of(Page page, Kind kind) {
        if (unknown) {
            return Verdict.UNKNOWN;
        }
        JsonNode layout = page.data().get("layout");
        if (layout == null || !layout.isTextual()) {
            return Verdict.UNKNOWN; // Jekyll gives none, GitHub Pages' jekyll-default-layout one: not known here
        }
        return layout(layout.asText(), kind, 0);
    }

    /** The verdict for layout {@code name}. */
    private Verdict layout(String name, Kind kind, int depth) {
        if (unknown) {
            return Verdict.UNKNOWN;
        }
        if (NO_LAYOUT.equals(name)) {
            return Verdict.DRAWS_NOT; // Jekyll writes the page's content alone
        }
        Map<String, Verdict> seen = layouts.computeIfAbsent(kind, k -> new HashMap<>());
        Verdict known = seen.get(name);
        if (known != null) {
            return known;
        }
        if (depth > MAX_DEPTH) {
            return Verdict.UNKNOWN;
        }
        seen.put(name, Verdict.UNKNOWN); // a layout chain that loops back is not followed twice
        Verdict v = resolveLayout(name, kind, depth);
        seen.put(name, v);
        return v;
    }

    private Verdict resolveLayout(String name, Kind kind, int depth) {
        Path file = LayoutFiles.find(root.resolve("_layouts"), name);
        if (file == null) {
            if (otherTheme != null) {
                return Verdict.UNKNOWN;
            }
            if (kind.themeLayouts().contains(name)) {
                return Verdict.DRAWS;
            }
            if (THEME_WRAPPERS.contains(name)) {
                return Verdict.DRAWS_NOT;
            }
            return Verdict.UNKNOWN; // minimal (main navigation by version), or a layout no one has
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return Verdict.UNKNOWN;
        }
        LayoutFiles.Layout parsed = LayoutFiles.parse(text);
        String parent = parsed.parent();
        Verdict own = includesOf(parsed.body(), kind, depth, new HashSet<>());
        if (own != Verdict.DRAWS_NOT || parent == null || parent.isEmpty()) {
            return own;
        }
        return layout(parent, kind, depth + 1);
    }

    /** DRAWS when the text includes the theme's navigation, UNKNOWN when an include cannot be followed. */
    private Verdict includesOf(String text, Kind kind, int depth, Set<String> visiting) {
        Verdict out = Verdict.DRAWS_NOT;
        Matcher m = LayoutFiles.INCLUDE.matcher(text);
        while (m.find()) {
            Verdict v = include(m.group(1), kind, depth, visiting);
            if (v == Verdict.DRAWS) {
                return v;
            }
            if (v == Verdict.UNKNOWN) {
                out = v;
            }
        }
        return out;
    }

    private Verdict include(String name, Kind kind, int depth, Set<String> visiting) {
        if (name.contains("{{") || name.contains("{%")) {
            return Verdict.UNKNOWN;
        }
        if (kind.includes().contains(name)) {
            return Verdict.DRAWS;
        }
        Map<String, Verdict> seen = includes.computeIfAbsent(kind, k -> new HashMap<>());
        Verdict known = seen.get(name);
        if (known != null) {
            return known;
        }
        if (!visiting.add(name) || depth > MAX_DEPTH) {
            return Verdict.DRAWS_NOT; // already being read higher up: what it holds is counted there
        }
        Path file = LayoutFiles.include(root, name);
        Verdict v;
        if (file == null) {
            // the theme's include: one not listed draws no navigation (head, header, footer …)
            v = otherTheme != null ? Verdict.UNKNOWN : Verdict.DRAWS_NOT;
        } else {
            try {
                v = includesOf(Files.readString(file, StandardCharsets.UTF_8), kind, depth + 1, visiting);
            } catch (IOException | java.io.UncheckedIOException e) {
                v = Verdict.UNKNOWN;
            }
        }
        visiting.remove(name);
        seen.put(name, v);
        return v;
    }
}
