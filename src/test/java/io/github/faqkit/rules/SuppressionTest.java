package io.github.faqkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.rules.nav.ParentNotFound;
import io.github.faqkit.rules.suppress.UnusedSuppression;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionTest {
    @TempDir
    Path dir;

    private static final String HOME = "title: Home";

    private List<String> run(String body) {
        SiteFixture site = SiteFixture.in(dir).page("index.md", HOME, "").page("a.md", "title: A\nparent: Hom", body);
        return SiteFixture.where(site.validate());
    }

    /** A page-level finding (NAV001 on line 3) and a body comment can only meet via disable ranges. */
    @Test
    void unsuppressedFindingIsReported() {
        assertThat(run("text\n")).containsExactly("a.md:3:9 NAV001");
    }

    @Test
    void disableNextLineSilencesTheFindingOnTheNextLine() {
        // the comment is in the body; findings in the body are what it targets, so use a rule fixture line
        SiteFixture site = SiteFixture.in(dir)
                .page("index.md", HOME, "")
                .page("a.md", "title: A", "<!-- faq-disable-next-line NAV001 -->\ntext\n");
        ValidationResult r = site.validate(List.of(new BodyLineRule("NAV001", 5), new UnusedSuppression()), q -> q);
        assertThat(SiteFixture.where(r)).isEmpty();
    }

    @Test
    void disableNextLineForAnotherLineOrRuleDoesNotSilenceAndIsReportedAsUnused() {
        SiteFixture site = SiteFixture.in(dir)
                .page("index.md", HOME, "")
                .page(
                        "a.md",
                        "title: A",
                        "<!-- faq-disable-next-line NAV001 -->\n\ntext\n<!-- faq-disable-next-line XYZ9 -->\n");
        ValidationResult r = site.validate(List.of(new BodyLineRule("NAV001", 6), new UnusedSuppression()), q -> q);
        assertThat(SiteFixture.where(r)).containsExactly("a.md:4:1 SUP001", "a.md:6:1 NAV001", "a.md:7:1 SUP001");
        Finding unused = SiteFixture.of(r, "SUP001").get(0);
        assertThat(unused.severity()).isEqualTo(Severity.INFO);
        assertThat(unused.message())
                .isEqualTo("'faq-disable-next-line NAV001' silences nothing: no NAV001 finding on line 5");
        assertThat(SiteFixture.of(r, "SUP001").get(1).message()).contains("there is no rule XYZ9");
    }

    @Test
    void disableEnableRangeSilencesOnlyInsideTheRangeAndOnlyTheNamedRules() {
        String body = "a\n<!-- faq-disable NAV001, FM007 -->\nb\nc\n<!-- faq-enable -->\nd\n";
        // body line n is file line n + 3
        SiteFixture site = SiteFixture.in(dir).page("a.md", "title: A", body);
        ValidationResult r = site.validate(
                List.of(
                        new BodyLineRule("NAV001", 4, 6, 7, 9),
                        new BodyLineRule("NAV005", 6),
                        new BodyLineRule("FM007"),
                        new UnusedSuppression()),
                q -> q);
        assertThat(SiteFixture.where(r))
                .containsExactly("a.md:4:1 NAV001", "a.md:5:1 SUP001", "a.md:6:1 NAV005", "a.md:9:1 NAV001");
        assertThat(SiteFixture.of(r, "SUP001").get(0).message())
                .isEqualTo("'faq-disable FM007' silences nothing: no FM007 finding between line 5 and line 8");
    }

    @Test
    void disableWithoutRulesSilencesEverythingToTheEndOfTheFile() {
        SiteFixture site = SiteFixture.in(dir).page("a.md", "title: A", "a\n<!-- faq-disable -->\nb\n");
        ValidationResult r = site.validate(
                List.of(new BodyLineRule("NAV001", 4, 6), new BodyLineRule("NAV005", 6), new UnusedSuppression()),
                q -> q);
        assertThat(SiteFixture.where(r)).containsExactly("a.md:4:1 NAV001");
    }

    @Test
    void commentsInCodeAreNotDirectives() {
        String body = "```html\n<!-- faq-disable-next-line NAV001 -->\nx\n```\n\n    <!-- faq-disable NAV001 -->\n\n"
                + "Write `<!-- faq-disable NAV001 -->` to silence.\ny\n";
        SiteFixture site = SiteFixture.in(dir).page("a.md", "title: A", body);
        ValidationResult r = site.validate(List.of(new BodyLineRule("NAV001", 6, 12), new UnusedSuppression()), q -> q);
        assertThat(SiteFixture.where(r)).containsExactly("a.md:6:1 NAV001", "a.md:12:1 NAV001");
    }

    @Test
    void unusedSuppressionOfARuleSwitchedOffIsNotReported() {
        SiteFixture site = SiteFixture.in(dir).page("a.md", "title: A", "<!-- faq-disable-next-line NAV001 -->\nb\n");
        ValidationResult r = site.validate(
                List.of(new ParentNotFound(), new UnusedSuppression()),
                q -> new ValidationRequest(
                        q.contentDirectory(), null, null, Map.of("NAV001", Severity.OFF), null, null, null, false));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void realRuleFindingOnTheDirectiveLineIsSilenced() {
        // a Markdown file meant to be copied raw: FM001 (line 1) is silenced by the range opened on line 1
        SiteFixture site = SiteFixture.in(dir)
                .page("index.md", HOME, "")
                .file("raw.md", "<!-- faq-disable FM001 -->\n# Raw\n")
                .file("raw2.md", "# Raw\n");
        assertThat(SiteFixture.where(site.validate())).containsExactly("raw2.md:1:1 FM001");
    }

    @Test
    void sampleSiteStaysClean() {
        ValidationResult r =
                SiteFixture.in(Path.of("sample-site").toAbsolutePath()).validate();
        assertThat(SiteFixture.of(r, "SUP001")).isEmpty();
    }

    /** Reports a finding on given file lines of a.md, as a body rule would. */
    private static final class BodyLineRule extends Rule {
        private final int[] lines;

        BodyLineRule(String id, int... lines) {
            super(id, "test-" + id, Severity.ERROR, "test rule");
            this.lines = lines;
        }

        @Override
        public void checkPage(io.github.faqkit.core.Page page, io.github.faqkit.core.Site site, Reporter out) {
            if (page.path().equals("a.md")) {
                for (int l : lines) {
                    out.report(page, l, 1, "problem on line " + l, "");
                }
            }
        }
    }
}
