package io.github.faqkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.rules.RuleCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

class RuleDocsGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void writesOnePagePerRuleWithExamplesAndAnIndex() throws Exception {
        var missing = new RuleDocsGenerator().writeAll(dir);
        for (var r : RuleCatalog.all()) {
            assertThat(dir.resolve(r.id() + ".md")).exists();
        }
        String nav001 = Files.readString(dir.resolve("NAV001.md"));
        assertThat(nav001)
                .startsWith("# NAV001 parent-not-found\n\nDefault severity: **error**\n")
                .contains(
                        "## What Jekyll does\n\nThe theme matches parent against titles by exact string equality",
                        "## Bad\n\n```markdown\ntitle: Reset a password\nparent: Acount\n```",
                        "## Good\n\n```markdown\ntitle: Reset a password\nparent: Account\n```",
                        "<!-- faq-disable-next-line NAV001 -->");
        assertThat(Files.readString(dir.resolve("README.md")))
                .contains("| [SUP001](SUP001.md) | unused-suppression | info |");
        assertThat(missing).as("rules without examples in rule-examples.yml").isEmpty();
    }

    /** The committed pages are what the generator writes now: a changed rule cannot leave a stale page. */
    @Test
    void committedPagesAreUpToDate() throws Exception {
        new RuleDocsGenerator().writeAll(dir);
        try (var files = Files.list(dir)) {
            for (Path generated : (Iterable<Path>) files::iterator) {
                Path committed = Path.of("docs", "rules").resolve(generated.getFileName());
                assertThat(committed)
                        .as("run ./mvnw test -Dtest=RuleDocsGeneratorTest -Dfaq.regenerateRuleDocs=true")
                        .exists()
                        .hasSameTextualContentAs(generated);
            }
        }
    }

    @Test
    void sarifHelpUriPointsAtTheGeneratedPage() {
        assertThat(RuleDocs.url("IMG001")).endsWith("/" + RuleDocs.path("IMG001"));
    }

    /** {@code ./mvnw test -Dtest=RuleDocsGeneratorTest -Dfaq.regenerateRuleDocs=true} rewrites docs/rules/. */
    @Test
    @EnabledIfSystemProperty(named = "faq.regenerateRuleDocs", matches = "true")
    void regenerate() throws Exception {
        var missing = new RuleDocsGenerator().writeAll(Path.of("docs", "rules"));
        System.out.println("rules without examples in rule-examples.yml: " + missing);
    }
}
