package io.github.faqkit.core.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

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
     * True when {@code platform} runs a plugin outside {@link #NO_SITE_KEYS}, or plain Jekyll loads Ruby files
     * from the site's {@code _plugins} folder (GitHub Pages builds in safe mode: it loads neither).
     */
    public static boolean unknown(PlatformChoice platform, Path siteRoot) {
        if (platform.platform() == Platform.GITHUB_PAGES) {
            return false;
        }
        for (String p : platform.plugins()) {
            if (!NO_SITE_KEYS.contains(p)) {
                return true;
            }
        }
        Path dir = siteRoot.resolve("_plugins");
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.anyMatch(f -> f.getFileName().toString().endsWith(".rb"));
        } catch (IOException | java.io.UncheckedIOException e) {
            return true; // a plugin folder that cannot be read may hold anything
        }
    }
}
