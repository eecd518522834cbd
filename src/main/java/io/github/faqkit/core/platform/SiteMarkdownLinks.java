package io.github.faqkit.core.platform;

import io.github.faqkit.core.Site;
import java.util.regex.Pattern;

/**
 * Whether the site's own Ruby plugins ({@code _plugins/*.rb}) rewrite its {@code .md} links, as jekyll-relative-links
 * does: a hook, generator or converter that substitutes a {@code .md} suffix in the pages' text. Sites built by Jekyll
 * without jekyll-relative-links write one (Asya-Yesayan/as8x-docs: a {@code :pre_render} hook turns
 * {@code [x](y.md)} into {@code [x](y.html)} in 1,460 pages). What such a plugin makes of a link is its own code, so a
 * {@code .md} link to a page counts as reaching it, as it does where jekyll-relative-links runs (platform-golden
 * site-plugin-md-links: the real build serves the rewritten link). GitHub Pages builds in safe mode and loads none of
 * the folder; a plugin that only defines a Liquid filter changes no Markdown link.
 */
public final class SiteMarkdownLinks {
    /** A {@code .md} suffix in a Ruby regular expression ({@code /\.md/}) or string ({@code '.md'}, {@code ".md"}). */
    private static final Pattern MD_SUFFIX = Pattern.compile("\\\\\\.md\\b|[\"']\\.md[\"']");

    /**
     * Code that may match a {@code .markdown} suffix too: the suffix in a pattern or string ({@code \.markdown},
     * {@code (md|markdown)}), Jekyll's list of Markdown extensions, its Markdown converter, a file's extension; the
     * word in a comment ("every Markdown link") is not one.
     */
    private static final Pattern LONG_SUFFIX =
            Pattern.compile("(?i)[.|(]markdown\\b|markdown_ext|Converters::Markdown|\\bextname\\b");

    /** A substitution: {@code gsub}, {@code gsub!}, {@code sub}, {@code sub!} called on something. */
    private static final Pattern SUBSTITUTION = Pattern.compile("\\.g?sub!?[\\s(]");

    /** Code Jekyll runs on every page: a hook, or a generator or converter class. */
    private static final Pattern RUNS_ON_PAGES =
            Pattern.compile("Hooks\\.register|<\\s*(?:Jekyll::)?(?:Generator|Converter)\\b");

    private SiteMarkdownLinks() {}

    /** True when a plugin the build of {@code site} loads rewrites {@code .md} links in the pages. */
    public static boolean rewrite(Site site) {
        if (site.platform() == null || site.platform().platform() == Platform.GITHUB_PAGES) {
            return false; // safe mode: the folder is not loaded
        }
        return site.derived(Found.class, s -> new Found(in(SitePluginSources.of(s))))
                .yes();
    }

    /**
     * True when a plugin the build of {@code site} loads may also rewrite {@code .markdown} links: one of the rewriting
     * plugins names that suffix, Jekyll's {@code markdown_ext} list, its Markdown converter or a file's extension. A plugin that names only
     * {@code .md} ({@code /\]\((.+?)\.md\)/}) leaves {@code [x](y.markdown)} as written: a 404 where the page is built
     * to {@code y.html} (platform-golden site-plugin-md-links, L7).
     */
    public static boolean rewriteMarkdownSuffix(Site site) {
        return rewrite(site)
                && site.derived(FoundLong.class, s -> new FoundLong(inLong(SitePluginSources.of(s))))
                        .yes();
    }

    /** The answer, kept once a run. */
    record Found(boolean yes) {}

    /** The answer for {@code .markdown}, kept once a run. */
    record FoundLong(boolean yes) {}

    static boolean in(SitePluginSources plugins) {
        for (SitePluginSources.Source f : plugins.sources()) {
            if (rewrites(f.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean rewrites(String text) {
        return text != null // an unread plugin gives no evidence
                && RUNS_ON_PAGES.matcher(text).find()
                && SUBSTITUTION.matcher(text).find()
                && MD_SUFFIX.matcher(text).find();
    }

    static boolean inLong(SitePluginSources plugins) {
        for (SitePluginSources.Source f : plugins.sources()) {
            if (rewrites(f.text()) && LONG_SUFFIX.matcher(f.text()).find()) {
                return true;
            }
        }
        return false;
    }
}
