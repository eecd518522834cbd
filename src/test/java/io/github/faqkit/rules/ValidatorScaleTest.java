package io.github.faqkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.faqkit.core.Page;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Memory and progress behaviour of the validator on many pages. */
class ValidatorScaleTest {

    @TempDir
    Path dir;

    private SiteFixture site(int pages) {
        SiteFixture s = SiteFixture.in(dir).file("_config.yml", "title: T\n");
        s.page("index.md", "title: Home\nnav_order: 1", "# Home\n");
        for (int i = 0; i < pages; i++) {
            s.page(
                    "docs/p" + i + ".md",
                    "title: P" + i + "\nparent: Home",
                    "# P" + i + "\n\n![x](../pics/p" + i + ".png)\n\n```\n![in code](none.png)\n```\n");
        }
        return s;
    }

    @Test
    void pagesAreSummarisedWithoutTheirTextYetFindingsAreTheSame() throws Exception {
        SiteFixture s = site(20);
        ValidationResult lean = new Validator().validate(ValidationRequest.of(dir));
        ValidationResult full = new Validator().keepingPageText().validate(ValidationRequest.of(dir));

        assertThat(lean.findings()).isNotEmpty().isEqualTo(full.findings());
        assertThat(lean.findings())
                .extracting(f -> f.ruleId() + " " + f.file() + ":" + f.line())
                .contains("IMG001 docs/p3.md:7")
                .noneMatch(f -> f.endsWith(":10"));
        Page page = lean.site().pageByPath("docs/p3.md");
        assertThat(page.hasText()).isFalse();
        assertThat(page.body().fileLine(0)).isEqualTo(5);
        assertThatThrownBy(() -> page.source().text()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> page.body().text()).isInstanceOf(IllegalStateException.class);
        assertThat(full.site().pageByPath("docs/p3.md").body().text()).startsWith("# P3");
        assertThat(page.digest()).isEqualTo(full.site().pageByPath("docs/p3.md").digest());
    }

    @Test
    void progressCountsEveryPageThenEveryRule() throws Exception {
        site(30);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        new Validator()
                .withProgress((phase, done, total, ms) -> seen.add(phase + " " + done + "/" + total))
                .validate(ValidationRequest.of(dir));
        assertThat(seen).filteredOn(l -> l.startsWith("PARSING")).hasSize(31).contains("PARSING 31/31");
        assertThat(seen)
                .filteredOn(l -> l.startsWith("CHECKING"))
                .hasSize(RuleCatalog.all().size())
                .first()
                .isEqualTo("CHECKING 0/" + RuleCatalog.all().size());
    }

    @Test
    void throttledProgressIsQuietOnShortRunsAndSparseOnLongOnes() throws Exception {
        List<String> lines = new ArrayList<>();
        Progress quiet = Progress.throttled((p, d, t, ms) -> lines.add(d + "/" + t), 60_000, 1_000);
        for (int i = 1; i <= 1000; i++) {
            quiet.report(Progress.Phase.PARSING, i, 1000, 0);
        }
        assertThat(lines).isEmpty();

        Progress sparse = Progress.throttled((p, d, t, ms) -> lines.add(d + "/" + t), 0, 60_000);
        for (int i = 1; i <= 1000; i++) {
            sparse.report(Progress.Phase.PARSING, i, 1000, 0);
        }
        assertThat(lines).containsExactly("1/1000");
    }
}
