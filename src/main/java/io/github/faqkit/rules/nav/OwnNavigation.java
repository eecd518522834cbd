package io.github.faqkit.rules.nav;

import io.github.faqkit.core.Site;
import java.nio.file.Files;
import java.util.List;

/**
 * The site's own copy of the include that builds just-the-docs' main navigation ({@code _includes/nav.html} up to
 * 0.9, {@code components/site_nav.html}, {@code components/sidebar.html} or {@code components/nav/pages.html}
 * from 0.10), when the site is not the theme itself (no {@code just-the-docs.gemspec}). Such a site decides
 * itself which pages its navigation shows and how deep (a real site adds a fourth level with
 * {@code great_grand_parent}): what the theme's own algorithm would reject says nothing about it.
 */
final class OwnNavigation {
    private static final List<String> NAV_INCLUDES = List.of(
            "_includes/nav.html",
            "_includes/components/site_nav.html",
            "_includes/components/sidebar.html",
            "_includes/components/nav/pages.html");

    private final String include;

    private OwnNavigation(Site site) {
        String found = null;
        if (!Files.isRegularFile(site.contentDirectory().resolve("just-the-docs.gemspec"))) {
            for (String rel : NAV_INCLUDES) {
                if (Files.isRegularFile(site.contentDirectory().resolve(rel))) {
                    found = rel;
                    break;
                }
            }
        }
        this.include = found;
    }

    /** The site's own navigation include, or null when the theme's builds the navigation. */
    static String of(Site site) {
        return site.derived(OwnNavigation.class, OwnNavigation::new).include;
    }
}
