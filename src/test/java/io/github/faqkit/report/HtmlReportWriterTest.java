package io.github.faqkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.ThemeVersion;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {
    @TempDir
    Path dir;

    @Test
    void absorbedFindingsAreShownUnderTheFindingThatAbsorbedThem() {
        String html = new HtmlReportWriter().render(ManyFindingsFixture.result(dir));
        int toc = html.indexOf("data-rule=\"TOC001\"");
        assertThat(toc).isPositive();
        String article = html.substring(toc, html.indexOf("</article>", toc));
        assertThat(article)
                .contains("<p class=\"also\">The same mistake, as other rules see it:</p>")
                .contains("IAL001 ial-detached</a> <span class=\"loc\">docs/toc.md:8:1</span> &#39;{:toc}&#39; is "
                        + "separated by a blank line");
        // one list per absorbing finding, none elsewhere
        long lists = html.split("<ul class=\"absorbed\">", -1).length - 1;
        assertThat(lists)
                .isEqualTo(ManyFindingsFixture.result(dir.resolve("again")).findings().stream()
                        .filter(f -> !f.absorbed().isEmpty())
                        .count());
    }

    @Test
    void groupsFindingsByPageWithSourceLinesAndEscapesEverything() {
        String html = new HtmlReportWriter().render(ReportFixture.result(dir));

        assertThat(html)
                .contains(
                        "<dd id=\"count-error\">2</dd>",
                        "<dd id=\"count-warning\">1</dd>",
                        "<dd id=\"count-info\">1</dd>",
                        "<dd id=\"count-pages\">3</dd>");
        assertThat(html).contains("<section class=\"page\" data-file=\"docs/a.md\">");
        // the message with markup is escaped, never injected
        assertThat(html)
                .contains("unknown key &#39;nav_ordr&#39; &lt;b&gt;&amp;&quot;")
                .doesNotContain("<b>&\"");
        // source excerpt: lines 1..5 around line 3, line 3 highlighted; the title with '&' escaped
        assertThat(html).contains("<span class=\"l hit\"><span class=\"ln\">3</span>parent: Hom</span>");
        assertThat(html).contains("<span class=\"l\"><span class=\"ln\">2</span>title: A &amp; B</span>");
        // no external resources
        assertThat(html).doesNotContain("src=\"http", "href=\"//", "<link ", "@import");
    }

    @Test
    void navigationTreeShowsNestingAndMarksOrphans() {
        String html = new HtmlReportWriter().render(ReportFixture.result(dir));
        String tree = html.substring(html.indexOf("<section id=\"nav\">"));
        // C sits under Home; A (parent Hom, NAV001) is listed as an orphan
        assertThat(tree)
                .containsSubsequence(
                        "<span class=\"title\">Home</span>",
                        "<ul>",
                        "<span class=\"title\">C</span>",
                        "</ul>",
                        "Not in the navigation",
                        "<li class=\"orphan\">",
                        "<span class=\"title\">A &amp; B</span>",
                        "orphan: parent 'Hom' not found");
    }

    @Test
    void marksPagesWithAmbiguousParents() {
        ValidationResult r = SiteFixture.in(dir)
                .page("a/index.md", "title: Guide\nnav_order: 1", "")
                .page("b/index.md", "title: Guide\nnav_order: 2", "")
                .page("a/child.md", "title: Child\nparent: Guide", "")
                .validate();
        String html = new HtmlReportWriter().render(r);
        String tree = html.substring(html.indexOf("<section id=\"nav\">"));
        assertThat(r.findings())
                .anyMatch(f -> f.ruleId().equals("NAV002") && f.file().equals("a/child.md"));
        // the theme lists Child under both pages titled Guide: both placements are marked
        assertThat(tree.split("<li class=\"ambiguous\"><span class=\"title\">Child</span>", -1))
                .hasSize(3);
    }

    @Test
    void theNavigationSaysWhichThemeVersionItFollowsAndWhy() {
        SiteFixture site = SiteFixture.in(dir)
                .file("_config.yml", "title: T\nremote_theme: just-the-docs/just-the-docs\n")
                .page("index.md", "title: Home", "# Home\n");
        String nav = nav(new HtmlReportWriter().render(site.validate()));
        // no release named: the version is an assumption, and the reader is told so and how to pin one
        assertThat(nav)
                .contains("<p class=\"meta\">just-the-docs 0.10.1: remote_theme: just-the-docs/just-the-docs names no"
                        + " release")
                .contains("remote_theme: just-the-docs/just-the-docs@vX.Y.Z");

        site.file("_config.yml", "title: T\nremote_theme: just-the-docs/just-the-docs@v0.8.2\n");
        assertThat(nav(new HtmlReportWriter().render(site.validate())))
                .contains("<p class=\"meta\">just-the-docs 0.8.2: remote_theme: just-the-docs/just-the-docs@v0.8.2");

        String given = nav(new HtmlReportWriter()
                .render(site.validate(r -> new ValidationRequest(
                        r.contentDirectory(), null, null, null, ThemeVersion.parse("0.4.1"), null, null, false))));
        assertThat(given).contains("<p class=\"meta\">just-the-docs 0.4.1: faq.themeVersion</p>");
    }

    private static String nav(String html) {
        int start = html.indexOf("<section id=\"nav\">");
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void cleanSiteSaysSo() {
        ValidationResult r =
                SiteFixture.in(dir).page("index.md", "title: Home", "# Home\n").validate();
        assertThat(r.findings()).isEmpty();
        assertThat(new HtmlReportWriter().render(r)).contains("id=\"no-findings\"", "<dd id=\"count-error\">0</dd>");
    }
}
