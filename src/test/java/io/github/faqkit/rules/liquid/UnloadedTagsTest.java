package io.github.faqkit.rules.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LIQ001 where the build runs Liquid without a plugin the page needs (liquid-golden stop-include-cached-unloaded*,
 * stop-strict-filters-unknown, Jekyll 3.10.0 and 4.3.1 on Liquid 4.0.4): {@code include_cached} without
 * jekyll-include-cache stops the build wherever the tag is parsed, and a filter nothing defines stops it under
 * {@code strict_filters} where it runs. Where a plugin of the build may define them, nothing is said.
 */
class UnloadedTagsTest {
    @TempDir
    Path dir;

    private SiteFixture site(String config, String body) {
        return SiteFixture.in(dir)
                .file("_config.yml", "title: T\n" + config)
                .file("_includes/note.html", "<p>note</p>\n")
                .page("a.md", "title: A", "# A\n\n" + body);
    }

    private static List<Finding> liq001(ValidationResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("LIQ001")).toList();
    }

    @Test
    void includeCachedWithoutThePluginStopsTheBuildEvenInAnUntakenBranch() {
        ValidationResult r = site("", "{% if site.nothing %}\n{% include_cached note.html %}\n{% endif %}\n")
                .validate(q -> q.withPlatform("github-pages"));
        assertThat(liq001(r)).extracting(f -> f.file() + ":" + f.line()).containsExactly("a.md:7");
        assertThat(liq001(r).get(0).message()).contains("jekyll-include-cache", "Unknown tag 'include_cached'");
        assertThat(liq001(r).get(0).hint()).contains("plugins:");
        // the same on a build of the site's own whose Gemfile loads other plugins only
        ValidationResult own = site("", "{% include_cached note.html %}\n")
                .file(
                        "Gemfile",
                        "source 'https://rubygems.org'\ngem 'jekyll', '~> 4.3'\n"
                                + "group :jekyll_plugins do\n  gem 'jekyll-seo-tag'\nend\n")
                .validate();
        assertThat(liq001(own)).hasSize(1);
    }

    @Test
    void includeCachedWhereThePluginMayBeLoadedIsLeftAlone() {
        for (String config : List.of(
                "plugins:\n  - jekyll-include-cache\n",
                // just-the-docs names jekyll-include-cache in its gemspec from 0.6.0 on: a remote theme at its
                // default branch, a release from 0.6.0, another theme (its gemspec is not known)
                "remote_theme: just-the-docs/just-the-docs\n",
                "remote_theme: just-the-docs/just-the-docs@v0.10.1\n",
                "remote_theme: someone/docs-theme\n")) {
            ValidationResult r =
                    site(config, "{% include_cached note.html %}\n").validate(q -> q.withPlatform("github-pages"));
            assertThat(liq001(r)).as(config).isEmpty();
        }
        // a _plugins file that may define it, on a build that runs it
        ValidationResult own = site("", "{% include_cached note.html %}\n")
                .file("_plugins/cache.rb", "Liquid::Template.register_tag('include_cached', CachedInclude)\n")
                .validate(q -> q.withPlatform("jekyll"));
        assertThat(liq001(own)).isEmpty();
    }

    @Test
    void aThemeReleaseBeforeTheDependencyDoesNotLoadIt() {
        ValidationResult r = site(
                        "remote_theme: just-the-docs/just-the-docs@v0.5.4\n", "{% include_cached note.html %}\n")
                .validate(q -> q.withPlatform("github-pages"));
        assertThat(liq001(r)).hasSize(1);
    }

    @Test
    void anUndefinedFilterUnderStrictFiltersStopsTheBuildWhereItRuns() {
        String strict = "liquid:\n  strict_filters: true\n";
        ValidationResult r =
                site(strict, "Text {{ 'x' | nosuchfilter }}.\n").validate(q -> q.withPlatform("github-pages"));
        assertThat(liq001(r)).extracting(f -> f.file() + ":" + f.line()).containsExactly("a.md:6");
        assertThat(liq001(r).get(0).message()).contains("undefined filter nosuchfilter");
        assertThat(liq001(r).get(0).hint()).contains("strict_filters");
        // near-misses: a branch never taken, a known filter, the same filter without strict_filters, and a build
        // whose own plugins may define it
        assertThat(liq001(site(strict, "{% if site.nothing %}{{ 'x' | nosuchfilter }}{% endif %}\n")
                        .validate(q -> q.withPlatform("github-pages"))))
                .isEmpty();
        assertThat(liq001(
                        site(strict, "{{ 'a b' | slugify | upcase }}\n").validate(q -> q.withPlatform("github-pages"))))
                .isEmpty();
        assertThat(liq001(site("", "{{ 'x' | nosuchfilter }}\n").validate(q -> q.withPlatform("github-pages"))))
                .isEmpty();
        assertThat(liq001(site(strict, "{{ 'x' | nosuchfilter }}\n")
                        .file("_plugins/f.rb", "Liquid::Template.register_filter(Mine)\n")
                        .validate(q -> q.withPlatform("jekyll"))))
                .isEmpty();
    }
}
