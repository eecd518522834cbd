package io.github.faqkit.core.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The site's own copy of the include that builds just-the-docs' main navigation ({@code _includes/nav.html} up to
 * 0.9, {@code components/site_nav.html}, {@code components/sidebar.html} or {@code components/nav/pages.html}
 * from 0.10), when the site is not the theme itself (no {@code just-the-docs.gemspec}). Such a site decides
 * itself which pages its navigation shows and how deep (a real site adds a fourth level with
 * {@code great_grand_parent}): what the theme's own algorithm would reject says nothing about it.
 */
public final class OwnNavigation {
    private static final List<String> NAV_INCLUDES = List.of(
            "_includes/nav.html",
            "_includes/components/site_nav.html",
            "_includes/components/sidebar.html",
            "_includes/components/nav/pages.html");

    private OwnNavigation() {}

    /** The site's own navigation include (relative path), or null when the theme's builds the navigation. */
    static String find(Path contentDirectory) {
        if (Files.isRegularFile(contentDirectory.resolve("just-the-docs.gemspec"))) {
            return null;
        }
        for (String rel : NAV_INCLUDES) {
            if (Files.isRegularFile(contentDirectory.resolve(rel))) {
                return rel;
            }
        }
        return null;
    }
}
