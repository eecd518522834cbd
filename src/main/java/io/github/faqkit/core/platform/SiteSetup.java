package io.github.faqkit.core.platform;

import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.ThemeVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the site's own files say about its build: the platform and its plugins, the configuration as served
 * (with the platform's implicit baseurl), the theme version, and the site's own navigation include, if it has
 * one ({@link OwnNavigation}; else null).
 */
public record SiteSetup(SiteConfig config, PlatformChoice platform, ThemeVersions.Found theme, String ownNavigation) {

    /**
     * @param platformSetting faq.platform (auto, github-pages, jekyll; null is auto)
     * @param baseUrlOverride faq.baseUrl (null when not set): already applied to {@code config}
     * @param themeVersion faq.themeVersion; null: read it from the site
     */
    public static SiteSetup of(
            Path contentDirectory,
            SiteConfig config,
            String platformSetting,
            String baseUrlOverride,
            ThemeVersion themeVersion,
            Map<String, String> env,
            Workflows workflows) {
        PlatformChoice platform = PlatformDetector.detect(
                contentDirectory, config, platformSetting, baseUrlOverride != null, env, workflows);
        String implicit = platform.implicitBaseurl();
        if (implicit == null && config.slashBaseurl() && platform.runs(PagesPlugins.GITHUB_METADATA)) {
            // jekyll-github-metadata replaces a baseurl of "/" with the path GitHub Pages serves the site under
            // (github-metadata-golden baseurl-slash-production): {{ site.baseurl }} is no '/' there. The root for a
            // custom domain or a user site; a path that is not known (url: naming another host) is taken as the
            // root too, which reports no '//' link on a guess
            implicit = "";
        }
        SiteConfig served = (implicit == null ? config : config.withBaseurl(implicit))
                .withRuby(platform.ruby())
                .withJekyllMajor(platform.jekyllMajor());
        ThemeVersions.Found theme = themeVersion != null
                ? new ThemeVersions.Found(themeVersion, "faq.themeVersion", new ThemeVersions.Span(themeVersion, false))
                : ThemeVersions.find(null, contentDirectory, config, platform.platform(), platform.plugins());
        return new SiteSetup(served, platform, theme, OwnNavigation.find(contentDirectory));
    }

    /**
     * Everything the set-up decided, for a rerun to compare: the console lines leave out the plugins (a Gemfile
     * that adds jekyll-relative-links keeps its platform line) and the site's own navigation include.
     */
    public List<String> fingerprintLines() {
        return List.of(
                platform.consoleLine(),
                theme.consoleLine(),
                "plugins " + new java.util.TreeSet<>(platform.plugins()),
                "guessed " + platform.guessed() + ", ruby " + platform.ruby() + ", jekyll " + platform.jekyllMajor()
                        + ", baseurl " + config.baseurl() + ", served by GitHub Pages "
                        + platform.servedByGitHubPages(),
                "navigation " + ownNavigation);
    }

    /** The console lines that say which platform and theme version the site is checked for, and why. */
    public List<String> consoleLines() {
        return List.of(platform.consoleLine(), theme.consoleLine());
    }
}
