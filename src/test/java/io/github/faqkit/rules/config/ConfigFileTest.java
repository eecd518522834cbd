package io.github.faqkit.rules.config;

import static io.github.faqkit.testing.SiteFixture.assertAt;
import static io.github.faqkit.testing.SiteFixture.of;
import static io.github.faqkit.testing.SiteFixture.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.SiteConfigs;
import io.github.faqkit.core.platform.SetupProblems;
import io.github.faqkit.fix.FileFix;
import io.github.faqkit.fix.FixEngine;
import io.github.faqkit.fix.FixPlan;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.frontmatter.FrontMatterRules;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jekyll reads the first of _config.yml, _config.yaml and _config.toml that exists, and only that one
 * (config-golden/files.tsv, recorded with the real Jekyll by scripts/config-golden/files.sh).
 */
class ConfigFileTest {
    private static final Path GOLDEN = Paths.get("src/test/resources/config-golden/files.tsv");

    @TempDir
    Path dir;

    static Stream<String> goldenCases() throws Exception {
        return Files.readAllLines(GOLDEN).stream().filter(l -> !l.startsWith("#") && !l.isBlank());
    }

    @ParameterizedTest
    @MethodSource("goldenCases")
    void theFileReadIsTheOneJekyllReads(String line) throws Exception {
        String[] cols = line.split("\t");
        List<String> present = cols[0].equals("-") ? List.of() : List.of(cols[0].split(","));
        String read = cols[1].equals("-") ? null : cols[1];
        for (String name : present) {
            Files.writeString(
                    dir.resolve(name),
                    name.endsWith(".toml") ? "title = \"" + name + "\"\n" : "title: \"" + name + "\"\n");
        }
        assertThat(SiteConfigs.fileIn(dir)).isEqualTo(read);
        SiteConfigs.Loaded loaded = SiteConfigs.load(dir, null);
        if (read != null && !read.endsWith(".toml")) {
            assertThat(loaded.config().file()).isEqualTo(read);
            assertThat(loaded.config().raw().path("title").asText()).isEqualTo(read);
        }
        assertThat(SetupProblems.missingConfig(dir) == null).isEqualTo(read != null);
    }

    @Test
    void aSiteWithConfigYamlIsCheckedWithItsSettingsAndFixedThere() throws Exception {
        SiteFixture s = SiteFixture.in(dir)
                .file("_config.yaml", "title: FAQ\nbaseurl: /kb\nexclude:\n  - README.md\n")
                .page("index.md", "title: Home", "Hello\n")
                .file("pom.xml", "<project/>\n");
        ValidationResult r = s.validate();
        assertThat(r.site().config().baseurl()).isEqualTo("/kb");
        Finding f = only(r, ConfigRules.CFG001);
        assertAt(f, "_config.yaml", 3, 1, Severity.ERROR);
        assertThat(f.message()).contains("exclude: in _config.yaml does not cover them");
        assertThat(f.hint()).contains("add them to exclude: in _config.yaml");

        FixPlan plan = new FixEngine().plan(ValidationRequest.of(dir));
        FileFix fix = plan.files().stream()
                .filter(x -> x.path().equals("_config.yaml"))
                .findFirst()
                .orElseThrow();
        assertThat(fix.changed()).isTrue();
        plan.apply();
        assertThat(Files.readString(dir.resolve("_config.yaml"))).endsWith("  - README.md\n  - pom.xml\n");
        assertThat(Files.exists(dir.resolve("_config.yml"))).isFalse();
        assertThat(of(s.validate(), ConfigRules.CFG001)).isEmpty();
    }

    @Test
    void aBrokenConfigYamlStopsTheBuildButNotWhenConfigYmlIsRead() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yaml", "title: x\nexclude: [a\n")
                .page("index.md", "title: Home", "Hello\n")
                .validate();
        Finding f = only(r, FrontMatterRules.FM003);
        assertThat(f.file()).isEqualTo("_config.yaml");
        assertThat(f.message()).startsWith("_config.yaml is not valid YAML");

        // near miss: Jekyll reads _config.yml and never opens _config.yaml
        ValidationResult both = SiteFixture.in(dir.resolve("both"))
                .file("_config.yml", "title: ok\n")
                .file("_config.yaml", "title: x\nexclude: [a\n")
                .page("index.md", "title: Home", "Hello\n")
                .validate();
        assertThat(of(both, FrontMatterRules.FM003)).isEmpty();
        assertThat(both.site().config().file()).isEqualTo("_config.yml");
    }

    @Test
    void aTomlConfigIsNotTakenForMissingNorForJekyllsDefaults() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.toml", "title = \"FAQ\"\nexclude = [\"pom.xml\"]\n")
                .page("index.md", "title: Home", "Hello\n")
                .file("pom.xml", "<project/>\n")
                .validate();
        assertThat(SetupProblems.missingConfig(dir)).isNull();
        assertThat(r.notices())
                .anySatisfy(n -> assertThat(n).contains("_config.toml").contains("reads only YAML"));
        assertThat(of(r, ConfigRules.CFG001))
                .as("its exclude: is unknown, not absent")
                .isEmpty();
        assertThat(of(r, FrontMatterRules.FM003)).isEmpty();
    }
}
