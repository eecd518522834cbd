package io.github.faqkit.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.SiteConfigs;
import io.github.faqkit.core.ThemeVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeVersionsTest {
    @TempDir
    Path site;

    private ThemeVersions.Found find(String given) {
        return ThemeVersions.find(given, site, SiteConfigs.load(site, null).config());
    }

    @Test
    void vendoredGemspecComesFirst() throws IOException {
        Files.writeString(
                site.resolve("just-the-docs.gemspec"),
                "Gem::Specification.new do |spec|\n  spec.name = \"just-the-docs\"\n  spec.version = \"0.3.3\"\nend\n");
        Files.writeString(site.resolve("Gemfile.lock"), "GEM\n  specs:\n    just-the-docs (0.10.1)\n");
        ThemeVersions.Found f = find(null);
        assertThat(f.version()).isEqualTo(new ThemeVersion(0, 3, 3));
        assertThat(f.consoleLine())
                .isEqualTo("faq theme: just-the-docs 0.3.3 (the vendored theme's just-the-docs.gemspec)");
    }

    @Test
    void gemfileLockThenPinnedGemfileThenRemoteTheme() throws IOException {
        Files.writeString(
                site.resolve("Gemfile.lock"),
                "GEM\n  specs:\n    jekyll (4.3.1)\n    just-the-docs (0.8.2)\n      jekyll (>= 3.8.5)\n");
        assertThat(find(null).version()).isEqualTo(new ThemeVersion(0, 8, 2));
        Files.delete(site.resolve("Gemfile.lock"));
        Files.writeString(site.resolve("Gemfile"), "gem \"just-the-docs\", \"0.4.0\"\n");
        assertThat(find(null).version()).isEqualTo(new ThemeVersion(0, 4, 0));
        Files.delete(site.resolve("Gemfile"));
        Files.writeString(site.resolve("_config.yml"), "remote_theme: just-the-docs/just-the-docs@v0.2.9\n");
        ThemeVersions.Found f = find(null);
        assertThat(f.version()).isEqualTo(new ThemeVersion(0, 2, 9));
        assertThat(f.source()).contains("remote_theme");
    }

    /**
     * Without a Gemfile.lock, Bundler installs the newest release a requirement allows: {@code "~> 0.10"} (seen on
     * AutomateThePlanet/Spectra) and {@code "~> 0.4"} allow every later 0.x, {@code ">= 0.3"} anything newer;
     * checking them as 0.4 would apply the navigation rules of before 0.10 (NAV007) to a site built with 0.12.
     * Near-misses: an exact version, {@code "~> 0.4.1"} (the 0.4 series), and a Gemfile.lock stay as written.
     */
    @Test
    void aGemfileRequirementWithoutLockIsTheNewestReleaseItAllows() throws IOException {
        Files.writeString(site.resolve("Gemfile"), "gem \"just-the-docs\", \"~> 0.4\"\n");
        ThemeVersions.Found f = find(null);
        assertThat(f.version()).isEqualTo(ThemeVersion.NEWEST_KNOWN);
        assertThat(f.source()).contains("'~> 0.4'").contains("Bundler installs the newest");
        Files.writeString(site.resolve("Gemfile"), "gem 'just-the-docs', '>= 0.3'\n");
        assertThat(find(null).version()).isEqualTo(ThemeVersion.NEWEST_KNOWN);
        Files.writeString(site.resolve("Gemfile"), "gem \"just-the-docs\", \"~> 0.10\"\n");
        assertThat(find(null).version()).isEqualTo(ThemeVersion.NEWEST_KNOWN);
        Files.writeString(site.resolve("Gemfile"), "gem \"just-the-docs\", \"~> 0.4.1\"\n");
        assertThat(find(null).version()).isEqualTo(new ThemeVersion(0, 4, 1));
        Files.writeString(site.resolve("Gemfile"), "gem \"just-the-docs\", \"= 0.4.0\"\n");
        assertThat(find(null).version()).isEqualTo(new ThemeVersion(0, 4, 0));
        Files.writeString(site.resolve("Gemfile"), "gem \"just-the-docs\", \"~> 1.0\"\n");
        assertThat(find(null).version()).isEqualTo(new ThemeVersion(1, 0, 0));
        Files.writeString(site.resolve("Gemfile"), "gem \"just-the-docs\", \"~> 0.4\"\n");
        Files.writeString(site.resolve("Gemfile.lock"), "GEM\n  specs:\n    just-the-docs (0.4.2)\n");
        assertThat(find(null).version()).isEqualTo(new ThemeVersion(0, 4, 2));
    }

    /**
     * GitHub Pages (and actions/jekyll-build-pages) build with their own gems: a real site's Gemfile.lock pins
     * just-the-docs 0.8.2 while its remote_theme without a release builds the latest. A vendored theme and
     * remote_theme@vX still count there; plain Jekyll still takes the Gemfile.lock.
     */
    @Test
    void gitHubPagesReadsNoGemfile() throws IOException {
        Files.writeString(site.resolve("Gemfile.lock"), "GEM\n  specs:\n    just-the-docs (0.8.2)\n");
        Files.writeString(site.resolve("_config.yml"), "remote_theme: just-the-docs/just-the-docs\n");
        ThemeVersions.Found pages = pages();
        assertThat(pages.version()).isEqualTo(ThemeVersion.NEWEST_KNOWN);
        assertThat(pages.source())
                .contains("names no release")
                .contains("GitHub Pages builds without the Gemfile: 0.8.2 from Gemfile.lock does not apply");
        assertThat(ThemeVersions.find(null, site, SiteConfigs.load(site, null).config(), Platform.JEKYLL)
                        .version())
                .isEqualTo(new ThemeVersion(0, 8, 2));
        Files.writeString(site.resolve("_config.yml"), "remote_theme: just-the-docs/just-the-docs@v0.9.0\n");
        assertThat(pages().version()).isEqualTo(new ThemeVersion(0, 9, 0));
        Files.writeString(site.resolve("_config.yml"), "title: x\n");
        assertThat(pages().source()).startsWith("no remote_theme names a version (GitHub Pages builds without");
        Files.writeString(
                site.resolve("just-the-docs.gemspec"),
                "Gem::Specification.new do |spec|\n  spec.version = \"0.3.3\"\nend\n");
        assertThat(pages().version()).isEqualTo(new ThemeVersion(0, 3, 3));
    }

    /**
     * A build of the site's own that loads jekyll-remote-theme (VzBoT3D/docs: the Gemfile's :jekyll_plugins group
     * and 'plugins:' name it, Gemfile.lock locks just-the-docs 0.6.2, '_config.yml' says
     * {@code remote_theme: just-the-docs/just-the-docs}): the plugin's hook replaces {@code site.theme} by the theme it
     * downloads, so the locked gem builds nothing. The github-pages gem adds jekyll-remote-theme itself when
     * remote_theme is set. Near-misses: the plugin not loaded, or loaded without remote_theme: the lock decides.
     */
    @Test
    void aGemfileBuildThatRunsJekyllRemoteThemeTakesTheRemoteTheme() throws IOException {
        Files.writeString(site.resolve("Gemfile.lock"), "GEM\n  specs:\n    just-the-docs (0.6.2)\n");
        Files.writeString(site.resolve("_config.yml"), "remote_theme: just-the-docs/just-the-docs\n");
        ThemeVersions.Found remote = ownBuild(java.util.Set.of("jekyll-remote-theme", "jekyll-seo-tag"));
        assertThat(remote.version()).isEqualTo(ThemeVersion.NEWEST_KNOWN);
        assertThat(remote.source())
                .contains("names no release")
                .contains("jekyll-remote-theme replaces the theme with it: 0.6.2 from Gemfile.lock builds nothing");
        assertThat(ownBuild(java.util.Set.of("github-pages")).version()).isEqualTo(ThemeVersion.NEWEST_KNOWN);
        assertThat(ownBuild(java.util.Set.of("jekyll-seo-tag")).version()).isEqualTo(new ThemeVersion(0, 6, 2));
        Files.writeString(site.resolve("_config.yml"), "remote_theme: just-the-docs/just-the-docs@v0.8.1\n");
        assertThat(ownBuild(java.util.Set.of("jekyll-remote-theme")).version()).isEqualTo(new ThemeVersion(0, 8, 1));
        Files.writeString(site.resolve("_config.yml"), "theme: just-the-docs\n");
        assertThat(ownBuild(java.util.Set.of("jekyll-remote-theme")).version()).isEqualTo(new ThemeVersion(0, 6, 2));
    }

    private ThemeVersions.Found ownBuild(java.util.Set<String> plugins) {
        return ThemeVersions.find(null, site, SiteConfigs.load(site, null).config(), Platform.JEKYLL, plugins);
    }

    private ThemeVersions.Found pages() {
        return ThemeVersions.find(null, site, SiteConfigs.load(site, null).config(), Platform.GITHUB_PAGES);
    }

    @Test
    void onGitHubPagesTheRemoteThemeComesBeforeTheGemfileItDoesNotRead() throws IOException {
        Files.writeString(site.resolve("Gemfile.lock"), "GEM\n  specs:\n    just-the-docs (0.5.4)\n");
        Files.writeString(site.resolve("Gemfile"), "gem \"just-the-docs\", \"0.5.4\"\n");
        Files.writeString(site.resolve("_config.yml"), "remote_theme: just-the-docs/just-the-docs@v0.8.1\n");
        ThemeVersions.Found pages =
                ThemeVersions.find(null, site, SiteConfigs.load(site, null).config(), Platform.GITHUB_PAGES);
        assertThat(pages.version()).isEqualTo(new ThemeVersion(0, 8, 1));
        assertThat(pages.source()).contains("remote_theme");
        // without a release in remote_theme GitHub Pages takes the theme's newest, not the locked gem
        Files.writeString(site.resolve("_config.yml"), "remote_theme: just-the-docs/just-the-docs\n");
        assertThat(ThemeVersions.find(null, site, SiteConfigs.load(site, null).config(), Platform.GITHUB_PAGES)
                        .version())
                .isEqualTo(ThemeVersion.NEWEST_KNOWN);
        // plain Jekyll reads the lock; GitHub Pages builds with its own gems and reads it for no theme
        assertThat(find(null).version()).isEqualTo(new ThemeVersion(0, 5, 4));
        Files.writeString(site.resolve("_config.yml"), "remote_theme: pages-themes/minimal@v0.2.0\n");
        assertThat(ThemeVersions.find(null, site, SiteConfigs.load(site, null).config(), Platform.GITHUB_PAGES)
                        .version())
                .isEqualTo(ThemeVersion.DEFAULT);
    }

    /**
     * A build of the site's own that loads jekyll-remote-theme (the github-pages gem adds it whenever remote_theme is
     * set) takes the theme remote_theme names, not the just-the-docs gem of the Gemfile.lock (PhysicalBit7/notes).
     * Near-misses: a build that does not load it keeps the lock. A remote_theme of another theme replaces the gem too:
     * no just-the-docs release is then read from the site.
     */
    @Test
    void aLoadedRemoteThemeComesBeforeTheLockedGem() throws IOException {
        Files.writeString(site.resolve("Gemfile.lock"), "GEM\n  specs:\n    just-the-docs (0.2.9)\n");
        Files.writeString(site.resolve("_config.yml"), "remote_theme: pmarsceill/just-the-docs\n");
        ThemeVersions.Found loaded = ThemeVersions.find(
                null, site, SiteConfigs.load(site, null).config(), Platform.JEKYLL, java.util.Set.of("github-pages"));
        assertThat(loaded.version()).isEqualTo(ThemeVersion.NEWEST_KNOWN);
        assertThat(loaded.source())
                .contains("names no release")
                .contains("jekyll-remote-theme replaces the theme with it: 0.2.9 from Gemfile.lock builds nothing");
        Files.writeString(site.resolve("_config.yml"), "remote_theme: just-the-docs/just-the-docs@v0.8.1\n");
        assertThat(ThemeVersions.find(
                                null,
                                site,
                                SiteConfigs.load(site, null).config(),
                                Platform.JEKYLL,
                                java.util.Set.of("github-pages"))
                        .version())
                .isEqualTo(new ThemeVersion(0, 8, 1));
        assertThat(ThemeVersions.find(
                                null, site, SiteConfigs.load(site, null).config(), Platform.JEKYLL, java.util.Set.of())
                        .version())
                .isEqualTo(new ThemeVersion(0, 2, 9));
        Files.writeString(site.resolve("_config.yml"), "remote_theme: pages-themes/minimal@v0.2.0\n");
        assertThat(ThemeVersions.find(
                                null,
                                site,
                                SiteConfigs.load(site, null).config(),
                                Platform.JEKYLL,
                                java.util.Set.of("github-pages"))
                        .version())
                .isEqualTo(ThemeVersion.DEFAULT);
    }

    @Test
    void givenVersionOverridesAndNothingMeansTheDefault() throws IOException {
        Files.writeString(site.resolve("_config.yml"), "remote_theme: just-the-docs/just-the-docs@v0.2.9\n");
        assertThat(find("0.9.1").version()).isEqualTo(new ThemeVersion(0, 9, 1));
        assertThat(find("0.9.1").source()).isEqualTo("faq.themeVersion");
        Files.writeString(site.resolve("_config.yml"), "remote_theme: just-the-docs/just-the-docs\n");
        // GitHub Pages builds the theme's default branch: the newest release known, and how to pin one
        assertThat(find(null).version()).isEqualTo(ThemeVersion.NEWEST_KNOWN);
        assertThat(find(null).consoleLine())
                .isEqualTo("faq theme: just-the-docs 0.10.1 (remote_theme: just-the-docs/just-the-docs names no"
                        + " release, so each build takes the theme's default branch as it is that day: checked as"
                        + " 0.10.1, whose navigation the later releases keep; to build with a fixed release, name it"
                        + " after '@' (remote_theme: just-the-docs/just-the-docs@vX.Y.Z), or set faq.themeVersion"
                        + " to the one to check against)");
        // near-miss: a release named is read as it is
        Files.writeString(site.resolve("_config.yml"), "remote_theme: just-the-docs/just-the-docs@v0.9.0\n");
        assertThat(find(null).version()).isEqualTo(new ThemeVersion(0, 9, 0));
        assertThat(find(null).source()).doesNotContain("names no release");
        Files.writeString(site.resolve("_config.yml"), "title: x\n");
        assertThat(find(null).source()).contains("assumed");
    }
}
