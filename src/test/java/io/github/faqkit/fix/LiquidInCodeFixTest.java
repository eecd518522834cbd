package io.github.faqkit.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LIQ004's repair wraps the Liquid of a code span or block in {@code {% raw %}…{% endraw %}}; the real Jekyll
 * (fix-golden/liq004, scripts/fix-golden/liq004.sh) shows the code as written after it, not before.
 */
class LiquidInCodeFixTest {
    private static final Path GOLDEN = Path.of("src/test/resources/fix-golden/liq004");

    @TempDir
    Path dir;

    private SiteFixture site(String page) {
        return SiteFixture.in(dir).file("_config.yml", "title: L\n").file("docs/a.md", page);
    }

    @Test
    void theGoldenPageIsFixedAsJekyllThenShowsItsCode() throws Exception {
        SiteFixture site = site(Files.readString(GOLDEN.resolve("before.md")));
        FixPlan plan = FixTesting.plan(site);
        assertThat(plan.fixedCount()).isEqualTo(4);
        assertThat(plan.files().get(0).applied())
                .extracting(a -> a.finding().ruleId())
                .containsOnly("LIQ004");
        plan.apply();
        assertThat(Files.readString(dir.resolve("docs/a.md"))).isEqualTo(Files.readString(GOLDEN.resolve("fixed.md")));
        assertThat(SiteFixture.of(site.validate(), "LIQ004")).isEmpty();

        String before = Files.readString(GOLDEN.resolve("before.html"));
        String after = Files.readString(GOLDEN.resolve("fixed.html"));
        assertThat(before).doesNotContain("kube_dir").doesNotContain("{% if x %}");
        assertThat(after)
                .contains("<code class=\"language-plaintext highlighter-rouge\">{{ kube_dir }}/bin</code>")
                .contains("<code class=\"language-plaintext highlighter-rouge\">{% if x %}y{% endif %}</code>")
                .doesNotContain("raw %}");
    }

    @Test
    void codeWithRawAlreadyIsLeftToTheWriter() throws Exception {
        SiteFixture site = site("---\ntitle: A\n---\n\n```\n{{ a }}\n{% raw %}{{ b }}{% endraw %}\n```\n");
        FixPlan plan = FixTesting.plan(site);
        assertThat(plan.fixedCount()).isZero();
        assertThat(plan.files().get(0).skipped())
                .singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("in {% raw %} already"));
    }
}
