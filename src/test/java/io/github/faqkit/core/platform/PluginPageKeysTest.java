package io.github.faqkit.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The page keys plugins set, as their sources set them. */
class PluginPageKeysTest {
    @Test
    void theKeysOfThePluginsTheBuildRuns() {
        assertThat(PluginPageKeys.of(PlatformChoice.jekyll(Set.of("jekyll-last-modified-at", "jekyll-feed"), "test")))
                .containsExactly("last_modified_at");
        assertThat(PluginPageKeys.of(PlatformChoice.jekyll(PagesPlugins.GITHUB_PAGES_DEFAULTS, "test")))
                .containsExactlyInAnyOrder("title", "layout");
        // near misses: plugins that set no page key
        assertThat(PluginPageKeys.of(PlatformChoice.jekyll(
                        Set.of("jekyll-seo-tag", "jekyll-github-metadata", "jemoji", "jekyll-sitemap"), "test")))
                .isEmpty();
        assertThat(PluginPageKeys.of(PlatformChoice.LEGACY)).isEmpty();
    }
}
