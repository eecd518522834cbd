package io.github.faqkit.core.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.faqkit.core.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The filters a real build knows (liquid-filters/*.txt, recorded by scripts/liquid-golden/filters.sh) and what a name
 * Liqp knows but the build does not gives (liquid-golden/filter-liquid5-names, Jekyll 4.3.1 and 3.10.0 on Liquid
 * 4.0.4).
 */
class Liquid4FiltersTest {
    @TempDir
    Path site;

    private static Set<String> recorded(String engine) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/liquid-filters/" + engine + ".txt"));
        assertThat(lines.get(0)).startsWith("engine jekyll").endsWith("liquid 4.0.4");
        return new TreeSet<>(lines.subList(1, lines.size()));
    }

    @Test
    void theListsAreTheRealEngines() throws Exception {
        assertThat(new TreeSet<>(Liquid4Filters.known(3))).isEqualTo(recorded("jekyll-3.10.0"));
        assertThat(new TreeSet<>(Liquid4Filters.known(4))).isEqualTo(recorded("jekyll-4.3.1"));
    }

    private Rendered render(int jekyllMajor, Set<String> pluginFilters, String body) throws Exception {
        SiteConfig c = io.github.faqkit.core.TestConfigs.of(new ObjectMapper(new YAMLFactory()).readTree("{}"))
                .withJekyllMajor(jekyllMajor);
        return new LiquidEngine(
                        site,
                        c,
                        SiteDrop.build(site, c, List.of()),
                        List.of(body),
                        LiquidBuild.unknown().withPluginFilters(pluginFilters))
                .render(body, Map.of(), "");
    }

    @Test
    void liqpsJsonIsNoFilterOfTheBuild() throws Exception {
        String body = "{{ 'x' | json }} {{ 'a,b' | split: ',' | json | size }}";
        assertThat(render(4, Set.of(), body).text()).isEqualTo("x 2");
        assertThat(render(3, Set.of(), body).text()).isEqualTo("x 2");
        // near-misses: a plugin may define either name (then unknown); Jekyll's jsonify stays evaluated
        Rendered plugin = render(3, null, body);
        assertThat(plugin.opaque()).isTrue();
        assertThat(render(3, Set.of(), "{{ 'x' | jsonify }}").text()).isEqualTo("\"x\"");
    }

    /** GitHub Pages' Jekyll 3.10 has no find: the list is handed on (golden-pages.txt; golden.txt is Jekyll 4.3's). */
    @Test
    void findIsJekyll4sOnly() throws Exception {
        Path fixture = Path.of("src/test/resources/liquid-golden/filter-liquid5-names");
        for (String platform : List.of("github-pages", "jekyll")) {
            String golden = platform.equals("jekyll") ? "golden.txt" : "golden-pages.txt";
            io.github.faqkit.rules.ValidationResult r = new io.github.faqkit.rules.Validator()
                    .keepingPageText()
                    .validate(
                            io.github.faqkit.rules.ValidationRequest.of(fixture).withPlatform(platform));
            String text = r.site().pageByPath("a.md").body().text();
            for (String line : Files.readAllLines(fixture.resolve(golden))) {
                if (line.startsWith("code ")) {
                    assertThat(text)
                            .as(platform + " " + line)
                            .contains(line.substring(5).replace("&amp;", "&"));
                }
            }
        }
    }

    @Test
    void jekyllsOwnFiltersNotComputedHereStayUnknownAndStripIndexIsJekylls() throws Exception {
        Rendered sample = render(3, Set.of(), "{{ 'a,b' | split: ',' | sample }}");
        assertThat(sample.opaque()).isTrue();
        assertThat(render(4, Set.of(), "[x]({{ '/a/index.html' | strip_index }}) {{ '/a/index.htm/b' | strip_index }}")
                        .text())
                .isEqualTo("[x](/a/) /a/index.htm/b");
    }
}
