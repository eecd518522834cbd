package io.github.faqkit.core.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.TemplateTexts;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;

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
    /** Every layout taken as drawing the navigation: where nothing was read. */
    public static final NavigationLayouts UNKNOWN = new NavigationLayouts(null, new TemplateTexts(), null, true);

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

    /** {@code layout: none}: no layout at all. */
    private static final String NO_LAYOUT = "none";

    static final Set<String> THEME_WRAPPERS = Set.of("table_wrappers", "vendor/compress");

    private final Chains sidebar;
    private final Chains children;
    private final boolean unknown;

    private NavigationLayouts(Path root, TemplateTexts texts, String otherTheme, boolean unknown) {
        this.sidebar = new Chains(root, texts, otherTheme, new Kind(SIDEBAR_INCLUDES, THEME_SIDEBAR));
        this.children = new Chains(root, texts, otherTheme, new Kind(CHILDREN_INCLUDES, THEME_CHILDREN));
        this.unknown = unknown;
    }

    /** The layouts of the site in {@code root}, whose theme is just-the-docs unless {@link OtherTheme} names one. */
    public static NavigationLayouts of(Path root, SiteConfig config, TemplateTexts texts) {
        boolean moved = config.raw().has("layouts_dir") || config.raw().has("includes_dir");
        return new NavigationLayouts(root, texts, OtherTheme.of(config), moved);
    }

    /** True unless every rendered page provably uses a layout that draws no main navigation of the theme. */
    public synchronized boolean shownOnAny(Collection<Page> pages) {
        for (Page p : pages) {
            if (p.rendered() && of(p, sidebar) != LayoutChains.Verdict.NOT_FOUND) {
                return true;
            }
        }
        return false;
    }

    /** True unless the page provably uses a layout that draws no list of the page's children. */
    public synchronized boolean mayListChildren(Page page) {
        return of(page, children) != LayoutChains.Verdict.NOT_FOUND;
    }

    private LayoutChains.Verdict of(Page page, Chains kind) {
        if (unknown) {
            return LayoutChains.Verdict.UNKNOWN;
        }
        JsonNode layout = page.data().get("layout");
        if (layout == null || !layout.isTextual()) {
            // Jekyll gives none, GitHub Pages' jekyll-default-layout one: not known here
            return LayoutChains.Verdict.UNKNOWN;
        }
        return kind.layout(layout.asText(), 0);
    }

    /** Found: the chain draws the theme's navigation of this kind. */
    private static final class Chains extends LayoutChains {
        private final String otherTheme;
        private final Kind kind;

        Chains(Path root, TemplateTexts texts, String otherTheme, Kind kind) {
            super(root, texts);
            this.otherTheme = otherTheme;
            this.kind = kind;
        }

        @Override
        Verdict parentDecidesOn() {
            return Verdict.NOT_FOUND;
        }

        @Override
        Verdict byLayoutName(String name) {
            return NO_LAYOUT.equals(name) ? Verdict.NOT_FOUND : null; // Jekyll writes the page's content alone
        }

        @Override
        Verdict themeLayout(String name, int depth) {
            if (otherTheme != null) {
                return Verdict.UNKNOWN;
            }
            if (kind.themeLayouts().contains(name)) {
                return Verdict.FOUND;
            }
            if (THEME_WRAPPERS.contains(name)) {
                return Verdict.NOT_FOUND;
            }
            return Verdict.UNKNOWN; // minimal (main navigation by version), or a layout no one has
        }

        @Override
        Verdict byIncludeName(String name) {
            return kind.includes().contains(name) ? Verdict.FOUND : null;
        }

        @Override
        Verdict themeInclude(String name) {
            // the theme's include: one not listed draws no navigation (head, header, footer …)
            return otherTheme != null ? Verdict.UNKNOWN : Verdict.NOT_FOUND;
        }
    }
}
