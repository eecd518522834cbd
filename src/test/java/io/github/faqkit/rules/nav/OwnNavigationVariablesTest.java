package io.github.faqkit.rules.nav;

import static io.github.faqkit.testing.SiteFixture.where;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site's own {@code components/nav/pages.html} that lists only the pages of the current page's {@code lang}
 * (tang3cko/ReactiveSO-docs, trial27: {@code lang} from {@code defaults:} by folder; the built English pages list
 * no Japanese page and the other way round): its English and Japanese top-level pages are never side by side, so
 * their equal nav_order and equal titles are no tie and no conflict. Two pages of one language still are.
 */
class OwnNavigationVariablesTest {
    @TempDir
    Path dir;

    private static final String CONFIG = "title: T\ndefaults:\n"
            + "  - scope:\n      path: \"en\"\n    values:\n      lang: \"en\"\n"
            + "  - scope:\n      path: \"ja\"\n    values:\n      lang: \"ja\"\n";

    /** The site's filter, as ReactiveSO-docs writes it before the theme's own code. */
    private static final String BY_LANG = "{%- assign current_lang = page.lang | default: \"en\" -%}\n"
            + "{%- assign filtered_pages = \"\" | split: \"\" -%}\n"
            + "{%- for item in include.pages -%}\n"
            + "  {%- if item.lang == current_lang or item.lang == nil -%}\n"
            + "    {%- assign filtered_pages = filtered_pages | push: item -%}\n"
            + "  {%- endif -%}\n"
            + "{%- endfor -%}\n"
            + "{%- assign nav_parenthood = filtered_pages | where_exp: \"item\", \"item.title != nil\""
            + " | group_by: \"parent\" -%}\n";

    private SiteFixture site(String navInclude) {
        SiteFixture s = SiteFixture.in(dir)
                .file("_config.yml", CONFIG)
                .page("en/index.md", "title: Home\nnav_order: 1", "# Home\n")
                .page("ja/index.md", "title: Home\nnav_order: 1", "# ホーム\n")
                .page("en/guide.md", "title: Guide\nnav_order: 2", "# Guide\n")
                .page("ja/guide.md", "title: ガイド\nnav_order: 2", "# ガイド\n")
                .page("ja/faq.md", "title: FAQ\nnav_order: 2", "# FAQ\n");
        return navInclude == null ? s : s.file("_includes/components/nav/pages.html", navInclude);
    }

    private static List<String> nav(ValidationResult r) {
        return where(r).stream()
                .filter(w -> w.contains(" NAV005") || w.contains(" NAV006"))
                .toList();
    }

    @Test
    void pagesOfAnotherLanguageAreNotSiblingsWhereTheSitesNavigationFiltersByLang() {
        ValidationResult r = site(BY_LANG).validate();
        // ja/faq.md and ja/guide.md are both Japanese: the Japanese pages' navigation lists them side by side
        assertThat(nav(r)).containsExactly("ja/guide.md:3:12 NAV005");
    }

    @Test
    void theThemesNavigationListsBothLanguagesTogether() {
        ValidationResult r = site(null).validate();
        assertThat(nav(r)).contains("ja/index.md:3:12 NAV005", "ja/index.md:2:1 NAV006", "ja/guide.md:3:12 NAV005");
    }

    @Test
    void anOwnNavigationThatReadsOnlyWhatTheThemeReadsKeepsTheTies() {
        // a copy of an old theme's nav.html: it reads page.url to mark the current page, and filters nothing
        ValidationResult r = site("{%- for node in include.pages -%}{% if page.url == node.url %} active{% endif %}"
                        + "{%- endfor -%}\n")
                .validate();
        assertThat(nav(r)).contains("ja/index.md:3:12 NAV005", "ja/guide.md:3:12 NAV005");
    }

    /**
     * As on a real site (CNDY1390/cs188): the site's own {@code components/site_nav.html} includes every page and a
     * script hides the links whose path is of another language ({@code getLang(path)}, {@code currentLang}). Its
     * English and Spanish pages never show side by side either, and an English child is never shown under the
     * Spanish section page that kept the English title. Near-miss: two Spanish pages with one nav_order still tie,
     * and the Spanish children of a title no page carries are still nowhere (NAV001).
     */
    @Test
    void aNavigationThatAScriptFiltersByLanguageKeepsLanguagesApart() {
        String config = "title: T\ndefaults:\n"
                + "  - scope:\n      path: \"\"\n    values:\n      lang: \"en\"\n"
                + "  - scope:\n      path: \"es\"\n    values:\n      lang: \"es\"\n";
        String script = "{% include nav.html pages=site.html_pages %}\n<script>\n"
                + "function getLang(path) { return path.indexOf('/es/') !== -1 ? 'es' : 'en'; }\n"
                + "var currentLang = getLang(window.location.pathname);\n</script>\n";
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", config)
                .file("_includes/components/site_nav.html", script)
                .file(
                        "_includes/nav.html",
                        "<ul>{% for node in include.pages %}<li>{{ node.title }}</li>" + "{% endfor %}</ul>\n")
                .page("bayes/index.md", "title: 6. Bayes Nets\nnav_order: 6\nhas_children: true", "x\n")
                .page("bayes/a.md", "title: 6.1 Inference\nparent: 6. Bayes Nets\nnav_order: 1", "x\n")
                .page("es/bayes/index.md", "title: 6. Bayes Nets\nnav_order: 6\nhas_children: true", "x\n")
                .page("es/bayes/a.md", "title: 6.1 Inferencia\nparent: 6. Redes Bayesianas\nnav_order: 1", "x\n")
                .page("es/x.md", "title: X\nnav_order: 2", "x\n")
                .page("es/y.md", "title: Y\nnav_order: 2", "x\n")
                .validate();
        assertThat(where(r).stream().filter(w -> w.matches(".* NAV00[1256]")).toList())
                .containsExactlyInAnyOrder("es/bayes/a.md:3:9 NAV001", "es/y.md:3:12 NAV005");
    }

    /**
     * As on a real site (CNDY1390/cs188): the section pages of both languages kept one title, so the list of children
     * at the bottom of each lists the English and Spanish chapters together, and the site's page layout hides those
     * of another language by a script ({@code getLangFromPath}). No tie between two languages there either.
     * Near-miss: the same site with the theme's layout keeps the children's tie.
     */
    @Test
    void childListsOfALayoutThatPicksTheLanguageKeepLanguagesApart() {
        String config = "title: T\ndefaults:\n"
                + "  - scope:\n      path: \"\"\n    values:\n      lang: \"en\"\n"
                + "  - scope:\n      path: \"es\"\n    values:\n      lang: \"es\"\n";
        java.util.function.Function<Boolean, ValidationResult> run = layout -> {
            SiteFixture s = SiteFixture.in(dir.resolve(layout ? "own" : "theme"))
                    .file("_config.yml", config)
                    .file(
                            "_includes/components/site_nav.html",
                            "<script>var currentLang = location.pathname.indexOf('/es/') < 0 ? 'en' : 'es';</script>\n")
                    .page("csp/index.md", "title: 2. CSPs\nnav_order: 2\nhas_children: true", "x\n")
                    .page("csp/a.md", "title: 2.1 CSPs\nparent: 2. CSPs\nnav_order: 1", "x\n")
                    .page("es/csp/index.md", "title: 2. CSPs\nnav_order: 2\nhas_children: true", "x\n")
                    .page("es/csp/a.md", "title: 2.1 Restricciones\nparent: 2. CSPs\nnav_order: 1", "x\n");
            if (layout) {
                s.file(
                        "_layouts/page.html",
                        "{{ content }}<script>function getLangFromPath(p) { return 'en'; }</script>\n");
            }
            return s.validate();
        };
        assertThat(nav(run.apply(true))).isEmpty();
        assertThat(nav(run.apply(false))).isNotEmpty();
    }
}
