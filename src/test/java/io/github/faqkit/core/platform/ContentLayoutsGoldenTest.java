package io.github.faqkit.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.TemplateTexts;
import io.github.faqkit.testing.GoldenBuilds;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fixture site under {@code src/test/resources/content-golden/<name>/site} was built by
 * {@code scripts/content-golden/generate.sh} with Jekyll 4.3 over the just-the-docs theme of each version, and
 * {@code shown-<version>.json} records for each page whether its body reached the built file. The model must drop
 * exactly the bodies Jekyll dropped: layouts of the site that never read {@code content}, themselves or as the
 * layout around another, also around the theme's {@code page} and {@code home}.
 */
class ContentLayoutsGoldenTest {
    private static final Path FIXTURES = Path.of("src/test/resources/content-golden");

    static Stream<Arguments> builds() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (GoldenBuilds.Build b : GoldenBuilds.under(FIXTURES, "shown-")) {
            out.add(Arguments.of(b.fixture(), b.file()));
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(4);
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("builds")
    void bodiesAreDroppedWhereJekyllDropsThem(String fixture, String golden) throws IOException {
        Path root = FIXTURES.resolve(fixture).resolve("site");
        JsonNode shown = new ObjectMapper()
                .readTree(FIXTURES.resolve(fixture).resolve(golden).toFile());
        Site site = SiteFixture.in(root).loadSite();
        ContentLayouts layouts = ContentLayouts.of(root, site.config(), new TemplateTexts());
        Map<String, Boolean> expected = new TreeMap<>();
        Map<String, Boolean> actual = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : shown.properties()) {
            expected.put(e.getKey(), e.getValue().asBoolean());
            Page page = site.pages().stream()
                    .filter(p -> p.path().equals(e.getKey()))
                    .findFirst()
                    .orElseThrow();
            actual.put(e.getKey(), !layouts.dropsBody(page));
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(expected).containsValue(false).containsValue(true);
    }
}
