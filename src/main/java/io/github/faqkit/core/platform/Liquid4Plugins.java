package io.github.faqkit.core.platform;

import io.github.faqkit.core.liquid.Liquid4Tags;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which of Liquid 5's tags ({@link Liquid4Tags#LIQUID5}) certainly stop a site's build. Every Jekyll runs Liquid 4,
 * which does not know them; only a plugin can add one. Public code shows plugins that register {@code render} on
 * Liquid 4 (octopress-render-tag, jekyll-liquid-plus, sites' own {@code _plugins/render.rb}), none for {@code echo}
 * or {@code liquid} but Liquid's own code. So: on GitHub Pages (safe mode: the site's {@code _plugins} do not run, and
 * no allowed plugin defines them) all three stop the build; on a build of the site's own they stop it when every
 * plugin it loads is one known to define none of them and no {@code _plugins/*.rb} registers the tag. A gem not
 * known here may define it: then the tag stays a plugin's, whose output is unknown (LIQ003).
 */
public final class Liquid4Plugins {
    private Liquid4Plugins() {}

    /**
     * GitHub Pages' allowed plugins (github/pages-gem lib/github-pages/plugins.rb PLUGIN_WHITELIST), the gem itself,
     * and other plugins read here: none registers {@code render}, {@code echo} or {@code liquid}.
     */
    static final Set<String> DEFINE_NONE = Set.of(
            "github-pages",
            "jekyll-coffeescript",
            "jekyll-commonmark-ghpages",
            "jekyll-feed",
            "jekyll-gist",
            "jekyll-github-metadata",
            "jekyll-paginate",
            "jekyll-redirect-from",
            "jekyll-seo-tag",
            "jekyll-sitemap",
            "jekyll-avatar",
            "jemoji",
            "jekyll-mentions",
            "jekyll-relative-links",
            "jekyll-optional-front-matter",
            "jekyll-readme-index",
            "jekyll-default-layout",
            "jekyll-titles-from-headings",
            "jekyll-include-cache",
            "jekyll-octicons",
            "jekyll-remote-theme",
            "jekyll-last-modified-at",
            "just-the-docs");

    /** The Liquid 5 tags that stop {@code platform}'s build of a site whose {@code _plugins} holds {@code plugins}. */
    public static Set<String> unknownTags(PlatformChoice platform, SitePluginSources plugins) {
        if (platform.platform() == Platform.GITHUB_PAGES) {
            return Liquid4Tags.LIQUID5;
        }
        for (String plugin : platform.plugins()) {
            if (!DEFINE_NONE.contains(plugin)) {
                return Set.of();
            }
        }
        if (!plugins.allRead()) {
            return Set.of(); // a plugin file that was not read may define anything
        }
        Set<String> out = new TreeSet<>(Liquid4Tags.LIQUID5);
        for (SitePluginSources.Source f : plugins.sources()) {
            out.removeIf(tag -> registers(f.text(), tag));
        }
        return out;
    }

    /**
     * Whether Ruby {@code text} may register {@code tag}: {@code register_tag("render", …)}, {@code 'render'} or
     * {@code :render}, or a name it builds (then any tag may be its).
     */
    static boolean registers(String text, String tag) {
        return Pattern.compile("register_tag[\\s(]*(?:[\"':]" + tag + "\\b|[^\"':\\s(])")
                .matcher(text)
                .find();
    }
}
