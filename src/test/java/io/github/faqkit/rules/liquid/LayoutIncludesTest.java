package io.github.faqkit.rules.liquid;

import static io.github.faqkit.testing.SiteFixture.where;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LIQ002 in the site's own layouts (liquid-golden stop-layout-include*, layout-include-*): a layout a page uses that
 * certainly reaches an include neither the site nor its theme release has stops the build. The theme's includes by
 * release come from theme-includes.tsv: {@code nav.html} shipped up to 0.6.2 (ArendPeter/GameMakerGuide and
 * lordking/lordking.github.io kept an old {@code default.html} with it while their remote theme took the default
 * branch).
 */
class LayoutIncludesTest {
    @TempDir
    Path dir;

    private static final String OLD_DEFAULT = "---\nlayout: table_wrappers\n---\n<html><body>\n"
            + "{% include head.html %}\n"
            + "{% if site.just_the_docs.collections %}\n"
            + "  {% for c in site.just_the_docs.collections %}{% include nav.html pages=c %}{% endfor %}\n"
            + "{% else %}\n"
            + "  {% include nav.html pages=site.html_pages %}\n"
            + "{% endif %}\n"
            + "{% include vendor/anchor_headings.html html=content anchorBody=\"<svg viewBox=\\\"0 0 16 16\\\">\" %}\n"
            + "</body></html>\n";

    private SiteFixture site(String config) {
        return SiteFixture.in(dir)
                .file("_config.yml", "title: T\n" + config)
                .file("_layouts/default.html", OLD_DEFAULT)
                .page("a.md", "title: A\nlayout: default", "# A\n");
    }

    private static List<String> liq(ValidationResult r) {
        return where(r).stream()
                .filter(w -> w.startsWith("_layouts/") || w.endsWith("LIQ002"))
                .toList();
    }

    @Test
    void anOldLayoutCopyUnderTheThemesDefaultBranchStopsTheBuild() {
        ValidationResult r = site("remote_theme: just-the-docs/just-the-docs\n").validate();
        assertThat(liq(r)).containsExactly("_layouts/default.html:9:1 LIQ002");
        assertThat(r.findings().stream()
                        .filter(f -> f.ruleId().equals("LIQ002"))
                        .findFirst()
                        .orElseThrow()
                        .message())
                .contains("'nav.html'", "just-the-docs 0.10.1 or newer", "a.md", "not published");
    }

    @Test
    void aReleaseThatShipsTheIncludeBuilds() {
        assertThat(liq(site("remote_theme: just-the-docs/just-the-docs@v0.3.3\n")
                        .validate()))
                .as("0.3.3 has nav.html")
                .isEmpty();
        assertThat(liq(site("remote_theme: just-the-docs/just-the-docs@v0.7.0\n")
                        .validate()))
                .as("0.7.0 dropped it")
                .containsExactly("_layouts/default.html:9:1 LIQ002");
    }

    @Test
    void anIncludeNoReleaseHasMayComeWithANewerOne() {
        // copied from the theme's default branch: an include it added after the newest release known here
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: T\nremote_theme: just-the-docs/just-the-docs\n")
                .file("_layouts/default.html", "<html>{% include components/brand_new.html %}{{ content }}</html>\n")
                .page("a.md", "title: A\nlayout: default", "# A\n")
                .validate();
        assertThat(liq(r)).isEmpty();
    }

    @Test
    void anotherThemeOrAnUnknownReleaseMayHaveAnyInclude() {
        assertThat(liq(site("remote_theme: someone/docs-theme\n").validate())).isEmpty();
        assertThat(liq(site("theme: minima\n").validate())).isEmpty();
    }

    @Test
    void aLayoutNoPageUsesIsNeverRendered() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: T\nremote_theme: just-the-docs/just-the-docs\n")
                .file("_layouts/default.html", OLD_DEFAULT)
                .page("a.md", "title: A\nlayout: page", "# A\n")
                .file("_layouts/page.html", "<main>{{ content }}</main>\n")
                .validate();
        assertThat(liq(r)).isEmpty();
    }

    @Test
    void aThemeLayoutLeadsToTheSitesDefault() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: T\nremote_theme: just-the-docs/just-the-docs\n")
                .file("_layouts/default.html", OLD_DEFAULT)
                .page("a.md", "title: A\nlayout: page", "# A\n")
                .validate();
        assertThat(liq(r)).containsExactly("_layouts/default.html:9:1 LIQ002");
    }

    @Test
    void aBranchAPluginDecidesIsNotCertain() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: T\nremote_theme: just-the-docs/just-the-docs\n")
                .file(
                        "_layouts/default.html",
                        "<html>{% if site.github.is_project_page %}{% include nav.html %}{% endif %}"
                                + "{% for p in site.github.public_repositories %}{% include nav.html %}{% endfor %}"
                                + "{{ content }}</html>\n")
                .page("a.md", "title: A\nlayout: default", "# A\n")
                .validate();
        assertThat(liq(r)).isEmpty();
    }

    /**
     * As on just-the-docs' own site and noitaloiv/pythonFundamentals: {@code include_cached} (jekyll-include-cache)
     * of the theme's {@code components/site_nav.html} or {@code favicon.html}; the name is not read here as Jekyll
     * reads it, so a file not found under it is unknown, not missing.
     */
    @Test
    void anIncludeCachedNameIsNotReadHereSoNothingIsMissing() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: T\nremote_theme: just-the-docs/just-the-docs\n")
                .file(
                        "_layouts/default.html",
                        "<html>{% include_cached favicon.html %}{% include_cached components/site_nav.html %}"
                                + "{% include nav.html %}{{ content }}</html>\n")
                .page("a.md", "title: A\nlayout: default", "# A\n")
                .validate();
        assertThat(liq(r)).as("nav.html is still missing").containsExactly("_layouts/default.html:1:1 LIQ002");
    }

    @Test
    void aPageIncludingWhatItsThemeReleaseLacksStopsTheBuildAndOneItHasDoesNot() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: T\nremote_theme: just-the-docs/just-the-docs@v0.12.0\n")
                .page("a.md", "title: A", "# A\n\n{% include nav.html %}\n")
                .page("b.md", "title: B", "# B\n\n{% include components/breadcrumbs.html %}\n")
                .validate();
        assertThat(liq(r)).containsExactly("a.md:6:1 LIQ002");
    }
}
