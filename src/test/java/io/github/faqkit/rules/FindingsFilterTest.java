package io.github.faqkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.faqkit.core.Severity;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The includes/excludes of a run select files with the project's linear-time glob. */
class FindingsFilterTest {
    @TempDir
    Path dir;

    private static FindingsFilter filter(List<String> includes, List<String> excludes) {
        return new FindingsFilter(List.of(), Map.<String, Severity>of(), includes, excludes);
    }

    @Test
    void backtrackingPatternAgainstALongNameAnswersQuickly() {
        // The JDK's glob matcher backtracks exponentially here (more than 30 s); the README promises linear time.
        String name = "a".repeat(60) + ".md";
        FindingsFilter f = filter(List.of("*a*a*a*a*a*a*a*a*a*a*b"), List.of("*a*a*a*a*a*a*a*a*a*a*b"));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(f.accepts(name)).isFalse();
        });
    }

    @Test
    void excludesWinOverIncludesAndSiteFindingsAlwaysPass() {
        FindingsFilter f = filter(List.of("docs/**"), List.of("docs/old/*.md"));
        assertThat(f.accepts("docs/a/b.md")).isTrue();
        assertThat(f.accepts("docs/old/x.md")).isFalse();
        assertThat(f.accepts("index.md")).isFalse();
        assertThat(f.accepts("")).isTrue();
    }

    @Test
    void aValidationWithABacktrackingIncludeFinishes() {
        // No front matter: FM001, so there is a finding for the include to judge.
        SiteFixture site = SiteFixture.in(dir).file("a".repeat(60) + ".md", "# A\n");
        assertThat(site.validate().findings()).isNotEmpty();
        ValidationResult r = assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> site.validate(x -> new ValidationRequest(
                        x.contentDirectory(), List.of("*a*a*a*a*a*a*a*a*a*a*b"), null, null, null, null, null, false)));
        assertThat(r.findings()).isEmpty();
    }
}
