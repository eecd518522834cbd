package io.github.faqkit.rules.nav;

import static io.github.faqkit.testing.SiteFixture.where;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jekyll-polyglot builds the site once per language, each other language under {@code /<lang>/}, every page replaced by
 * its translation (matched by {@code page_id} or by the URL without its language part). Seen on RimSort/RimSort (docs,
 * polyglot 1.13), Sharly-Chess/sharly-chess.github.io and TarlogicSecurity/BSAM, each built here with polyglot 1.13:
 * {@code faq.md} and {@code faq.ru.md} (permalink {@code faq/}, {@code lang: ru}) are written to {@code /faq/} and
 * {@code /ru/faq/}, and the navigation of each build holds only that build's pages.
 */
class PolyglotBuildsTest {
    @TempDir
    Path dir;

    private static final String GEMFILE =
            "source 'https://rubygems.org'\ngem 'jekyll'\ngem 'just-the-docs'\ngroup :jekyll_plugins do\n"
                    + "  gem 'jekyll-polyglot'\nend\n";

    private SiteFixture polyglot(String extraConfig) {
        return SiteFixture.in(dir)
                .file("Gemfile", GEMFILE)
                .file("_config.yml", "title: T\nlanguages: [\"en\", \"fr\"]\ndefault_lang: \"en\"\n" + extraConfig);
    }

    private static java.util.List<String> nav(ValidationResult r) {
        return where(r).stream()
                .filter(w -> w.contains(" NAV") || w.contains(" FM007") || w.contains(" HDR") || w.contains(" LNK"))
                .toList();
    }

    @Test
    void translationsAtOneUrlAreNotCollisionsTiesNorTitleConflicts() {
        // permalink: pretty puts faq.md at /faq/ too (at /faq.html it would stand in for no translation)
        ValidationResult r = polyglot("permalink: pretty\n")
                .page("faq.md", "title: FAQ\nnav_order: 2", "# FAQ\n")
                .page("faq.fr.md", "title: FAQ\nnav_order: 2\nlang: fr\npermalink: /faq/", "# FAQ\n")
                .page("guide.md", "title: Guide\nnav_order: 3\npage_id: guide", "# G\n")
                .page("guide.fr.md", "title: Guide\nnav_order: 3\nlang: fr\npermalink: /guide/\npage_id: guide", "")
                .validate();
        assertThat(nav(r)).isEmpty();
    }

    @Test
    void twoPagesOfOneLanguageStillCollideAndTie() {
        ValidationResult r = polyglot("")
                .page("a.fr.md", "title: A\nnav_order: 2\nlang: fr\npermalink: /x/\npage_id: a", "")
                .page("b.fr.md", "title: B\nnav_order: 2\nlang: fr\npermalink: /x/\npage_id: b", "")
                .page("c.md", "title: C\nnav_order: 5", "")
                .page("d.md", "title: D\nnav_order: 5", "")
                // a page_id on the translation only: polyglot pairs h.fr.md by 'h', h.md by its URL, so h.md stands
                // in for its missing French translation and both are written to /fr/h/
                .page("h.md", "title: H\npermalink: /h/", "")
                .page("h.fr.md", "title: H\nlang: fr\npermalink: /h/\npage_id: h", "")
                .validate();
        assertThat(nav(r)).contains("b.fr.md:5:12 NAV004", "d.md:3:12 NAV005", "h.md:3:12 NAV004");
    }

    @Test
    void withoutPolyglotTheSamePagesCollide() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: T\npermalink: pretty\nlanguages: [\"en\", \"fr\"]\n")
                .page("faq.md", "title: FAQ\nnav_order: 2", "")
                .page("faq.fr.md", "title: FAQ FR\nnav_order: 2\nlang: fr\npermalink: /faq/\npage_id: faq", "")
                .validate();
        assertThat(nav(r)).contains("faq.fr.md:5:12 NAV004", "faq.fr.md:3:12 NAV005", "faq.fr.md:6:1 FM007");
    }

    @Test
    void aParentTitledAlikeInEachLanguageIsNotAmbiguous() {
        // lang_from_path: the language is a part of the path between '/' and '.' (Sharly-Chess)
        ValidationResult r = polyglot("lang_from_path: true\n")
                .page("docs/index.en.md", "title: Documents\npermalink: /documents\npage_id: documents", "")
                .page("docs/index.fr.md", "title: Documents\npermalink: /documents\npage_id: documents", "")
                .page("docs/cards.en.md", "title: Cards\nparent: Documents\npermalink: /cards/\npage_id: cards", "")
                .validate();
        assertThat(nav(r)).isEmpty();
    }

    @Test
    void twoParentsOfOneLanguageAreStillAmbiguous() {
        ValidationResult r = polyglot("lang_from_path: true\n")
                .page("a.fr.md", "title: Documents\npage_id: a", "")
                .page("b.fr.md", "title: Documents\npage_id: b", "")
                .page("c.fr.md", "title: Cards\nparent: Documents\npage_id: c", "")
                .validate();
        assertThat(nav(r)).contains("c.fr.md:3:9 NAV002");
    }

    @Test
    void aLinkFromATranslationReachesTheTranslationOfItsBuild() {
        // RimSort: cli-reference.ru.md links db-builder#как-..., an id only the Russian db-builder has
        ValidationResult r = polyglot("")
                .page("db.md", "title: DB\npermalink: /db/", "## Key\n")
                .page("db.fr.md", "title: DB\nlang: fr\npermalink: /db/", "## Clé\n")
                .page("cli.fr.md", "title: CLI\nlang: fr\npermalink: /cli/", "[x](../db/#clé) [y](/fr/db/#clé)\n")
                .page("cli.md", "title: CLI\npermalink: /cli/", "[x](../db/#clé)\n")
                .validate();
        assertThat(nav(r)).containsExactly("cli.md:5:5 HDR003");
    }

    @Test
    void aLanguagePrefixOfNoBuildIsStillA404() {
        ValidationResult r =
                polyglot("").page("a.md", "title: A", "[x](/de/a/)\n").validate();
        assertThat(nav(r)).containsExactly("a.md:4:5 LNK001");
    }
}
