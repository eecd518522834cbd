package io.github.faqkit.rules;

import static io.github.faqkit.testing.SiteFixture.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page whose layout never reads {@code content} (content-golden/own-layouts: Jekyll writes none of its body)
 * gets no finding about what its body would show; its front matter, its navigation and what stops the build
 * are still checked.
 */
class ShownBodyTest {
    @TempDir
    Path dir;

    private static final String BODY = "# Team\n\n"
            + "![](missing.png)\n\n"
            + "[gone](nowhere.html) and [here](#nowhere)\n\n"
            + "## Members\n\n"
            + "{: .no_toc }\n\n"
            + "`{{ member }}`\n";

    private SiteFixture site(String layout) {
        return SiteFixture.in(dir)
                .file("_config.yml", "title: Lab\nexclude: [pom.xml, target/]\n")
                .file(
                        "_layouts/landing.html",
                        "<html>{% include head.html %}<body>{% include team.html %}</body></html>\n")
                .file("_layouts/article.html", "---\nlayout: landing\n---\n<article>{{ content }}</article>\n")
                .file("_layouts/shell.html", "<html><body>{% include main.html %}</body></html>\n")
                // a site without a theme has every include it names (else its build stops: LIQ002 on the layout)
                .file("_includes/head.html", "<head></head>\n")
                .file("_includes/team.html", "<section>{% for m in site.team %}{{ m.name }}{% endfor %}</section>\n")
                .file("_includes/main.html", "<main>{{ content }}</main>\n")
                .page("index.md", "layout: " + layout + "\ntitle: Home\ncolour: red", BODY);
    }

    private static TreeSet<String> rules(ValidationResult r) {
        TreeSet<String> ids = new TreeSet<>();
        for (Finding f : r.findings()) {
            ids.add(f.ruleId());
        }
        return ids;
    }

    @Test
    void aLayoutThatNeverReadsContentHidesTheBodysProblems() {
        ValidationResult r = site("landing").validate();
        assertThat(rules(r)).as(r.findings().toString()).containsExactly("FM007");
        // the layout around the page's own layout decides too
        assertThat(rules(site("article").validate())).containsExactly("FM007");
    }

    @Test
    void aLayoutThatWritesTheBodyKeepsItsProblems() {
        // near-miss: the same body under a layout whose include reads content, and under the theme's default
        for (String layout : new String[] {"shell", "default", "page"}) {
            ValidationResult r = site(layout).validate();
            assertThat(rules(r))
                    .as(layout + ": " + r.findings())
                    .contains("IMG001", "IMG005", "LNK001", "HDR003", "IAL001", "LIQ004", "FM007");
        }
    }

    @Test
    void whatStopsTheBuildIsReportedWhereverTheBodyGoes() {
        ValidationResult r = site("landing")
                .page("index.md", "layout: landing\ntitle: Home", "[x]({% link nowhere.md %})\n")
                .validate();
        assertThat(of(r, "LIQ002")).as(r.findings().toString()).hasSize(1);
    }
}
