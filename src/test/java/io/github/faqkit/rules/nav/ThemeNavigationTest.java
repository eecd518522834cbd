package io.github.faqkit.rules.nav;

import static io.github.faqkit.testing.SiteFixture.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The navigation rules judge just-the-docs' navigation only where a page's layout chain draws it
 * (nav-golden/own-layouts*, built with the real Jekyll and theme, show what is drawn): two language homes with the
 * same title and nav_order are seen side by side only when some page draws the theme's sidebar.
 */
class ThemeNavigationTest {
    @TempDir
    Path dir;

    private static final String NAV_RULES = "NAV00[1235679]";

    /** Two homes and a lost page on {@code layout}, whose site layout {@code lang} includes {@code include}. */
    private SiteFixture site(String layout, String include) {
        return SiteFixture.in(dir)
                .file(
                        "_layouts/lang.html",
                        "---\nlayout: vendor/compress\n---\n<html><body>" + include + "{{ content }}</body></html>\n")
                .file("_layouts/page-en.html", "---\nlayout: lang\n---\n{{ content }}\n")
                .file(
                        "_includes/own-nav.html",
                        "<ul>{% for p in site.html_pages %}<li>{{ p.title }}</li>{% endfor %}</ul>\n")
                .page("en/index.md", "layout: " + layout + "\ntitle: Home\nnav_order: 1", "# Home\n")
                .page("it/index.md", "layout: lang\ntitle: Home\nnav_order: 1", "# Home\n")
                .page("en/lost.md", "layout: lang\ntitle: Lost\nparent: Nowhere", "# Lost\n");
    }

    private static long navFindings(ValidationResult r) {
        return r.findings().stream().filter(f -> f.ruleId().matches(NAV_RULES)).count();
    }

    @Test
    void layoutsThatBuildTheirOwnNavigationShowNothingOfTheThemes() {
        ValidationResult r = site("page-en", "{% include own-nav.html %}").validate();
        assertThat(navFindings(r)).as(r.findings().toString()).isZero();
        // layout: none writes the content alone
        assertThat(navFindings(site("none", "{% include own-nav.html %}").validate()))
                .isZero();
    }

    @Test
    void onePageOnTheThemesLayoutDrawsTheSidebarWithEveryPage() {
        // the sidebar of the page on 'default' lists both homes and leaves out the lost page
        ValidationResult r = site("default", "{% include own-nav.html %}").validate();
        assertThat(of(r, "NAV005")).hasSize(1);
        assertThat(of(r, "NAV006")).hasSize(1);
        assertThat(of(r, "NAV001")).hasSize(1);
    }

    @Test
    void anIncludeOfTheSiteThatIncludesTheThemesSidebarDrawsIt() {
        SiteFixture s = site("page-en", "{% include shell.html %}")
                .file("_includes/shell.html", "<div>{%- include components/sidebar.html -%}</div>\n");
        assertThat(of(s.validate(), "NAV005")).hasSize(1);
    }

    @Test
    void whatCannotBeFollowedStaysJudged() {
        // an include named by a variable
        assertThat(of(site("page-en", "{% include {{ page.nav }} %}").validate(), "NAV005"))
                .hasSize(1);
        // a page without layout: the platform may give it one
        SiteFixture noLayout =
                site("page-en", "{% include own-nav.html %}").page("extra.md", "title: Extra", "# Extra\n");
        assertThat(of(noLayout.validate(), "NAV005")).hasSize(1);
        // a layout neither the site nor the theme has
        assertThat(of(site("mystery", "{% include own-nav.html %}").validate(), "NAV005"))
                .hasSize(1);
        // another theme's layouts and includes are not known
        SiteFixture fork =
                site("page-en", "{% include header.html %}").file("_config.yml", "remote_theme: someone/docs-theme\n");
        assertThat(of(fork.validate(), "NAV005")).hasSize(1);
    }
}
