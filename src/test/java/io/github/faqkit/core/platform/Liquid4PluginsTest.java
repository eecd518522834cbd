package io.github.faqkit.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which Liquid 5 tags certainly stop a build: no plugin of it can define them. */
class Liquid4PluginsTest {
    @TempDir
    Path site;

    private static PlatformChoice pages() {
        PlatformChoice j = PlatformChoice.jekyll(PagesPlugins.GITHUB_PAGES_DEFAULTS, "test");
        return new PlatformChoice(
                Platform.GITHUB_PAGES, j.plugins(), "test", null, null, false, j.ruby(), null, 3, null, false);
    }

    @Test
    void onGithubPagesTheSitesOwnPluginsDoNotRun() throws Exception {
        Files.createDirectories(site.resolve("_plugins"));
        Files.writeString(site.resolve("_plugins/render.rb"), "Liquid::Template.register_tag('render', X)\n");
        assertThat(Liquid4Plugins.unknownTags(pages(), SitePluginSources.read(site)))
                .containsExactlyInAnyOrder("render", "echo", "liquid");
    }

    @Test
    void anOwnBuildWithKnownPluginsOnly() {
        assertThat(Liquid4Plugins.unknownTags(
                        PlatformChoice.jekyll(Set.of("jekyll-seo-tag", "github-pages", "just-the-docs"), "t"),
                        SitePluginSources.read(site)))
                .containsExactlyInAnyOrder("render", "echo", "liquid");
        assertThat(Liquid4Plugins.unknownTags(
                        PlatformChoice.guessedJekyll(Set.of(), "t"), SitePluginSources.read(site)))
                .containsExactlyInAnyOrder("render", "echo", "liquid");
    }

    @Test
    void aGemNotKnownHereMayDefineThem() {
        // octopress-render-tag registers 'render' on Liquid 4
        assertThat(Liquid4Plugins.unknownTags(
                        PlatformChoice.jekyll(Set.of("jekyll-seo-tag", "octopress-render-tag"), "t"),
                        SitePluginSources.read(site)))
                .isEmpty();
    }

    @Test
    void theSitesOwnPluginDefinesWhatItRegisters() throws Exception {
        Files.createDirectories(site.resolve("_plugins/tags"));
        Files.writeString(
                site.resolve("_plugins/tags/render.rb"), "Liquid::Template.register_tag(\"render\", RenderTag)\n");
        Files.writeString(site.resolve("_plugins/other.rb"), "Liquid::Template.register_tag('rendered', X)\n");
        assertThat(Liquid4Plugins.unknownTags(PlatformChoice.jekyll(Set.of(), "t"), SitePluginSources.read(site)))
                .containsExactlyInAnyOrder("echo", "liquid");
        // a name the plugin computes may be any of them
        Files.writeString(
                site.resolve("_plugins/many.rb"), "%w[a b].each { |t| Liquid::Template.register_tag t, X }\n");
        assertThat(Liquid4Plugins.unknownTags(PlatformChoice.jekyll(Set.of(), "t"), SitePluginSources.read(site)))
                .isEmpty();
    }

    private static final com.fasterxml.jackson.databind.JsonNode NO_CONFIG =
            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

    @Test
    void onGithubPagesTheFilterListIsFixed() throws Exception {
        // safe mode: a filter of the site's own plugins is no filter there
        Files.createDirectories(site.resolve("_plugins"));
        Files.writeString(site.resolve("_plugins/f.rb"), "Liquid::Template.register_filter(MyFilters)\n");
        assertThat(Liquid4Plugins.pluginFilters(pages(), SitePluginSources.read(site), NO_CONFIG))
                .isEmpty();
        PlatformChoice withEmoji = new PlatformChoice(
                Platform.GITHUB_PAGES, Set.of("jemoji"), "t", null, null, false, "3.3", null, 3, null, false);
        assertThat(Liquid4Plugins.pluginFilters(withEmoji, SitePluginSources.read(site), NO_CONFIG))
                .containsExactly("emojify");
    }

    @Test
    void anOwnBuildsFilterListIsKnownOnlyWithoutUnreadCode() throws Exception {
        SitePluginSources none = SitePluginSources.read(site);
        assertThat(Liquid4Plugins.pluginFilters(
                        PlatformChoice.jekyll(Set.of("jekyll-seo-tag", "just-the-docs"), "t"), none, NO_CONFIG))
                .isEmpty();
        // near-misses: a gem not read here, a theme gem whose dependencies Jekyll requires, a _plugins filter
        assertThat(Liquid4Plugins.pluginFilters(
                        PlatformChoice.jekyll(Set.of("jekyll-seo-tag", "jekyll-extras"), "t"), none, NO_CONFIG))
                .isNull();
        com.fasterxml.jackson.databind.node.ObjectNode themed =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        themed.put("theme", "minima");
        assertThat(Liquid4Plugins.pluginFilters(PlatformChoice.jekyll(Set.of(), "t"), none, themed))
                .isNull();
        Files.createDirectories(site.resolve("_plugins"));
        Files.writeString(
                site.resolve("_plugins/f.rb"), "module Jekyll\n  module Filters\n    def shout(x) = x\n  end\nend\n");
        assertThat(Liquid4Plugins.pluginFilters(
                        PlatformChoice.jekyll(Set.of(), "t"), SitePluginSources.read(site), NO_CONFIG))
                .isNull();
    }

    private static io.github.faqkit.core.SiteConfig config(String yaml) throws Exception {
        return io.github.faqkit.core.TestConfigs.of(
                new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                        .readTree(yaml));
    }

    private static ThemeVersions.Found release(String v, boolean orNewer) {
        io.github.faqkit.core.ThemeVersion version = io.github.faqkit.core.ThemeVersion.parse(v);
        return new ThemeVersions.Found(version, "test", new ThemeVersions.Span(version, orNewer));
    }

    @Test
    void includeCachedStopsOnlyWhereNoPluginThemeOrFileMayLoadIt() throws Exception {
        SitePluginSources none = SitePluginSources.read(site);
        io.github.faqkit.core.SiteConfig plain = config("title: T\n");
        assertThat(Liquid4Plugins.unknownTags(pages(), none, plain, null)).contains("include_cached", "render");
        assertThat(Liquid4Plugins.unknownTags(PlatformChoice.jekyll(Set.of("jekyll-seo-tag"), "t"), none, plain, null))
                .contains("include_cached");
        // near-misses: the plugin loaded, a gem not read here, just-the-docs from 0.6.0 (its gemspec names the
        // plugin) or at a release not known, another theme, the gem named as a plugin
        assertThat(Liquid4Plugins.unknownTags(
                        PlatformChoice.jekyll(Set.of("jekyll-include-cache"), "t"), none, plain, null))
                .doesNotContain("include_cached");
        assertThat(Liquid4Plugins.unknownTags(PlatformChoice.jekyll(Set.of("jekyll-extras"), "t"), none, plain, null))
                .doesNotContain("include_cached");
        io.github.faqkit.core.SiteConfig jtd = config("theme: just-the-docs\n");
        assertThat(Liquid4Plugins.unknownTags(PlatformChoice.jekyll(Set.of(), "t"), none, jtd, release("0.6.0", false)))
                .doesNotContain("include_cached");
        assertThat(Liquid4Plugins.unknownTags(PlatformChoice.jekyll(Set.of(), "t"), none, jtd, release("0.4.1", true)))
                .doesNotContain("include_cached");
        assertThat(Liquid4Plugins.unknownTags(PlatformChoice.jekyll(Set.of(), "t"), none, jtd, null))
                .doesNotContain("include_cached");
        assertThat(Liquid4Plugins.unknownTags(PlatformChoice.jekyll(Set.of(), "t"), none, jtd, release("0.5.4", false)))
                .contains("include_cached");
        assertThat(Liquid4Plugins.unknownTags(pages(), none, config("theme: minima\n"), release("0.5.4", false)))
                .doesNotContain("include_cached");
        assertThat(Liquid4Plugins.unknownTags(PlatformChoice.jekyll(Set.of("just-the-docs"), "t"), none, plain, null))
                .doesNotContain("include_cached");
        Files.createDirectories(site.resolve("_plugins"));
        Files.writeString(site.resolve("_plugins/c.rb"), "Liquid::Template.register_tag(:include_cached, C)\n");
        assertThat(Liquid4Plugins.unknownTags(
                        PlatformChoice.jekyll(Set.of(), "t"), SitePluginSources.read(site), plain, null))
                .doesNotContain("include_cached");
        assertThat(Liquid4Plugins.unknownTags(
                        PlatformChoice.jekyll(Set.of(), "t"), none, config("plugins_dir: lib/jekyll\n"), null))
                .doesNotContain("include_cached");
        // GitHub Pages does not run the folder
        assertThat(Liquid4Plugins.unknownTags(pages(), SitePluginSources.read(site), plain, null))
                .contains("include_cached");
    }
}
