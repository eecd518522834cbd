package io.github.faqkit.core.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.platform.PagesPlugins;
import io.github.faqkit.core.platform.PlatformChoice;
import io.github.faqkit.core.platform.PluginSiteKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * jekyll-github-metadata's site keys: {@code github-metadata-golden/golden.json} records, for each case, which
 * keys the real plugin (run offline by {@code scripts/github-metadata-golden/generate.sh}) takes over from
 * {@code _config.yml}. Where the build runs it, reading one of them gives the opaque mark (its value comes from the
 * GitHub API), and every other key stays what the config says; a build without the plugin reads nil.
 */
class GithubMetadataGoldenTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path site;

    static Stream<Arguments> cases() throws Exception {
        JsonNode golden =
                JSON.readTree(Files.readString(Path.of("src/test/resources/github-metadata-golden/golden.json")));
        List<Arguments> out = new ArrayList<>();
        golden.forEach(c -> out.add(Arguments.of(c.path("name").asText(), c)));
        assertThat(out).hasSizeGreaterThanOrEqualTo(10);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theKeysThePluginSetsAreUnknownTheOthersAsConfigured(String name, JsonNode c) throws Exception {
        Set<String> measured = new TreeSet<>();
        c.path("plugin_keys").forEach(k -> measured.add(k.asText()));
        // baseurl is the implicit Pages baseurl (SiteSetup), not a Liquid unknown
        measured.remove("baseurl");
        boolean production =
                "production".equals(c.path("env").path("JEKYLL_ENV").asText());
        JsonNode config = c.path("config");
        Set<String> modelled =
                PluginSiteKeys.setBy(PlatformChoice.jekyll(Set.of(PagesPlugins.GITHUB_METADATA), "test"), config);
        if (production) {
            assertThat(modelled).isEqualTo(measured);
        } else {
            // outside production the plugin leaves url alone; which environment a build has is not known here
            assertThat(modelled).containsAll(measured);
            Set<String> more = new TreeSet<>(modelled);
            more.removeAll(measured);
            assertThat(more).isSubsetOf(Set.of("url"));
        }
        SiteConfig sc = io.github.faqkit.core.TestConfigs.of(config);
        LiquidEngine with =
                new LiquidEngine(site, sc, SiteDrop.build(site, sc, List.of(), false, Set.of(), modelled), List.of());
        for (String key : List.of("title", "description", "url")) {
            Rendered r = with.render("[" + key + "]({{ site." + key + " }})\n", Map.of(), "");
            boolean setByConfig = config.hasNonNull(key) && !config.path(key).isBoolean();
            if (modelled.contains(key)) {
                assertThat(r.opaque()).as(key).isTrue();
            } else if (setByConfig) {
                assertThat(r.text())
                        .as(key)
                        .isEqualTo("[" + key + "](" + config.path(key).asText() + ")\n");
            }
        }
        // a page that reads the title gets the value the real build showed when the config has one
        if (!modelled.contains("title")) {
            Rendered t = with.render("title=[{{ site.title }}]", Map.of(), "");
            assertThat(c.path("shown").asText()).startsWith(t.text());
        }
        // near-miss: a build without the plugin reads the missing and null keys as nil
        LiquidEngine without = new LiquidEngine(site, sc, SiteDrop.build(site, sc, List.of()), List.of());
        for (String key : modelled) {
            if (!key.equals("url") && !config.hasNonNull(key)) {
                Rendered r = without.render("[x]({{ site." + key + " }})", Map.of(), "");
                assertThat(r.opaque()).as(key).isFalse();
                assertThat(r.text()).as(key).isEqualTo("[x]()");
            }
        }
    }
}
