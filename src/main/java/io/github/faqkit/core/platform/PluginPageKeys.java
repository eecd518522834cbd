package io.github.faqkit.core.platform;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code page} keys that plugins of a build set themselves, read from each plugin's source: a page that reads
 * one sees the plugin's value, which is not computed here, so the key is unknown (not nil) where the front matter
 * has none. Plugins that set no page key (jekyll-seo-tag, jekyll-github-metadata, jemoji, jekyll-feed,
 * jekyll-sitemap, jekyll-relative-links, jekyll-include-cache …) are not listed. A site's own {@code _plugins} or a
 * plugin not known here make every unset key unknown instead ({@link PluginSiteKeys}).
 */
public final class PluginPageKeys {
    /** Plugin → the page keys it sets. */
    static final Map<String, Set<String>> SET_BY = Map.of(
            // hook on :pages, :posts, :documents post_init: every page gets a Determinator (the file's last commit
            // date, or its mtime), so the key always has a value
            "jekyll-last-modified-at",
            Set.of("last_modified_at"),
            // generator: a page without a title gets its first heading's text
            PagesPlugins.TITLES_FROM_HEADINGS,
            Set.of("title"),
            // generator: a page without a layout gets 'page', 'home' or 'default' (whichever the site has)
            PagesPlugins.DEFAULT_LAYOUT,
            Set.of("layout"),
            // a page with redirect_to gets the redirect page's data: redirect.from and redirect.to
            "jekyll-redirect-from",
            Set.of("redirect"));

    private PluginPageKeys() {}

    /** The page keys that the plugins {@code platform} runs set. */
    public static Set<String> of(PlatformChoice platform) {
        Set<String> keys = new TreeSet<>();
        for (Map.Entry<String, Set<String>> e : SET_BY.entrySet()) {
            if (platform.runs(e.getKey())) {
                keys.addAll(e.getValue());
            }
        }
        return Set.copyOf(keys);
    }
}
