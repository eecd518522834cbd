package io.github.faqkit.rules.frontmatter;

import static io.github.faqkit.testing.SiteFixture.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FM003 follows the YAML loader of the released Jekyll (the safe_yaml gem, used by GitHub Pages' Jekyll 3.x and
 * the Jekyll 4.3 gem): yaml-loaders/verdicts.tsv, recorded by scripts/yaml-loaders/measure.sh. Debian's jekyll
 * package reads YAML with Psych.safe_load instead and also stops on a plain scalar that starts with ':' (a Ruby
 * Symbol, e.g. {@code permalink: :collection/:path}) and on Ruby tags; the released loader reads them as text, so
 * the plugin stays silent there (a false alarm for every GitHub Pages site).
 */
class YamlLoadersTest {
    private static final Path VERDICTS = Paths.get("src/test/resources/yaml-loaders/verdicts.tsv");
    /** libyaml refuses ':' right after a key in a flow sequence; SnakeYAML accepts it: a known miss. */
    private static final Set<String> KNOWN_MISSES = Set.of("x: [a:, b]");

    @TempDir
    Path dir;

    static Stream<String> rows() throws Exception {
        return Files.readAllLines(VERDICTS).stream().filter(l -> !l.startsWith("#") && !l.isBlank());
    }

    @ParameterizedTest
    @MethodSource("rows")
    void fm003WhereTheReleasedJekyllRefusesTheYaml(String row) {
        String[] cols = row.split("\t");
        String yaml = cols[0].replace("\\n", "\n");
        boolean refused = cols[3].equals("fails");
        if (KNOWN_MISSES.contains(cols[0])) {
            assertThat(refused)
                    .as("a known miss that the loaders now agree on: drop it from KNOWN_MISSES")
                    .isTrue();
            refused = false;
        }
        ValidationResult config = SiteFixture.in(dir.resolve("config"))
                .file("_config.yml", "title: T\n" + yaml + "\n")
                .page("index.md", "title: Home", "Hello\n")
                .validate();
        List<Finding> fm003 = of(config, FrontMatterRules.FM003);
        assertThat(fm003).as("_config.yml with %s", cols[0]).hasSize(refused ? 1 : 0);
        if (refused) {
            assertThat(fm003.get(0).file()).isEqualTo("_config.yml");
            assertThat(fm003.get(0).message()).contains("so Jekyll refuses to build");
        }

        ValidationResult page = SiteFixture.in(dir.resolve("page"))
                .file("_config.yml", "title: T\n")
                .page("a.md", "title: A\n" + yaml, "Hello\n")
                .validate();
        assertThat(of(page, FrontMatterRules.FM003))
                .as("front matter with %s", cols[0])
                .hasSize(refused ? 1 : 0)
                .allSatisfy(f -> assertThat(f.file()).isEqualTo("a.md"));
    }
}
