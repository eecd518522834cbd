package io.github.faqkit.core.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The site's own copy of the include that builds just-the-docs' main navigation ({@code _includes/nav.html} up to
 * 0.6, {@code components/nav.html} from 0.7 to 0.9, {@code components/site_nav.html}, {@code components/sidebar.html}
 * or {@code components/nav/pages.html} from 0.10). Such a site decides itself which pages its navigation shows and
 * how deep (a real site adds a fourth level with {@code great_grand_parent}, another nests {@code parent} alone to
 * any depth): what the theme's own algorithm would reject says nothing about it.
 *
 * <p>A site that is a copy of the theme's repository ({@code just-the-docs.gemspec}) has these includes anyway: they
 * are its own only when they match no release of the theme ({@link ThemeFiles}), as PromptAI/promptdialog's
 * {@code components/nav.html} (0.8.1's gemspec) nests pages by {@code parent} alone, with no {@code grand_parent}.
 */
public final class OwnNavigation {
    private static final List<String> NAV_INCLUDES = List.of(
            "_includes/nav.html",
            "_includes/components/nav.html",
            "_includes/components/site_nav.html",
            "_includes/components/sidebar.html",
            "_includes/components/nav/pages.html");

    private OwnNavigation() {}

    /** The site's own navigation include (relative path), or null when the theme's builds the navigation. */
    static String find(Path contentDirectory) {
        return find(contentDirectory, ThemeFiles.shipped());
    }

    /** The same, with the theme's releases read from {@code releases}. */
    static String find(Path contentDirectory, ThemeFiles releases) {
        boolean themeCopy = Files.isRegularFile(contentDirectory.resolve("just-the-docs.gemspec"));
        for (String rel : NAV_INCLUDES) {
            Path file = contentDirectory.resolve(rel);
            if (Files.isRegularFile(file) && (!themeCopy || !releases.ships(rel, file))) {
                return rel;
            }
        }
        return null;
    }
}
