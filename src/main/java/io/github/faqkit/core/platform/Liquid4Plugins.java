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
     * Plugins whose code was read here (GitHub Pages' allowed ones that register Liquid, the gem itself, and others
     * sites load): what they define is known.
     */
    private static final Set<String> READ_PLUGINS = Set.of(
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
            "jekyll-relative-links",
            "jekyll-optional-front-matter",
            "jekyll-readme-index",
            "jekyll-default-layout",
            "jekyll-titles-from-headings",
            "jekyll-include-cache",
            "jekyll-octicons",
            "jekyll-remote-theme",
            "just-the-docs");

    /**
     * GitHub Pages' allowed plugins (github/pages-gem lib/github-pages/plugins.rb PLUGIN_WHITELIST), the gem itself,
     * and other plugins read here: none registers {@code render}, {@code echo} or {@code liquid}.
     */
    static final Set<String> DEFINE_NONE =
            union(READ_PLUGINS, Set.of("jemoji", "jekyll-mentions", "jekyll-last-modified-at"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /**
     * The tags that stop {@code platform}'s build of a site whose {@code _plugins} holds {@code plugins}: the Liquid 5
     * tags ({@link #unknownTags(PlatformChoice, SitePluginSources)}), and {@code include_cached} where the build
     * certainly does not load jekyll-include-cache ({@link #includeCacheUnloaded}).
     */
    public static Set<String> unknownTags(
            PlatformChoice platform,
            SitePluginSources plugins,
            io.github.faqkit.core.SiteConfig config,
            ThemeVersions.Found theme) {
        Set<String> out = new TreeSet<>(unknownTags(platform, plugins));
        if (includeCacheUnloaded(platform, plugins, config, theme)) {
            out.add(Liquid4Tags.INCLUDE_CACHED);
        }
        return Set.copyOf(out);
    }

    /** The just-the-docs release whose gemspec first names jekyll-include-cache (its layouts use the tag since). */
    static final io.github.faqkit.core.ThemeVersion THEME_LOADS_INCLUDE_CACHE =
            io.github.faqkit.core.ThemeVersion.parse("0.6.0");

    /**
     * Whether {@code platform}'s build certainly runs without jekyll-include-cache, the only plugin that defines
     * {@code include_cached}: then Liquid 4 does not know the tag and stops wherever it is parsed (liquid-golden
     * stop-include-cached-unloaded*, Jekyll 3.10 and 4.3.1). Jekyll loads a plugin from {@code plugins:}, the
     * Gemfile's {@code jekyll_plugins} group, or the runtime dependencies of the theme's gemspec (a gem theme's, and a
     * remote theme's: jekyll-remote-theme requires them too); just-the-docs names jekyll-include-cache from 0.6.0 on.
     * Unknown, so false: a theme other than just-the-docs, a just-the-docs release that may be 0.6.0 or newer or is
     * not known, a gem of the build not read here, a {@code _plugins} file not read or registering the tag.
     */
    static boolean includeCacheUnloaded(
            PlatformChoice platform,
            SitePluginSources plugins,
            io.github.faqkit.core.SiteConfig config,
            ThemeVersions.Found theme) {
        if (platform.runs(INCLUDE_CACHE)) {
            return false;
        }
        boolean themed = SiteConfigText.scalar(config.raw(), "theme") != null
                || SiteConfigText.scalar(config.raw(), "remote_theme") != null;
        if (themed
                && (OtherTheme.of(config) != null
                        || theme == null
                        || theme.span() == null
                        || theme.span().orNewer()
                        || theme.span().earliest().compareTo(THEME_LOADS_INCLUDE_CACHE) >= 0)) {
            return false;
        }
        if (platform.platform() == Platform.GITHUB_PAGES) {
            return true; // safe mode: only the listed plugins and GitHub Pages' defaults, no _plugins
        }
        for (String plugin : platform.plugins()) {
            if (!DEFINE_NONE.contains(plugin) || plugin.equals("just-the-docs")) {
                return false;
            }
        }
        String pluginsDir = SiteConfigText.scalar(config.raw(), "plugins_dir");
        if (!plugins.allRead() || pluginsDir != null && !pluginsDir.equals("_plugins")) {
            return false; // a plugin file not read here (or in a folder of another name) may register the tag
        }
        for (SitePluginSources.Source f : plugins.sources()) {
            if (registers(f.text(), Liquid4Tags.INCLUDE_CACHED)) {
                return false;
            }
        }
        return true;
    }

    static final String INCLUDE_CACHE = "jekyll-include-cache";

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

    /**
     * Plugins read here that register no Liquid filter (the installed jekyll-feed 0.17, jekyll-github-metadata 2.15,
     * jekyll-include-cache 0.2, jekyll-seo-tag 2.8 and jekyll-relative-links register tags or none; the others
     * generate, convert or hook documents), besides {@link #FILTERS_OF}.
     */
    static final Set<String> FILTER_FREE = READ_PLUGINS;

    /**
     * Filter names allowed plugins may define, kept unknown where they load (jemoji and jekyll-mentions rewrite pages
     * through hooks; whether they also register these filters was not read here).
     */
    static final java.util.Map<String, Set<String>> FILTERS_OF =
            java.util.Map.of("jemoji", Set.of("emojify"), "jekyll-mentions", Set.of("mentionify"));

    /**
     * The filter names a plugin of {@code platform}'s build may define, when that is known: a filter Liquid and
     * Jekyll do not define and that is not among them is no filter at all, and Liquid 4 (lax: {@code strict_filters}
     * off) hands its input on unchanged ({@code Strainer#invoke}: {@code args.first}; liquid-golden/filter-unknown).
     * On GitHub Pages the set is fixed (safe mode: only allowed plugins, no {@code _plugins}); on a build of the
     * site's own it is known when every plugin it loads is read here, its {@code theme:} gem (whose dependencies
     * Jekyll requires) is just-the-docs or none, and no {@code _plugins/*.rb} registers a filter. Null: any name may
     * be a plugin's filter, whose output is unknown.
     */
    public static Set<String> pluginFilters(
            PlatformChoice platform, SitePluginSources plugins, com.fasterxml.jackson.databind.JsonNode config) {
        if (platform.platform() != Platform.GITHUB_PAGES) {
            for (String plugin : platform.plugins()) {
                if (!FILTER_FREE.contains(plugin) && !FILTERS_OF.containsKey(plugin)) {
                    return null;
                }
            }
            String theme = SiteConfigText.scalar(config, "theme");
            if (theme != null && !theme.equals("just-the-docs")) {
                return null;
            }
            if (!plugins.allRead()) {
                return null;
            }
            for (SitePluginSources.Source f : plugins.sources()) {
                if (f.text().contains("register_filter") || f.text().contains("Filters")) {
                    return null;
                }
            }
        }
        Set<String> out = new TreeSet<>();
        for (String plugin : platform.plugins()) {
            out.addAll(FILTERS_OF.getOrDefault(plugin, Set.of()));
        }
        return out;
    }
}
