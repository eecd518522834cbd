package io.github.faqkit.rules;

import static io.github.faqkit.testing.SiteFixture.where;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken {@code _config.yml} is FM003's finding: the rule's configured severity applies, off silences it. */
class ConfigProblemTest {
    @TempDir
    Path dir;

    private SiteFixture brokenConfig() {
        return SiteFixture.in(dir)
                .file("_config.yml", "title: x\nexclude: [a\n")
                .page("index.md", "title: H", "");
    }

    private static ValidationRequest with(ValidationRequest r, Map<String, Severity> severities) {
        return new ValidationRequest(
                r.contentDirectory(),
                r.includes(),
                r.excludes(),
                severities,
                r.themeVersion(),
                r.options(),
                r.baseUrl(),
                r.checkExternal(),
                r.cacheDirectory());
    }

    @Test
    void fm003OffSilencesTheConfigProblem() {
        ValidationResult r = brokenConfig().validate(x -> with(x, Map.of("FM003", Severity.OFF)));
        assertThat(where(r)).isEmpty();
    }

    @Test
    void fm003SeverityAppliesToTheConfigProblem() {
        ValidationResult r = brokenConfig().validate(x -> with(x, Map.of("FM003", Severity.WARNING)));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("FM003");
            assertThat(f.file()).isEqualTo("_config.yml");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void withoutFm003NoConfigFinding() {
        ValidationResult r = brokenConfig().validate(java.util.List.of(), x -> x);
        assertThat(r.findings()).extracting(Finding::ruleId).isEmpty();
    }
}
