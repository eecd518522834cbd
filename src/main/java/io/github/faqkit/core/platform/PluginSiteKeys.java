package io.github.faqkit.core.platform;

import java.util.Set;

/**
 * Whether a build runs Ruby plugins that may give {@code site} keys of their own. A language plugin sets
 * {@code site.lang}, a data plugin fills keys from elsewhere: no source file here holds those values, so a
 * page that reads them cannot be judged by what it would show without them.
 */
public final class PluginSiteKeys {
    /**
     * Plugins known to add no {@code site} key (jekyll-github-metadata's {@code site.github} is modelled as
     * unknown on its own): GitHub Pages' set and common ones that add pages, tags, filters or page keys only.
     */
    static final Set<String> NO_SITE_KEYS = Set.of(
            "github-pages",
            "just-the-docs",
            "jekyll-remote-theme",
            "jekyll-github-metadata",
            "jekyll-optional-front-matter",
            "jekyll-relative-links",
            "jekyll-titles-from-headings",
            "jekyll-default-layout",
            "jekyll-readme-index",
            "jekyll-feed",
            "jekyll-sitemap",
            "jekyll-seo-tag",
            "jekyll-redirect-from",
            "jekyll-include-cache",
            "jekyll-paginate",
            "jekyll-gist",
            "jemoji",
            "jekyll-mentions",
            "jekyll-avatar",
            "jekyll-coffeescript",
            "jekyll-sass-converter",
            "jekyll-commonmark",
            "jekyll-commonmark-ghpages",
            "jekyll-last-modified-at");

    private PluginSiteKeys() {}

    /**
     * The {@code site} keys that jekyll-github-metadata (run by GitHub Pages on every site) sets in place of
     * {@code _config.yml}'s, read from its {@code SiteGitHubMunger} and measured with the real plugin
     * (github-metadata-golden): {@code title} (the repository's name, or the owner's for a user site) and
     * {@code description} (the repository's) when the config has none or null/false ({@code ||=}: an empty string
     * stays), {@code title} not when the config has {@code name} instead; {@code url} likewise in a production
     * build (GitHub Pages' builds are; for another build it is not known, so taken as set). {@code baseurl} is
     * modelled on its own (the implicit Pages baseurl), {@code site.github} is always unknown. Their values come
     * from the GitHub API: unknown here, never nil.
     */
    public static Set<String> setBy(PlatformChoice platform, com.fasterxml.jackson.databind.JsonNode raw) {
        if (!platform.runs(PagesPlugins.GITHUB_METADATA)) {
            return Set.of();
        }
        Set<String> keys = new java.util.TreeSet<>();
        if (unset(raw, "title") && unset(raw, "name")) {
            keys.add("title");
        }
        for (String k : new String[] {"description", "url"}) {
            if (unset(raw, k)) {
                keys.add(k);
            }
        }
        return Set.copyOf(keys);
    }

    /** Ruby's falsy: missing, null or false (an empty string is a value). */
    private static boolean unset(com.fasterxml.jackson.databind.JsonNode raw, String key) {
        com.fasterxml.jackson.databind.JsonNode n = raw.get(key);
        return n == null || n.isNull() || n.isMissingNode() || (n.isBoolean() && !n.booleanValue());
    }

    /**
     * True when {@code platform} runs a plugin outside {@link #NO_SITE_KEYS}, or plain Jekyll loads Ruby files
     * from the site's {@code _plugins} folder (GitHub Pages builds in safe mode: it loads neither).
     */
    public static boolean unknown(PlatformChoice platform, SitePluginSources plugins) {
        if (platform.platform() == Platform.GITHUB_PAGES) {
            return false;
        }
        for (String p : platform.plugins()) {
            if (!NO_SITE_KEYS.contains(p)) {
                return true;
            }
        }
        return plugins.any();
    }
}
