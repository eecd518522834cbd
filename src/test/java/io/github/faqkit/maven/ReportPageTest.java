package io.github.faqkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.report.ConsoleFormatter;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faq:report page: into the site, it sends the sink events the reporting API's renderer base class sends
 * for the same structures (the goal no longer depends on that class); alone, it is a page of its own.
 */
class ReportPageTest {

    @TempDir
    Path dir;

    /** Every sink event as "name(args)". */
    private static Sink recording(List<String> events) {
        return (Sink) Proxy.newProxyInstance(
                Sink.class.getClassLoader(), new Class<?>[] {Sink.class}, (proxy, method, args) -> {
                    events.add(method.getName() + (args == null ? "()" : Arrays.deepToString(args)));
                    return null;
                });
    }

    /** The base class's renderer doing what SiteReportRenderer asks of a page. */
    private static final class Reference extends AbstractMavenReportRenderer {
        Reference(Sink sink) {
            super(sink);
        }

        @Override
        public String getTitle() {
            return "FAQ content";
        }

        @Override
        protected void renderBody() {
            startSection(getTitle());
            paragraph("3 pages <checked>");
            startSection("Findings per rule");
            startTable();
            tableHeader(new String[] {"Rule", "Name"});
            endTable();
            paragraph("");
            endSection();
            endSection();
        }
    }

    @Test
    void sinkEventsAreTheRendererBaseClassEvents() {
        List<String> expected = new ArrayList<>();
        new Reference(recording(expected)).render();
        List<String> actual = new ArrayList<>();
        ReportPage page = new SinkReportPage(recording(actual));
        page.start("FAQ content");
        page.section("FAQ content");
        page.paragraph("3 pages <checked>");
        page.section("Findings per rule");
        page.table("Rule", "Name");
        page.tableEnd();
        page.paragraph("");
        page.sectionEnd();
        page.sectionEnd();
        page.end();
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aloneThePageIsHtmlOfItsOwnWithEscapedText() {
        SiteFixture site = SiteFixture.in(dir)
                .file("_config.yml", "title: T\n")
                .page("index.md", "title: Home\nnav_order: 1", "# Home\n")
                .page("docs/orphan.md", "title: Orphan <b>\nparent: Hme", "# Orphan\n");
        ValidationResult result = site.validate();
        HtmlReportPage page = new HtmlReportPage();
        new SiteReportRenderer(page, result, new ConsoleFormatter(dir, dir)).render();
        String html = page.html();
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .endsWith("</html>\n")
                .contains("<title>FAQ content</title>", "<h1>FAQ content</h1>", "<h2>Findings per rule</h2>")
                .contains("<td>NAV001</td><td>parent-not-found</td><td>1</td><td>0</td><td>0</td><td>1</td>")
                .contains("<td>docs/orphan.md:3:9</td>")
                .contains("Orphan &lt;b&gt; <code>")
                .doesNotContain("Orphan <b>");
        assertThat(html.split("<section>", -1)).hasSize(html.split("</section>", -1).length);
    }

    /** A collection with nav sections (just-the-docs 0.10) is listed under its own heading, as on the site. */
    @Test
    void theNavigationShowsEachCollectionSectionUnderItsName() {
        SiteFixture site = SiteFixture.in(dir)
                .file(
                        "_config.yml",
                        "title: T\ncollections:\n  tips:\n    output: true\n"
                                + "just_the_docs:\n  collections:\n    tips:\n      name: Tips\n")
                .page("index.md", "title: Home\nnav_order: 1", "# Home\n")
                .page("_tips/first.md", "title: First tip", "# First tip\n");
        ValidationResult result = site.validate();
        HtmlReportPage page = new HtmlReportPage();
        new SiteReportRenderer(page, result, new ConsoleFormatter(dir, dir)).render();
        String html = page.html();
        assertThat(html).contains("Home <code>", "<b>Tips (_tips)</b>", "First tip <code>");
        assertThat(html.indexOf("Home <code>")).isLessThan(html.indexOf("Tips (_tips)"));
        assertThat(html.indexOf("Tips (_tips)")).isLessThan(html.indexOf("First tip <code>"));
    }
}
