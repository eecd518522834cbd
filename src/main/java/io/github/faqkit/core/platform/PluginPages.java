package io.github.faqkit.core.platform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.faqkit.core.ContentScanner;
import io.github.faqkit.core.FrontMatter;
import io.github.faqkit.core.LineIndex;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.SourceEntry;
import io.github.faqkit.core.kramdown.Heading;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Pages as the platform's plugins build them: jekyll-optional-front-matter renders Markdown files without
 * front matter, jekyll-titles-from-headings gives pages without a title the text of a heading on their first
 * line. The parsed page is not changed; the rules see what the theme will see.
 */
public final class PluginPages {

    /** jekyll-optional-front-matter leaves these repository files raw (its FILENAME_BLACKLIST), by base name. */
    public static final Set<String> LEFT_RAW = Set.of(
            "README",
            "LICENSE",
            "LICENCE",
            "COPYING",
            "CODE_OF_CONDUCT",
            "CONTRIBUTING",
            "ISSUE_TEMPLATE",
            "PULL_REQUEST_TEMPLATE");

    private PluginPages() {}

    /**
     * The pages as built under {@code choice}, in the order given: optional front matter first, then
     * jekyll-readme-index (a README without front matter becomes its folder's index when the folder has none),
     * then titles from headings (which runs last of the three, as its generator priority says).
     */
    public static java.util.List<Page> applyAll(
            java.util.List<Page> pages,
            java.util.List<SourceEntry> entries,
            PlatformChoice choice,
            List<String> include) {
        return applyAll(pages, entries, choice, include, false);
    }

    /**
     * As {@link #applyAll(java.util.List, java.util.List, PlatformChoice, List)}; with {@code readmesWithFrontMatter}
     * ({@code readme_index: with_frontmatter: true}) jekyll-readme-index also makes a README that has front matter
     * its folder's index: served at the folder of its URL, when no page or file is that folder's index yet.
     */
    public static java.util.List<Page> applyAll(
            java.util.List<Page> pages,
            java.util.List<SourceEntry> entries,
            PlatformChoice choice,
            List<String> include,
            boolean readmesWithFrontMatter) {
        java.util.List<Page> out = new java.util.ArrayList<>(pages.size());
        for (Page p : pages) {
            out.add(apply(p, choice, include));
        }
        if (!choice.runs(PagesPlugins.README_INDEX)) {
            return out;
        }
        Set<String> indexed = new java.util.HashSet<>();
        for (Page p : out) {
            if (p.rendered()) {
                indexed.add(
                        p.url().endsWith("/index.html")
                                ? p.url().substring(0, p.url().length() - 10)
                                : p.url());
            }
        }
        for (SourceEntry e : entries) {
            String lower = e.path().toLowerCase(Locale.ROOT);
            if (e.collection() == null && lower.matches("(.*/)?index\\.(html?|xhtml|xml)")) {
                indexed.add("/"
                        + e.path()
                                .substring(
                                        0,
                                        e.path().length()
                                                - lower.substring(lower.lastIndexOf('/') + 1)
                                                        .length()));
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Page p = out.get(i);
            String folder = "/" + p.path().substring(0, p.path().lastIndexOf('/') + 1);
            if (!p.rendered()
                    && readme(p)
                    && p.published()
                    && p.entry().collection() == null
                    && !indexed.contains(folder)) {
                indexed.add(folder);
                Page asIndex = p.asBuilt(p.data(), folder, true);
                out.set(i, apply(asIndex, choice, include));
            }
        }
        if (readmesWithFrontMatter) {
            for (int i = 0; i < out.size(); i++) {
                Page p = out.get(i);
                if (!p.rendered()
                        || p.renderedByPlugin()
                        || !readme(p)
                        || !p.published()
                        || p.entry().collection() != null) {
                    continue;
                }
                // the plugin's update_permalink: File.dirname(url) + "/", for a permalink as for a derived URL
                String url = p.url();
                String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
                String folder = trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
                if (folder.isEmpty()) {
                    folder = "/";
                }
                if (!indexed.contains(folder)) {
                    indexed.add(folder);
                    out.set(i, p.asBuilt(p.data(), folder, false));
                }
            }
        }
        return out;
    }

    /**
     * True when jekyll-readme-index may make {@code page} its folder's index under {@code choice}: whether it
     * does depends on the other pages ({@link #applyAll}), so {@link #apply} alone does not build it.
     */
    public static boolean mayBecomeIndex(Page page, PlatformChoice choice) {
        return choice.runs(PagesPlugins.README_INDEX) && readme(page);
    }

    private static boolean readme(Page p) {
        String name = p.path().substring(p.path().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return p.entry().markdown() && (name.startsWith("readme.")) && name.indexOf('.') == 6;
    }

    /**
     * {@code page} as built under {@code choice} ({@code include}: the site's {@code include:}); the same object
     * when no plugin changes it.
     */
    public static Page apply(Page page, PlatformChoice choice, List<String> include) {
        boolean byPlugin = rendersWithoutFrontMatter(page, choice, include) || page.renderedByPlugin();
        if (!byPlugin && !page.rendered()) {
            return page;
        }
        String title = null;
        if (choice.runs(PagesPlugins.TITLES_FROM_HEADINGS)
                && page.title() == null
                && page.entry().collection() == null
                && page.entry().markdown()
                && !page.data().has("title")) {
            title = titleFromHeading(page);
        }
        if (!byPlugin && title == null) {
            return page;
        }
        ObjectNode data = page.data().deepCopy();
        if (title != null) {
            data.put("title", title);
        }
        return page.asBuilt(data, page.url(), byPlugin);
    }

    /** True when jekyll-optional-front-matter renders this file, which has no front matter block. */
    public static boolean rendersWithoutFrontMatter(Page page, PlatformChoice choice, List<String> include) {
        return choice.runs(PagesPlugins.OPTIONAL_FRONT_MATTER)
                && page.frontMatter().status() == FrontMatter.Status.MISSING
                && page.entry().markdown()
                && page.entry().collection() == null
                && page.entry().published()
                && !leftRaw(page.path(), include);
    }

    /**
     * A README, LICENSE … which jekyll-optional-front-matter does not render: its FILENAME_BLACKLIST by base name,
     * unless {@code include:} of _config.yml names the file (the plugin's whitelisted?, Jekyll's
     * EntryFilter#included?): then it renders it like any other file without front matter (golden
     * {@code platform-golden/raw-names-included}).
     */
    public static boolean leftRaw(String path, List<String> include) {
        return rawName(path) && !ContentScanner.explicitlyIncluded(include, path);
    }

    /** A name on jekyll-optional-front-matter's FILENAME_BLACKLIST (README, LICENSE …), by base name. */
    private static boolean rawName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).toUpperCase(Locale.ROOT);
        return LEFT_RAW.contains(base);
    }

    /**
     * jekyll-titles-from-headings reads an ATX heading of level 1 to 3, or a Setext heading, that is the first
     * thing in the page (only blank lines before it); null when the page does not start with one.
     */
    static String titleFromHeading(Page page) {
        if (page.kramdown().headings().isEmpty()) {
            return null;
        }
        Heading first = page.kramdown().headings().get(0);
        if (first.level() > 3 || first.text() == null || first.text().isBlank()) {
            return null;
        }
        LineIndex lines = page.body().lines();
        int bodyLine = first.line() - page.body().lineOffset();
        for (int l = 1; l < bodyLine; l++) {
            if (!blank(lines, l)) {
                return null;
            }
        }
        return first.text().strip();
    }

    private static boolean blank(LineIndex lines, int line) {
        if (line >= lines.lineCount()) {
            return false;
        }
        int length = lines.lineStart(line + 1) - lines.lineStart(line);
        return length <= 2; // "\n" or "\r\n": a line with only spaces is counted as content (rare, and safe)
    }
}
