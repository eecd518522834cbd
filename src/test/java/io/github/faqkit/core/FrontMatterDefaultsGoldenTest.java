package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The values front matter defaults give each page of a fixture site, against what Jekyll 4.3 gives them
 * (scripts/defaults-golden/generate.sh) and what Jekyll 3.10's code gives them (jekyll3.sh, GitHub Pages' version):
 * glob scopes apply to whatever lies under a match ({@code *} to every page, as on Alfresco/acs-deployment, whose
 * {@code render_with_liquid: false} for {@code *} keeps Liquid in every page), plain scopes to paths that start with
 * them as text (Jekyll 4) or folder by folder (Jekyll 3), and a longer scope path wins over a later shorter one.
 */
class FrontMatterDefaultsGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/defaults-golden");

    @Test
    void everyPageGetsTheValuesJekyll4GivesIt() throws IOException {
        assertGolden(config(), "golden.txt");
    }

    @Test
    void everyPageGetsTheValuesJekyll3GivesIt() throws IOException {
        assertGolden(config().withJekyllMajor(3), "golden-jekyll3.txt");
    }

    private static SiteConfig config() throws IOException {
        return SiteConfig.of(
                new YAMLMapper().readTree(DIR.resolve("site/_config.yml").toFile()));
    }

    private static void assertGolden(SiteConfig config, String golden) throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve(golden), StandardCharsets.UTF_8);
        assertThat(lines).hasSizeGreaterThan(10);
        List<String> actual = new ArrayList<>();
        for (String line : lines) {
            String path = line.split("\t", 2)[0];
            ObjectNode values = config.defaultsFor(path, "pages");
            Map<String, String> sorted = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : values.properties()) {
                sorted.put(e.getKey(), e.getValue().asText());
            }
            StringBuilder b = new StringBuilder(path);
            sorted.forEach((k, v) -> b.append('\t').append(k).append('=').append(v));
            actual.add(b.toString());
        }
        assertThat(actual).as(golden).containsExactlyElementsOf(lines);
    }
}
