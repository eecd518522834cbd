package io.github.faqkit.core.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** {@code page.lang}, {@code page.version}: a variable of the page being rendered, read by name. */
    private static final Pattern PAGE_VARIABLE = Pattern.compile("\\bpage\\.([A-Za-z_][\\w-]*)");

    /**
     * What the theme's own navigation includes read of the page (in some release): the current URL, the ancestry it
     * highlights. A site's copy reads them too, and they say nothing about which pages it shows.
     */
    private static final Set<String> THEME_READS = Set.of(
            "url",
            "title",
            "parent",
            "grand_parent",
            "ancestor",
            "has_children",
            "has_toc",
            "child_nav_order",
            "collection",
            "nav_order",
            "nav_exclude",
            "path",
            "layout",
            "content");

    /**
     * A name for a language in the site's own navigation ({@code currentLang}, {@code getLang(path)},
     * {@code data-lang}); no release of the theme's navigation includes has one.
     */
    private static final Pattern LANGUAGE = Pattern.compile("(?i)lang\\b");

    private OwnNavigation() {}

    /**
     * The variables of the page being rendered that the site's own navigation includes read besides those the
     * theme reads ({@code page.lang} in {@code {% assign current_lang = page.lang %}}): such a navigation may list
     * other pages on a page of another {@code lang} (tang3cko/ReactiveSO-docs, trial27, lists only the pages of
     * the current page's language). Empty when the theme builds the navigation or the site's reads none.
     */
    public static Set<String> pageVariables(Path contentDirectory) {
        return pageVariables(contentDirectory, ThemeFiles.shipped());
    }

    /** The same, with the theme's releases read from {@code releases}. */
    static Set<String> pageVariables(Path contentDirectory, ThemeFiles releases) {
        Set<String> out = new TreeSet<>();
        for (String rel : own(contentDirectory, releases)) {
            String text;
            try {
                text = Files.readString(contentDirectory.resolve(rel), StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException e) {
                continue; // unreadable: the loader reports the file; nothing known about what it reads
            }
            Matcher m = PAGE_VARIABLE.matcher(text);
            while (m.find()) {
                if (!THEME_READS.contains(m.group(1))) {
                    out.add(m.group(1));
                }
            }
            if (LANGUAGE.matcher(text).find()) {
                // a navigation that picks the pages of one language some other way (a script reading the language
                // of each link's path: CNDY1390/cs188) shows the pages whose lang differs on different pages
                out.add("lang");
            }
        }
        return out;
    }

    /** {@code page.lang}, or a script's name for a language ({@code currentLang}, {@code getLangFromPath}). */
    private static final Pattern PICKS_LANGUAGE = Pattern.compile("\\bpage\\.lang\\b|[a-z]Lang");

    /**
     * True when the site's own lists of a page's children pick the pages of one language too: its own
     * {@code components/children_nav.html} or one of its layouts reads {@code page.lang} or names a language in a
     * script (CNDY1390/cs188's page layout hides the children whose path is of another language). The theme's
     * layouts and children list never do.
     */
    public static boolean childListsPickLanguage(Path contentDirectory) {
        List<Path> files = new java.util.ArrayList<>();
        files.add(contentDirectory.resolve("_includes/components/children_nav.html"));
        try (java.util.stream.Stream<Path> layouts = Files.list(contentDirectory.resolve("_layouts"))) {
            layouts.filter(f -> f.toString().endsWith(".html")).forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            // no layouts of its own
        }
        for (Path f : files) {
            try {
                if (Files.isRegularFile(f)
                        && PICKS_LANGUAGE
                                .matcher(Files.readString(f, StandardCharsets.UTF_8))
                                .find()) {
                    return true;
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // unreadable: nothing known about what it picks
            }
        }
        return false;
    }

    private static List<String> own(Path contentDirectory, ThemeFiles releases) {
        boolean themeCopy = Files.isRegularFile(contentDirectory.resolve("just-the-docs.gemspec"));
        return NAV_INCLUDES.stream()
                .filter(rel -> {
                    Path file = contentDirectory.resolve(rel);
                    return Files.isRegularFile(file) && (!themeCopy || !releases.ships(rel, file));
                })
                .toList();
    }

    /** The site's own navigation include (relative path), or null when the theme's builds the navigation. */
    static String find(Path contentDirectory) {
        return find(contentDirectory, ThemeFiles.shipped());
    }

    /** The same, with the theme's releases read from {@code releases}. */
    static String find(Path contentDirectory, ThemeFiles releases) {
        List<String> own = own(contentDirectory, releases);
        return own.isEmpty() ? null : own.get(0);
    }
}
