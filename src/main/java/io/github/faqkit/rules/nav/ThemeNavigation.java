package io.github.faqkit.rules.nav;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.platform.NavigationLayouts;

/**
 * Whether readers see just-the-docs' navigation at all: not on a site whose every page uses a layout that builds
 * a navigation of its own (or none), where what the theme would show is never drawn.
 */
final class ThemeNavigation {
    private ThemeNavigation() {}

    private static NavigationLayouts layouts(Site site) {
        return site.derived(NavigationLayouts.class, s -> NavigationLayouts.UNKNOWN);
    }

    /** True unless no page of the site draws the theme's navigation (each page's sidebar lists every page). */
    static boolean shown(Site site) {
        return site.derived(Shown.class, s -> new Shown(layouts(s).shownOnAny(s.pages())))
                .value();
    }

    /** True unless {@code page}'s layout provably draws nothing of the theme's navigation (its list of children). */
    static boolean drawnOn(Site site, Page page) {
        return layouts(site).mayListChildren(page);
    }

    /** The site-wide answer, computed once per run. */
    record Shown(boolean value) {}
}
