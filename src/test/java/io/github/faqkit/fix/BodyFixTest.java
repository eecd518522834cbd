package io.github.faqkit.fix;

import static io.github.faqkit.fix.FixTesting.after;
import static io.github.faqkit.fix.FixTesting.file;
import static io.github.faqkit.fix.FixTesting.finding;
import static io.github.faqkit.fix.FixTesting.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The repairs HDR004, IMG002, IAL001 and TOC001 attach to their findings: driven by the rules' own findings,
 * or, to show what a repair does with text its rule does not report, by findings built here at a line.
 */
class BodyFixTest {
    @TempDir
    Path dir;

    private static final String FM = "title: T";

    @Test
    void headingGetsItsSpace() {
        SiteFixture site = SiteFixture.in(dir).page("a.md", FM, "##Text\n\n> ###Quoted\n");
        FixPlan p = plan(site);
        assertThat(after(p, "a.md")).isEqualTo("---\ntitle: T\n---\n## Text\n\n> ### Quoted\n");
    }

    /** A space added beside a no-break space would leave it at the start of the heading's text: it is replaced. */
    @Test
    void aUnicodeSpaceAfterTheHashesBecomesAPlainSpace() {
        SiteFixture site = SiteFixture.in(dir).page("a.md", FM, "#\u00A0Text\n\n> ##\u3000Quoted\n");
        FixPlan p = plan(site);
        assertThat(after(p, "a.md")).isEqualTo("---\ntitle: T\n---\n# Text\n\n> ## Quoted\n");
        assertThat(file(p, "a.md").applied())
                .extracting(FileFix.Applied::description)
                .contains("replaced the no-break space (U+00A0) after '#' with a space");
    }

    @Test
    void headingInsideABlockQuoteOrListItemGetsItsSpace() {
        // HDR004 reported these lines, and the fix used to refuse them: "the line no longer starts with '#'".
        SiteFixture site = SiteFixture.in(dir)
                .page(
                        "a.md",
                        FM,
                        "> ##Quoted\n\n- ##Item\n- x\n\n1. ##Numbered\n\n> - ##Deep\n\n- item\n  ##Continued\n");
        FixPlan p = plan(site);
        assertThat(file(p, "a.md").skipped()).isEmpty();
        assertThat(file(p, "a.md").applied()).hasSize(5);
        assertThat(after(p, "a.md"))
                .isEqualTo("---\ntitle: T\n---\n> ## Quoted\n\n- ## Item\n- x\n\n1. ## Numbered\n\n"
                        + "> - ## Deep\n\n- item\n  ## Continued\n");
    }

    @Test
    void aLineOfHashtagsIsNotTurnedIntoAHeading() {
        SiteFixture site = SiteFixture.in(dir).page("a.md", FM, "#jekyll #docs\n\n> #faq #tips\n");
        assertThat(plan(site).files()).as("no HDR004, nothing to fix").isEmpty();
        // a finding at such a line (of an older run) is refused too
        FileFix f = file(plan(site, finding("HDR004", "a.md", 4, 1, ""), finding("HDR004", "a.md", 6, 1, "")), "a.md");
        assertThat(f.changed()).isFalse();
        assertThat(f.skipped())
                .hasSize(2)
                .allSatisfy(s -> assertThat(s.reason()).contains("hashtags"));
    }

    @Test
    void headingFixLeavesAProperHeadingAlone() {
        SiteFixture site = SiteFixture.in(dir).page("a.md", FM, "## Text\n");
        FileFix f = file(plan(site, finding("HDR004", "a.md", 4, 1, "")), "a.md");
        assertThat(f.changed()).isFalse();
        assertThat(f.skipped()).hasSize(1);
    }

    @Test
    void imagePathTakesTheLetterCaseOfTheRealFile() {
        SiteFixture site = SiteFixture.in(dir)
                .page("docs/a.md", FM, "See ![shot](../Pics/Image.PNG \"t\") here.\n")
                .bytes("pics/image.png", new byte[] {1});
        FixPlan p = plan(site);
        assertThat(after(p, "docs/a.md")).endsWith("See ![shot](../pics/image.png \"t\") here.\n");
    }

    @Test
    void imageFixOnRawHtmlKeepsQueryAndAttributes() {
        SiteFixture site = SiteFixture.in(dir)
                .page("a.md", FM, "<img src=\"pics/Shot.png?v=2\" style=\"zoom:50%;\">\n")
                .bytes("pics/shot.png", new byte[] {1});
        FixPlan p = plan(site);
        assertThat(after(p, "a.md")).endsWith("<img src=\"pics/shot.png?v=2\" style=\"zoom:50%;\">\n");
    }

    @Test
    void imageFixRefusesWhenTwoFilesDifferOnlyByCaseAndNoneIsNamed() {
        SiteFixture site = SiteFixture.in(dir)
                .page("a.md", FM, "![x](pics/IMG.png)\n")
                .bytes("pics/img.png", new byte[] {1})
                .bytes("pics/Img.png", new byte[] {2});
        FileFix f = file(plan(site), "a.md");
        assertThat(f.changed()).isFalse();
        assertThat(f.skipped().get(0).reason()).contains("not unambiguous");
    }

    @Test
    void detachedAttributeLineMovesUnderTheHeading() {
        SiteFixture site = SiteFixture.in(dir).page("a.md", FM, "# T\n\n{: .no_toc}\n\n## 目录\n");
        FixPlan p = plan(site);
        assertThat(after(p, "a.md")).isEqualTo("---\ntitle: T\n---\n# T\n{: .no_toc}\n\n## 目录\n");
    }

    @Test
    void attributeLineGluedToTheNextBlockKeepsThatBlockApart() {
        SiteFixture site = SiteFixture.in(dir).page("a.md", FM, "Title\n=====\n\n\n{: .a}\n{: .b}\nText\n");
        FixPlan p = plan(site, finding("IAL001", "a.md", 9, 1, ""), finding("IAL001", "a.md", 8, 1, ""));
        assertThat(after(p, "a.md")).isEqualTo("---\ntitle: T\n---\nTitle\n=====\n{: .a}\n{: .b}\n\nText\n");
        assertThat(file(p, "a.md").applied()).hasSize(2);
    }

    @Test
    void attributeLineBelowAParagraphIsNotGuessed() {
        SiteFixture site = SiteFixture.in(dir).page("a.md", FM, "Some text\n\n{: .note}\n\nMore\n");
        FileFix f = file(plan(site), "a.md");
        assertThat(f.changed()).isFalse();
        assertThat(f.skipped().get(0).reason()).contains("not a heading");
    }

    @Test
    void attributeLineInsideABlockQuoteIsNotMoved() {
        SiteFixture site = SiteFixture.in(dir).page("a.md", FM, "> # T\n>\n> {: .x}\n>\n> ## U\n");
        FileFix f = file(plan(site), "a.md");
        assertThat(f.changed()).isFalse();
        assertThat(f.skipped()).singleElement().satisfies(s -> {
            assertThat(s.finding().ruleId()).isEqualTo("IAL001");
            assertThat(s.reason()).contains("block quote");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "blank line before {:toc}|1. TOC\\n\\n{:toc}\\n|8",
                "upper case|1. TOC\\n{:TOC}\\n|7",
                "class instead of reference|1. TOC\\n{:.toc}\\n|6",
                "parenthesis list|1) TOC\\n{:toc}\\n|6",
                "indented|    1. TOC\\n    {:toc}\\n|6",
                "inline|1. TOC {:toc}\\n|6",
                "no list|{:toc}\\n|6"
            })
    void tocMarkerBecomesCanonical(String name, String marker, int line) {
        SiteFixture site =
                SiteFixture.in(dir).page("a.md", FM, "## Intro\n\n" + marker.replace("\\n", "\n") + "\n## Q\n");
        FixPlan p = plan(site, finding("TOC001", "a.md", line, 1, ""));
        assertThat(after(p, "a.md")).isEqualTo("---\ntitle: T\n---\n## Intro\n\n1. TOC\n{:toc}\n\n## Q\n");
        // Idempotent: the same finding on the fixed text changes nothing more.
        SiteFixture again = SiteFixture.in(dir.resolve("again")).file("a.md", after(p, "a.md"));
        assertThat(file(plan(again, finding("TOC001", "a.md", 6, 1, "")), "a.md")
                        .changed())
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "blank line before {:toc}|1. TOC\\n\\n{:toc}\\n",
                "upper case|1. TOC\\n{:TOC}\\n",
                "class instead of reference|1. TOC\\n{:.toc}\\n",
                "parenthesis list|1) TOC\\n{:toc}\\n",
                "inline|1. TOC {:toc}\\n",
                "no list|{:toc}\\n"
            })
    void tocMarkerBecomesCanonicalFromTheRulesOwnFindings(String name, String marker) {
        // A detached '{:toc}' is IAL001 too: only TOC001 may move it, into the marker.
        SiteFixture site =
                SiteFixture.in(dir).page("a.md", FM, "## Intro\n\n" + marker.replace("\\n", "\n") + "\n## Q\n");
        FixPlan p = plan(site);
        assertThat(after(p, "a.md")).isEqualTo("---\ntitle: T\n---\n## Intro\n\n1. TOC\n{:toc}\n\n## Q\n");
        SiteFixture again = SiteFixture.in(dir.resolve("again")).file("a.md", after(p, "a.md"));
        assertThat(plan(again).changedFiles()).isEmpty();
    }

    @Test
    void bothLinesOfOneMarkerAreOneRepair() {
        SiteFixture site = SiteFixture.in(dir).page("a.md", FM, "1) TOC\n{:toc}\n");
        FixPlan p = plan(site, finding("TOC001", "a.md", 4, 1, ""), finding("TOC001", "a.md", 5, 1, ""));
        assertThat(after(p, "a.md")).endsWith("---\n1. TOC\n{:toc}\n");
        assertThat(file(p, "a.md").applied()).hasSize(2);
    }
}
