package io.github.faqkit.core.refs;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.platform.PagesPlugins;
import io.github.faqkit.core.platform.Platform;

/**
 * What jekyll-relative-links does to a Markdown link or image ({@code [x](path)}, {@code ![x](path)},
 * {@code [x]: path}) of a Markdown page: when {@code path}, read from the source file's folder (or from the
 * site root when it starts with {@code /}), is the source path of a page, document or static file, the link
 * is rewritten to that target's URL with {@code baseurl}. Links it does not match are left as written.
 *
 * <p>GitHub Pages pins version 0.6.1, which reads less than the releases a site's own Gemfile gets (0.7 and
 * later): it drops the leading {@code /} and reads the rest from the page's folder ({@code /docs/other.md} from
 * {@code docs/guide.md} is {@code docs/docs/other.md}: no target), keeps {@code %}-escapes as written, and takes a
 * link title as part of the path (platform-golden {@code pages-engine}, recorded with 0.6.1 under Jekyll 3.10.0).
 */
public final class RelativeLinks {

    /** The target of a rewritten link: a page, or a static file's path. */
    public record Target(Page page, String file) {}

    private RelativeLinks() {}

    /**
     * Whether a {@code .md} link of {@code page} counts as rewritten: jekyll-relative-links runs (or the build is
     * unknown, see {@link io.github.faqkit.core.platform.PlatformChoice#markdownLinksRewritten}), is not turned
     * off by {@code relative_links: enabled: false}, and, for a document of a collection, is turned on for
     * collections ({@code relative_links: collections: true}); or a plugin of the site's own {@code _plugins}
     * rewrites them ({@link io.github.faqkit.core.platform.SiteMarkdownLinks}).
     */
    public static boolean rewrites(Site site, Page page) {
        if (io.github.faqkit.core.platform.SiteMarkdownLinks.rewrite(site)) {
            return true; // the site's own plugin rewrites them, in pages and documents alike
        }
        return rewrittenByPlatform(site, page);
    }

    /**
     * The same for a link to {@code path}: a {@code .markdown} link counts as rewritten by the site's own plugin only
     * where that plugin names the suffix ({@link io.github.faqkit.core.platform.SiteMarkdownLinks#rewriteMarkdownSuffix});
     * one that names {@code .md} alone leaves it as written, and the link is then what the browser makes of it.
     */
    public static boolean rewrites(Site site, Page page, String path) {
        if (!Resolver.decode(path).toLowerCase(java.util.Locale.ROOT).endsWith(".markdown")
                || io.github.faqkit.core.platform.SiteMarkdownLinks.rewriteMarkdownSuffix(site)) {
            return rewrites(site, page);
        }
        return rewrittenByPlatform(site, page);
    }

    /** Whether jekyll-relative-links rewrites the Markdown links of {@code page} (or the build is unknown). */
    private static boolean rewrittenByPlatform(Site site, Page page) {
        if (!site.platform().markdownLinksRewritten()) {
            return false;
        }
        com.fasterxml.jackson.databind.JsonNode options = site.config().raw().path("relative_links");
        if (options.path("enabled").isBoolean() && !options.path("enabled").asBoolean()) {
            return false;
        }
        return page.entry().collection() == null || options.path("collections").asBoolean(false);
    }

    /**
     * The source file ({@code /docs/other.md}) jekyll-relative-links looks for when {@code page} links to
     * {@code path} (without fragment) with {@code title} (null: none); null when it looks for none. Before trailing
     * slashes are dropped.
     */
    public static String sourcePath(Site site, Page page, String path, String title) {
        if (!pinnedByPages(site)) {
            return currentSourcePath(page, path);
        }
        // 0.6.1 reads a title as part of the path, keeps %-escapes, and reads '/x' from the page's folder
        String folder = io.github.faqkit.core.Urls.directoryOf("/" + page.path());
        return title != null ? null : Resolver.normalize(folder + (path.startsWith("/") ? path.substring(1) : path));
    }

    /** The source file releases 0.7 and later look for: '/x' from the site root, %-escapes decoded. */
    public static String currentSourcePath(Page page, String path) {
        String decoded = Resolver.decode(
                path.startsWith("/") ? path : io.github.faqkit.core.Urls.directoryOf("/" + page.path()) + path);
        return decoded == null ? null : Resolver.normalize(decoded);
    }

    /**
     * True when the site gets the version GitHub Pages pins (0.6.1), which reads fewer links (see the class): GitHub
     * Pages' own build, or a build of the site's own that loads the github-pages gem, which pins the same versions.
     */
    public static boolean pinnedByPages(Site site) {
        return site.platform().platform() == Platform.GITHUB_PAGES
                || site.platform().runs(PagesPlugins.PAGES_GEM);
    }

    /** The target jekyll-relative-links rewrites {@code ref} of {@code page} to; null when it leaves it. */
    public static Target target(Site site, Page page, Reference ref) {
        if (!site.platform().runs(PagesPlugins.RELATIVE_LINKS)
                || ref.html()
                || ref.liquid()
                || ref.kind() == Reference.Kind.ANCHOR
                || !page.entry().markdown()
                || !page.rendered()) {
            return null;
        }
        if (page.entry().collection() != null
                && !site.config()
                        .raw()
                        .path("relative_links")
                        .path("collections")
                        .asBoolean(false)) {
            return null;
        }
        if (site.config().raw().path("relative_links").path("enabled").isBoolean()
                && !site.config().raw().path("relative_links").path("enabled").asBoolean()) {
            return null;
        }
        String target = ref.target();
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        if (path.isEmpty() || Reference.isExternal(path) || path.indexOf('?') >= 0) {
            return null;
        }
        String normal = sourcePath(site, page, path, ref.title());
        // the plugin reads the path with Ruby's File.expand_path, which drops trailing slashes: 'other.md/' is other.md
        while (normal != null && normal.length() > 1 && normal.endsWith("/")) {
            normal = normal.substring(0, normal.length() - 1);
        }
        if (normal == null || normal.length() < 2) {
            return null;
        }
        String rel = normal.substring(1);
        Page p = site.pageByPath(rel);
        if (p != null && p.rendered()) {
            return new Target(p, null);
        }
        if (p != null && p.frontMatter().isPage()) {
            return null; // a page Jekyll leaves out is no page to the plugin, nor a file it copies
        }
        return site.files().exists(rel) ? new Target(null, rel) : null;
    }
}
