package io.github.faqkit.rules.frontmatter;

import static io.github.faqkit.testing.SiteFixture.assertAt;
import static io.github.faqkit.testing.SiteFixture.of;
import static io.github.faqkit.testing.SiteFixture.only;
import static io.github.faqkit.testing.SiteFixture.where;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.ThemeVersion;
import io.github.faqkit.rules.RuleOptions;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontMatterRulesTest {
    @TempDir
    Path dir;

    private SiteFixture site() {
        return SiteFixture.in(dir);
    }

    // FM001

    @Test
    void fm001MarkdownWithoutFrontMatter() {
        ValidationResult r = site().file("docs/raw.md", "# Raw\n\ntext\n").validate();
        assertAt(only(r, "FM001"), "FM001", "docs/raw.md", 1, 1, Severity.ERROR);
        assertThat(r.findings()).hasSize(1);
    }

    @Test
    void fm001NotOnADatedPostWhichJekyllRendersWithoutFrontMatter() {
        // Jekyll reads every dated file of _posts as a post, front matter or not, and an undated one not at all
        // (platform-golden/documents-titles-and-posts); near-miss: a document of another collection without front
        // matter is copied as it is
        ValidationResult r = site().file("_config.yml", "collections:\n  tips:\n    output: true\n")
                .file("_posts/2023-03-02-plain.md", "# Plain\n\ntext\n")
                .file("_posts/undated.md", "# Undated\n")
                .file("_tips/raw.md", "# Raw\n")
                .validate();
        assertThat(of(r, "FM001")).extracting(Finding::file).containsExactly("_tips/raw.md");
        assertThat(r.site().pageByPath("_posts/2023-03-02-plain.md").rendered()).isTrue();
        assertThat(r.site().pageByPath("_posts/2023-03-02-plain.md").title()).isEqualTo("Plain");
    }

    @Test
    void fm001NotOnAPieceThatAPagePullsInWithIncludeRelative() {
        // include_relative reads the file whole: a front matter block would show on the page as a rule and text
        // (liquid-golden include-relative-fragment); near-miss: the piece nobody includes, and one whose
        // include_relative sits in a branch that never runs
        ValidationResult r = site().page("guide.md", "title: Guide", "{% include_relative parts/steps.md %}\n")
                .file("parts/steps.md", "## Steps\n\nDo this.\n")
                .file("parts/unused.md", "## Unused\n")
                .page("other.md", "title: Other", "{% if false %}{% include_relative parts/skipped.md %}{% endif %}\n")
                .file("parts/skipped.md", "## Skipped\n")
                .validate();
        assertThat(of(r, "FM001")).extracting(Finding::file).containsExactly("parts/skipped.md", "parts/unused.md");
    }

    @Test
    void fm001NotOnAPiecePulledInInsideAPluginBlock() {
        // a plugin block such as {% collapse %} (Ruby: "<details>" + super + "</details>") renders its body, so the
        // piece is part of the page; near-miss: a piece named only in a branch that never runs, inside the block
        ValidationResult r = site().file(
                        "_plugins/collapse.rb",
                        "class Collapse < Liquid::Block\n  def render(context)\n    \"<details>#{super}</details>\"\n"
                                + "  end\nend\nLiquid::Template.register_tag('collapse', Collapse)\n")
                .page(
                        "guide.md",
                        "title: Guide",
                        "{% collapse Steps %}\n{% include_relative parts/steps.md %}\n"
                                + "{% if false %}{% include_relative parts/skipped.md %}{% endif %}\n{% endcollapse %}\n")
                .file("parts/steps.md", "## Steps\n\nDo this.\n")
                .file("parts/skipped.md", "## Skipped\n")
                .validate();
        assertThat(of(r, "FM001")).extracting(Finding::file).containsExactly("parts/skipped.md");
    }

    @Test
    void fm001NotOnACollectionFileThatOptionalFrontMatterRendersUnderJekyll4() {
        // Jekyll 4 lists a collection's static files in site.static_files, so jekyll-optional-front-matter makes a
        // page of a collection's Markdown file without front matter, at its source path; Jekyll 3 (GitHub Pages)
        // does not, and the file stays a raw copy (platform-golden collection-no-front-matter, both sides); a
        // build without the plugin copies it raw too
        SiteFixture fixture = site().file(
                        "_config.yml",
                        "collections:\n  guides:\n    output: true\nplugins: [jekyll-optional-front-matter,"
                                + " jekyll-titles-from-headings, jekyll-default-layout]\n")
                .file("_guides/plain.md", "# Plain guide\n\nText.\n");
        ValidationResult own = fixture.validate(q -> q.withPlatform("jekyll"));
        assertThat(of(own, "FM001")).isEmpty();
        assertThat(own.site().pageByPath("_guides/plain.md").url()).isEqualTo("/_guides/plain.html");
        ValidationResult pages = fixture.validate(q -> q.withPlatform("github-pages"));
        assertThat(of(pages, "FM001")).extracting(Finding::file).containsExactly("_guides/plain.md");
        SiteFixture without = site().file("_config.yml", "collections:\n  guides:\n    output: true\n")
                .file("_guides/plain.md", "# Plain guide\n\nText.\n");
        ValidationResult plain = without.validate(q -> q.withPlatform("jekyll"));
        assertThat(of(plain, "FM001")).extracting(Finding::file).containsExactly("_guides/plain.md");
    }

    /**
     * jekyll-optional-front-matter leaves LICENSE, CONTRIBUTING, COPYING … raw unless {@code include:} names them,
     * by path, base name or prefix (platform-golden raw-names-included; seen on Avril112113/tni-unofficial-docs,
     * whose LICENSE.md is in {@code include:} and is served as /LICENSE.html). Near-misses: the same name not in
     * {@code include:} is copied raw, and a build without the plugin copies every one of them raw.
     */
    @Test
    void fm001SaysARepositoryFileNamedInIncludeIsRenderedNotCopiedRaw() {
        SiteFixture fixture = site().file("_config.yml", "include:\n  - LICENSE.md\n  - CONTRIBUTING\n")
                .file("LICENSE.md", "The text starts without a heading.\n")
                .file("CONTRIBUTING.md", "# Contributing\n\nText.\n")
                .file("COPYING.md", "# Copying\n\nText.\n")
                .page("index.md", "title: Home", "Home\n");
        ValidationResult pages = fixture.validate(q -> q.withPlatform("github-pages"));
        assertThat(where(pages)).containsExactly("COPYING.md:1:1 FM001", "LICENSE.md:1:1 FM001");
        assertThat(pages.findings().stream()
                        .filter(f -> f.file().equals("LICENSE.md"))
                        .findFirst()
                        .orElseThrow()
                        .message())
                .contains("renders this file without front matter (jekyll-optional-front-matter)")
                .contains("gets no title");
        assertThat(pages.site().pageByPath("CONTRIBUTING.md").url()).isEqualTo("/CONTRIBUTING.html");
        assertThat(pages.site().pageByPath("CONTRIBUTING.md").title()).isEqualTo("Contributing");
        assertThat(pages.findings().stream()
                        .filter(f -> f.file().equals("COPYING.md"))
                        .findFirst()
                        .orElseThrow()
                        .message())
                .contains("copies this file to the site as raw Markdown");
        ValidationResult jekyll = fixture.validate(q -> q.withPlatform("jekyll"));
        assertThat(where(jekyll))
                .containsExactly("CONTRIBUTING.md:1:1 FM001", "COPYING.md:1:1 FM001", "LICENSE.md:1:1 FM001");
    }

    /**
     * A site that switches jekyll-optional-front-matter off keeps Markdown without front matter raw on purpose
     * (platform-golden/plugins-off: the raw file is served, no page is made): no FM001 on GitHub Pages or with the
     * plugin in the Gemfile. A BOM that hides a front matter block is still a mistake; the string "false" switches
     * nothing off.
     */
    @Test
    void fm001IsSilentWhereTheSiteKeepsMarkdownWithoutFrontMatterRawOnPurpose() {
        byte[] text = "---\ntitle: A\n---\nBody\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        ValidationResult off = site().file("_config.yml", "optional_front_matter:\n  enabled: false\n")
                .file("slides/intro.md", "# Intro\n\ntext\n")
                .bytes("bom.md", bom)
                .validate(q -> q.withPlatform("github-pages"));
        assertThat(of(off, "FM001")).extracting(Finding::file).containsExactly("bom.md");
        ValidationResult quoted = SiteFixture.in(dir.resolve("string"))
                .file("_config.yml", "optional_front_matter:\n  enabled: \"false\"\n")
                .file("slides/intro.md", "# Intro\n\ntext\n")
                .validate(q -> q.withPlatform("jekyll"));
        assertThat(of(quoted, "FM001")).extracting(Finding::file).containsExactly("slides/intro.md");
    }

    @Test
    void fm001ByteOrderMarkHidesFrontMatterWithHint() {
        byte[] text = "---\ntitle: A\n---\nBody\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        ValidationResult r = site().bytes("bom.md", bom).validate();
        Finding f = only(r, "FM001");
        assertAt(f, "FM001", "bom.md", 1, 1, Severity.ERROR);
        assertThat(f.message()).contains("byte order mark");
        assertThat(f.hint()).contains("without BOM");
    }

    @Test
    void nonMarkdownFilesAndSpecialFoldersAreNotPages() {
        ValidationResult r = site().file("notes.txt", "no front matter")
                .file("_drafts/draft.md", "# draft without front matter\n")
                .file("_includes/part.md", "# include\n")
                .file(".github/README.md", "# hidden\n")
                .file("#scratch.md", "# emacs\n")
                .file("backup.md~", "# backup\n")
                .page("index.md", "title: Home", "Home\n")
                .validate();
        assertThat(r.findings()).isEmpty();
        assertThat(r.pageCount()).isEqualTo(1);
    }

    @Test
    void excludedFoldersAreNotPages() {
        ValidationResult r = site().file("_config.yml", "exclude:\n  - old/\n  - \"*.draft.md\"\n")
                .file("old/raw.md", "# raw\n")
                .file("docs/x.draft.md", "# raw\n")
                .page("index.md", "title: Home", "Home\n")
                .validate();
        assertThat(where(r)).isEmpty();
    }

    @Test
    void fm001NotForCollectionsJekyllDoesNotWrite() {
        ValidationResult r = site().file(
                        "_config.yml", "collections:\n  notes:\n    output: false\n  docs:\n    output: true\n")
                .file("_notes/raw.md", "# never written to the site\n")
                .file("_docs/raw.md", "# copied raw\n")
                .validate();
        assertThat(where(r)).containsExactly("_docs/raw.md:1:1 FM001");
    }

    // FM002

    @Test
    void fm002UnterminatedFrontMatter() {
        ValidationResult r = site().file("a.md", "---\ntitle: A\n\n# Body\n").validate();
        assertAt(only(r, "FM002"), "FM002", "a.md", 1, 1, Severity.ERROR);
    }

    @Test
    void dotsClosingCrlfAndBlankLinesAreClean() {
        ValidationResult r = site().file("dots.md", "---\ntitle: Dots\n...\nBody\n")
                .file("crlf.md", "---\r\ntitle: Crlf\r\nnav_order: 2\r\n---\r\n\r\nBody\r\n")
                .validate();
        assertThat(where(r)).isEmpty();
    }

    // FM003

    @Test
    void fm003TabIndentationAtExactLineAndColumn() {
        ValidationResult r = site().file("tab.md", "---\ntitle: A\nnav:\n\tchild: 1\n---\nBody\n")
                .validate();
        Finding f = only(r, "FM003");
        assertAt(f, "FM003", "tab.md", 4, 1, Severity.ERROR);
        assertThat(f.message()).contains("tabs");
    }

    @Test
    void fm003SyntaxErrorInCrlfFileAtExactLine() {
        ValidationResult r = site().file("bad.md", "---\r\ntitle: A\r\nparent: [B\r\nnav_order: 1\r\n---\r\n")
                .validate();
        Finding f = only(r, "FM003");
        assertThat(f.file()).isEqualTo("bad.md");
        assertThat(f.line()).isBetween(3, 5);
    }

    @Test
    void fm003NotAMapping() {
        ValidationResult r = site().file("list.md", "---\n- a\n- b\n---\n").validate();
        assertAt(only(r, "FM003"), "FM003", "list.md", 2, 1, Severity.ERROR);
    }

    @Test
    void fm003BrokenConfigYml() {
        ValidationResult r = site().file("_config.yml", "title: x\nexclude: [a\n")
                .page("index.md", "title: H", "")
                .validate();
        Finding f = only(r, "FM003");
        assertThat(f.file()).isEqualTo("_config.yml");
        assertThat(f.line()).isGreaterThanOrEqualTo(2);
    }

    // FM004

    @Test
    void fm004DuplicateKeyAtTheRepeatedKey() {
        ValidationResult r =
                site().page("dup.md", "title: A\nnav_order: 1\ntitle: B", "").validate();
        Finding f = only(r, "FM004");
        assertAt(f, "FM004", "dup.md", 4, 1, Severity.ERROR);
        assertThat(f.message()).contains("line 2");
    }

    // FM005

    @Test
    void fm005NoTitle() {
        ValidationResult r = site().page("a.md", "nav_order: 1", "").validate();
        assertAt(only(r, "FM005"), "FM005", "a.md", 1, 1, Severity.ERROR);
    }

    @Test
    void fm005EmptyTitleAtItsLine() {
        ValidationResult r = site().page("a.md", "nav_order: 1\ntitle: ''", "").validate();
        assertAt(only(r, "FM005"), "FM005", "a.md", 3, 1, Severity.ERROR);
    }

    /**
     * As on a real site (NEVSTOP-LAB/CSM-Wiki): '404.md' has 'title:' empty and 'permalink: /404.html'. It is the page
     * GitHub Pages serves for every missing URL; out of the navigation and the search is where it belongs, and
     * Jekyll's own 404.html ('jekyll new') has no title either. A permalink '/404' is written to 404.html too
     * (golden platform-golden/error-page). Near-misses: 'docs/404.md' is a page like any other, and so is a page
     * without title elsewhere; both stay reported.
     */
    @Test
    void fm005LeavesTheSiteErrorPageAlone() {
        ValidationResult r = site().page("404.md", "title:\npermalink: /404.html", "Not here.\n")
                .file("404.html", "---\npermalink: /404\nlayout: default\n---\n<h1>404</h1>\n")
                .page("docs/404.md", "layout: default", "Nested.\n")
                .page("a.md", "nav_order: 1", "")
                .validate();
        assertThat(of(r, "FM005")).extracting(Finding::file).containsExactly("a.md", "docs/404.md");
    }

    @Test
    void fm005OnANavExcludedPageSaysWhatTheTitleStillGives() {
        // as on a real product site: a tag page kept out of the navigation on purpose, 'title:' left empty
        ValidationResult r =
                site().page("tag.md", "title:\nnav_exclude: true", "").validate();
        Finding f = only(r, "FM005");
        assertThat(f.message())
                .contains("nav_exclude keeps it out of the navigation anyway")
                .contains("out of the site search")
                .doesNotContain("just-the-docs leaves it out of the navigation");
        // out of the search as well, or no search at all: a title changes nothing the theme shows
        assertThat(of(
                        site().page("tag.md", "title:\nnav_exclude: true\nsearch_exclude: true", "")
                                .validate(),
                        "FM005"))
                .isEmpty();
        assertThat(of(
                        SiteFixture.in(dir.resolve("nosearch"))
                                .file("_config.yml", "search_enabled: false\n")
                                .page("tag.md", "nav_exclude: true", "")
                                .validate(),
                        "FM005"))
                .isEmpty();
        // near-miss: the string "true" does not exclude it from the search
        assertThat(of(
                        SiteFixture.in(dir.resolve("string"))
                                .page("tag.md", "title:\nnav_exclude: true\nsearch_exclude: \"true\"", "")
                                .validate(),
                        "FM005"))
                .hasSize(1);
    }

    /**
     * The theme's navigation and search read the site's pages and the collections of just_the_docs.collections
     * only (nav-golden/sections; the search data template of every version): a document of another collection,
     * such as a tag page with the site's own layout, gets nothing from a title that the theme shows.
     */
    @Test
    void fm005IsSilentForADocumentOfACollectionTheThemeListsNowhere() {
        ValidationResult r = site().file(
                        "_config.yml",
                        "collections:\n  tag:\n    output: true\n  tips:\n    output: true\n"
                                + "just_the_docs:\n  collections:\n    tips:\n      name: Tips\n")
                .page("_tag/general.md", "layout: default\nnav_exclude: true\ntitle: \"\"", "")
                .page("_tips/untitled.md", "nav_order: 1\ntitle: \"\"", "")
                .page("untitled.md", "nav_order: 1", "")
                .validate();
        assertThat(of(r, "FM005")).extracting(Finding::file).containsExactly("_tips/untitled.md", "untitled.md");
    }

    @Test
    void fm005IsSilentForADocumentThatJekyllTitlesAfterItsFileName() {
        // Document#populate_title: data["title"] ||= the file name's words, capitalized (platform-golden
        // documents-titles-and-posts); an empty string is a title to Ruby and stays
        ValidationResult r = site().file(
                        "_config.yml",
                        "collections:\n  tips:\n    output: true\n"
                                + "just_the_docs:\n  collections:\n    tips:\n      name: Tips\n")
                .page("_tips/first-steps.md", "nav_order: 1", "")
                .page("_tips/null-title.md", "title:", "")
                .page("_tips/empty-title.md", "title: \"\"", "")
                .validate();
        assertThat(of(r, "FM005")).extracting(Finding::file).containsExactly("_tips/empty-title.md");
        assertThat(r.site().pageByPath("_tips/first-steps.md").title()).isEqualTo("First Steps");
    }

    @Test
    void fm005NumericTitleAndDefaultsTitleAreTitles() {
        ValidationResult r = site().file(
                        "_config.yml",
                        "defaults:\n  - scope:\n      path: \"docs\"\n    values:\n      title: From defaults\n")
                .page("year.md", "title: 2024", "")
                .page("docs/a.md", "nav_order: 1", "")
                .validate();
        assertThat(where(r)).isEmpty();
    }

    @Test
    void fm005OtherRequiredKeys() {
        ValidationResult r = site().page("a.md", "title: A", "")
                .validate(q -> new ValidationRequest(
                        q.contentDirectory(),
                        null,
                        null,
                        null,
                        null,
                        new RuleOptions(List.of("title", "description"), null, null),
                        null,
                        false));
        Finding f = only(r, "FM005");
        assertThat(f.message()).contains("description");
    }

    // FM006

    @Test
    void fm006QuotedBooleanAtItsValue() {
        ValidationResult r =
                site().page("a.md", "title: A\nhas_children: \"true\"", "").validate();
        Finding f = only(r, "FM006");
        assertAt(f, "FM006", "a.md", 3, 15, Severity.ERROR);
        assertThat(f.hint()).contains("has_children: true");
    }

    @Test
    void fm006QuotedNavExcludeSaysWhatTheThemeVersionDoes() {
        // v0.6+ tests `nav_exclude != true`: the string keeps the page in the navigation (nav-golden/excluded)
        SiteFixture s = site().page("a.md", "title: A\nnav_exclude: \"true\"", "");
        assertThat(only(s.validate(), "FM006").message()).contains("keeps this page in the navigation");
        ValidationResult old = s.validate(q -> new ValidationRequest(
                q.contentDirectory(), null, null, null, ThemeVersion.parse("0.5"), null, null, false));
        assertThat(only(old, "FM006").message()).contains("Liquid treats as true");
    }

    @Test
    void fm006OtherTypes() {
        ValidationResult r = site().page("a.md", "title: A\nnav_order: [1]", "")
                .page("b.md", "title: B\nchild_nav_order: up", "")
                .page("c.md", "title: C\npermalink: [docs, c]", "")
                .validate();
        assertThat(of(r, "FM006"))
                .extracting(f -> f.file() + ":" + f.line() + ":" + f.column())
                .containsExactly("a.md:3:12", "b.md:3:18", "c.md:3:12");
    }

    /**
     * Documents of a collection without output: true are data for templates (site.notes), never pages of the theme:
     * no title, key type, quoted nav_order or unknown-key rule applies (platform golden url-details, _notes/n1.md).
     * Files under other '_' folders are not read at all.
     */
    @Test
    void dataDocumentsAndUnderscoreFoldersAreNoPages() {
        ValidationResult r = site().file("_config.yml", "collections:\n  notes:\n    output: false\n")
                .page("_notes/n1.md", "nav_order: \"2\"\nhas_children: maybe\nbogus: 1", "##Text\n")
                .page("_private/p.md", "nav_order: [1]\nbogus: 1", "##Text\n")
                .page("index.md", "title: Home", "")
                .validate();
        assertThat(where(r)).isEmpty();
        assertThat(r.site().pageByPath("_notes/n1.md").rendered()).isFalse();
    }

    /** Jekyll 4.3 gives 'permalink: docs/c/' the URL /docs/c/, as with the slash (platform golden url-details). */
    @Test
    void fm006APermalinkWithoutLeadingSlashIsFine() {
        ValidationResult r = site().page("c.md", "title: C\npermalink: docs/c/", "")
                .page("d.md", "title: D\npermalink:", "")
                .validate();
        assertThat(of(r, "FM006")).isEmpty();
        assertThat(r.site().pageByPath("c.md").url()).isEqualTo("/docs/c/");
        assertThat(r.site().pageByPath("d.md").url()).as("nil: the default URL").isEqualTo("/d.html");
    }

    @Test
    void fm006NearMisses() {
        ValidationResult r = site().page("a.md", "title: A\nnav_order: 2.5\nhas_children: true\nnav_exclude: false", "")
                .page("b.md", "title: B\nnav_order: intro\nchild_nav_order: reversed\npermalink: /b/", "")
                .page("c.md", "title: C\nhas_toc: yes\nsearch_exclude: no", "")
                .validate();
        assertThat(where(r)).isEmpty();
    }

    /** A key without a value is nil to Jekyll: just-the-docs orders such a page by title, as if it had no nav_order. */
    @Test
    void fm006KeysWithoutValueAreAbsentNotWrong() {
        ValidationResult r = site().page("p.md", "title: P", "")
                .page("a.md", "title: A\nparent: P\nnav_order:\npermalink:", "")
                .page("b.md", "title: B\nparent: P\nnav_order:", "")
                .validate();
        assertThat(where(r)).isEmpty();
    }

    // FM007

    @Test
    void fm007UnknownKeysWithSuggestions() {
        ValidationResult r = site().page("p.md", "title: P", "")
                .page(
                        "a.md",
                        "title: A\nnav-order: 1\nparnet: P\ngrant_parent: Q\npermlink: /a/\ntypora-root-url: x",
                        "")
                .validate();
        List<Finding> found = of(r, "FM007");
        assertThat(found)
                .extracting(f -> f.line() + ":" + f.column() + " " + f.hint())
                .containsExactly(
                        "3:1 rename it to 'nav_order'",
                        "4:1 rename it to 'parent'",
                        "5:1 rename it to 'grand_parent'",
                        "6:1 rename it to 'permalink'",
                        "7:1 remove it, or list it in <allowedKeys> if your own layouts read it");
        assertThat(found).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    /**
     * Jekyll's Regenerator reads 'regenerate' (an incremental build writes the page again: page-keys-golden/
     * regenerate.tsv); facturation/facturation.github.io sets it on its section pages. Near-miss: a misspelling of
     * it is still reported with the key to use.
     */
    @Test
    void fm007KnowsJekyllsRegenerate() throws java.io.IOException {
        assertThat(java.nio.file.Files.readAllLines(
                        Path.of("src/test/resources/page-keys-golden/regenerate.tsv"), StandardCharsets.UTF_8))
                .contains("always.md\trewritten", "plain.md\tkept");
        ValidationResult r = site().page("a.md", "title: A\nregenerate: true", "")
                .page("b.md", "title: B\nregenrate: true", "")
                .validate();
        assertThat(of(r, "FM007"))
                .extracting(f -> f.file() + " " + f.hint())
                .containsExactly("b.md rename it to 'regenerate'");
    }

    @Test
    void fm007KnowsTheTwitterCardOfJekyllSeoTag() {
        // just-the-docs' head runs {% seo %}, whose template reads page.twitter.card (jekyll-seo-tag 2.8
        // template.html); near-miss: a misspelt key is still reported, with the key to use
        ValidationResult r = site().page("a.md", "title: A\ntwitter:\n  card: summary_large_image\ntwiter: x", "")
                .validate();
        assertThat(of(r, "FM007"))
                .extracting(f -> f.line() + " " + f.hint())
                .containsExactly("5 rename it to 'twitter'");
    }

    /**
     * As on a real site (NIVANorge/Mobius2): fourteen pages carry 'comment: "While we use python markup for code
     * snippets, …"', a note for the writers. It has no effect, but it is no misspelt 'comments' (a switch layouts
     * test for truth): renaming it, as the suggestion said, would turn the note into 'comments: true'. The key is
     * still reported, with no suggestion and the YAML comment as the place for a note. Near-misses: 'comment: true'
     * and 'comment: "yes"' are the switch misspelt, and 'nav_exclue: true' still gets 'nav_exclude'.
     */
    @Test
    void fm007SuggestsNoSwitchForAKeyHoldingProse() {
        ValidationResult r = site().page(
                        "a.md",
                        "title: A\ncomment: \"While we use python markup, it is not python.\"\n"
                                + "editor_note: check the units\nremarks: x y",
                        "")
                .page("b.md", "title: B\ncomment: true\nnav_exclue: true", "")
                .page("c.md", "title: C\ncomment: \"yes\"", "")
                .validate();
        assertThat(of(r, "FM007"))
                .extracting(f -> f.file() + ":" + f.line() + " " + f.message().contains("did you mean") + " "
                        + f.hint().startsWith("a note for the page's writers"))
                .containsExactly(
                        "a.md:3 false true",
                        "a.md:4 false true",
                        "a.md:5 false true",
                        "b.md:3 true false",
                        "b.md:4 true false",
                        "c.md:3 true false");
        assertThat(of(r, "FM007").get(3).hint()).isEqualTo("rename it to 'comments'");
        assertThat(of(r, "FM007").get(4).hint()).isEqualTo("rename it to 'nav_exclude'");
    }

    /**
     * As on a real site (Endless-Access-Community/handbook): every page carries its REUSE license tags in the front
     * matter. License tools read them, the site does not, and the hint to remove them would break the repository's
     * license compliance. Near-miss: another key the site does not read ('license') is still reported.
     */
    @Test
    void fm007LeavesReuseLicenseTagsAlone() {
        ValidationResult r = site().page(
                        "a.md",
                        "title: A\nSPDX-FileCopyrightText: 2025 Endless Access\nSPDX-License-Identifier: CC-BY-SA-4.0\n"
                                + "license: CC-BY-SA-4.0",
                        "")
                .validate();
        assertThat(of(r, "FM007")).extracting(Finding::line).containsExactly(5);
    }

    /**
     * As on a real site (cs161-staff/textbook): a workflow pipes every page into pandoc for a PDF textbook, and the
     * pages set pandoc's {@code header-includes}. The site never reads it, pandoc does: removing it changes the PDF.
     * Near-misses: the same page in a repository that only installs pandoc, or runs none, is still reported, and a key
     * pandoc does not read ('chapter') is reported either way.
     */
    @Test
    void fm007LeavesPandocMetadataAloneWhenTheRepositoryRunsPandoc() {
        String page = "title: A\nheader-includes:\n- \\pagenumbering{gobble}\ngeometry: margin=1in\nchapter: 3";
        String runs = "jobs:\n  pdf:\n    steps:\n      - run: sudo apt-get install -y pandoc\n"
                + "      - run: cat a.md | pandoc -V colorlinks=true -o a.pdf\n";
        ValidationResult withPandoc = SiteFixture.in(dir.resolve("workflow"))
                .file(".github/workflows/pdf.yml", runs)
                .page("a.md", page, "")
                .validate();
        assertThat(of(withPandoc, "FM007")).extracting(Finding::line).containsExactly(6);
        ValidationResult make = SiteFixture.in(dir.resolve("make"))
                .file("Makefile", "pdf:\n\tpandoc a.md -o a.pdf\n")
                .page("a.md", page, "")
                .validate();
        assertThat(of(make, "FM007")).extracting(Finding::line).containsExactly(6);
        ValidationResult installOnly = SiteFixture.in(dir.resolve("install"))
                .file(".github/workflows/pdf.yml", "steps:\n  - run: sudo apt-get install -y pandoc\n")
                .page("a.md", page, "")
                .validate();
        assertThat(of(installOnly, "FM007")).extracting(Finding::line).containsExactly(3, 5, 6);
        ValidationResult none =
                SiteFixture.in(dir.resolve("none")).page("a.md", page, "").validate();
        assertThat(of(none, "FM007")).extracting(Finding::line).containsExactly(3, 5, 6);
    }

    /**
     * trial22, neu-se/CS4530-Spring-2022: a module page's 'tutorials:' list is read by the site's own plugin
     * ({@code _plugins/canvas-lms.rb}: {@code page['tutorials']}), which the workflow's Jekyll loads (its
     * {@code exclude: [_plugins]} does not stop that). Near misses: a key no plugin reads ('notes'); the same
     * plugin under GitHub Pages, whose safe mode loads no {@code _plugins}.
     */
    @Test
    void fm007LeavesKeysTheSitesOwnPluginReadsAlone() {
        String page = "title: A\ntutorials:\n  - page: t.md\nlessons: 2\nnotes: x";
        String plugin = "class Sync < Jekyll::Generator\n  def generate(site)\n    site.pages.each do |page|\n"
                + "      sync(page['tutorials'], page.data.fetch(\"lessons\", []))\n    end\n  end\nend\n";
        ValidationResult jekyll = SiteFixture.in(dir.resolve("jekyll"))
                .file("Gemfile", "source 'https://rubygems.org'\ngem 'jekyll'\n")
                .file("_config.yml", "exclude: [_plugins]\n")
                .file("_plugins/sync.rb", plugin)
                .page("a.md", page, "")
                .validate();
        assertThat(of(jekyll, "FM007")).extracting(Finding::line).containsExactly(6);
        ValidationResult pages = SiteFixture.in(dir.resolve("pages"))
                .file("Gemfile", "source 'https://rubygems.org'\ngem 'github-pages', group: :jekyll_plugins\n")
                .file("_plugins/sync.rb", plugin)
                .page("a.md", page, "")
                .validate();
        assertThat(of(pages, "FM007")).extracting(Finding::line).containsExactly(3, 5, 6);
    }

    /**
     * trial28, CreditTools/CreditTools.org: {@code _plugins/json_generator.rb} writes each card's data whole to a JSON
     * file ({@code page.data.reject { |k, _| k == 'layout' }}): every key of a card goes into it. Near misses: a plugin
     * that takes {@code site.data} whole (the data files, not a page's keys) and names the page keys it reads; the
     * same whole-data plugin under GitHub Pages, whose safe mode loads no {@code _plugins}.
     */
    @Test
    void fm007LeavesEveryKeyAloneWhenTheSitesOwnPluginTakesAPagesDataWhole() {
        String page = "title: A\nissuing_bank: Citi\napprox_cpp: 1";
        String whole =
                "class J < Jekyll::Generator\n  def generate(site)\n    site.collections['cards'].docs.each do |p|\n"
                        + "      json = p.data.reject { |k, _| k == 'layout' }\n      File.write('x.json', JSON.generate(json))\n"
                        + "    end\n  end\nend\n";
        String named = "class J < Jekyll::Generator\n  def generate(site)\n    site.data.each { |k, v| puts k }\n"
                + "    site.pages.each { |p| puts p.data['issuing_bank'], p.data.fetch('title') }\n  end\nend\n";
        String gemfile = "source 'https://rubygems.org'\ngem 'jekyll'\n";
        ValidationResult all = SiteFixture.in(dir.resolve("all"))
                .file("Gemfile", gemfile)
                .file("_plugins/json.rb", whole)
                .page("a.md", page, "")
                .validate();
        assertThat(of(all, "FM007")).isEmpty();
        ValidationResult some = SiteFixture.in(dir.resolve("some"))
                .file("Gemfile", gemfile)
                .file("_plugins/json.rb", named)
                .page("a.md", page, "")
                .validate();
        assertThat(of(some, "FM007")).extracting(Finding::line).containsExactly(4);
        ValidationResult pages = SiteFixture.in(dir.resolve("pages"))
                .file("Gemfile", "source 'https://rubygems.org'\ngem 'github-pages', group: :jekyll_plugins\n")
                .file("_plugins/json.rb", whole)
                .page("a.md", page, "")
                .validate();
        assertThat(of(pages, "FM007")).extracting(Finding::line).containsExactly(3, 4);
    }

    /**
     * As on a real site (a product documentation hub): a workflow runs the repository's own front matter check, a
     * script that lists the pages without a 'level:' or 'persona:' line ({@code grep -L "^persona:"}). Jekyll never
     * reads them; removing them, as FM007's hint says, fails that check. Near misses: a key the script does not look
     * for ('status'), the same script not run by any workflow, no workflow at all.
     */
    @Test
    void fm007LeavesKeysTheRepositorysWorkflowChecksForAlone() {
        String page = "title: A\nlevel: \"2\"\npersona: \"Documentation Users\"\nstatus: draft";
        String script = "#!/bin/bash\ndetect_issue() {\n  find \"$1\" -name '*.md' -exec grep -L \"$2\" {} \\;\n}\n"
                + "detect_issue docs \"^level:\"\ndetect_issue docs \"^persona:\"\n";
        String workflow = "jobs:\n  check:\n    steps:\n      - uses: actions/checkout@v4\n"
                + "      - run: bash validation/detect/detect_frontmatter_issues.sh docs\n";
        ValidationResult checked = SiteFixture.in(dir.resolve("checked"))
                .file(".github/workflows/validate-docs.yml", workflow)
                .file("validation/detect/detect_frontmatter_issues.sh", script)
                .page("a.md", page, "")
                .validate();
        assertThat(of(checked, "FM007")).extracting(Finding::line).containsExactly(5);
        ValidationResult notRun = SiteFixture.in(dir.resolve("not-run"))
                .file(".github/workflows/validate-docs.yml", "jobs:\n  build:\n    steps:\n      - run: jekyll build\n")
                .file("validation/detect/detect_frontmatter_issues.sh", script)
                .page("a.md", page, "")
                .validate();
        assertThat(of(notRun, "FM007")).extracting(Finding::line).containsExactly(3, 4, 5);
        ValidationResult none = SiteFixture.in(dir.resolve("no-workflow"))
                .page("a.md", page, "")
                .validate();
        assertThat(of(none, "FM007")).extracting(Finding::line).containsExactly(3, 4, 5);
    }

    @Test
    void fm007AnotherThemesLayoutsMayReadAnyKeySoOnlyTyposAreReported() {
        // a real site: remote_theme RMWinslow/JTD-RMW, a fork whose post layout shows page.subtitle
        for (String theme :
                List.of("remote_theme: RMWinslow/JTD-RMW", "remote_theme: someone/docs-theme@v2", "theme: minima")) {
            ValidationResult r = site().file("_config.yml", "title: S\n" + theme + "\n")
                    .page("a.md", "title: A\nsubtitle: Notes\nmodified: 2024-01-01\nnav-order: 1", "")
                    .validate();
            assertThat(of(r, "FM007"))
                    .as(theme)
                    .extracting(f -> f.line() + " " + f.hint())
                    .containsExactly("5 rename it to 'nav_order'");
        }
    }

    @Test
    void fm007JustTheDocsUnderAnyOwnerOrRefStillKnowsItsKeys() {
        for (String theme : List.of(
                "remote_theme: just-the-docs/just-the-docs",
                "remote_theme: someone/just-the-docs@v0.8.2",
                "remote_theme: https://github.com/Someone/Just-The-Docs.git",
                "theme: just-the-docs",
                "remote_theme: just-the-docs/just-the-docs\ntheme: minima")) {
            ValidationResult r = site().file("_config.yml", "title: S\n" + theme + "\n")
                    .page("a.md", "title: A\nsubtitle: Notes", "")
                    .validate();
            assertThat(of(r, "FM007")).as(theme).extracting(Finding::line).containsExactly(3);
        }
    }

    /**
     * A site's own navigation include gets the pages as a parameter, regroups them and reads keys on the loop
     * variable: such keys are read, though the list is not followed through the include. A key no template names
     * stays unknown.
     */
    @Test
    void fm007KeysTheSitesTemplatesLookUpOnAnyVariableAreRead() {
        ValidationResult r = site().file(
                        "_includes/nav.html",
                        "{%- assign groups = include.pages | group_by: 'parent' -%}{%- assign list = '' | split: 'X' -%}"
                                + "{%- for g in groups -%}{%- assign list = list | concat: g.items -%}{%- endfor -%}"
                                + "{%- for node in list -%}{%- unless node.nav_hide -%}"
                                + "<a href=\"{{ node['redirect_internal'] }}\">{{ node.title }}</a>"
                                + "{%- endunless -%}{%- endfor -%}")
                .file("_layouts/default.html", "{% include nav.html pages=site.html_pages %}{{ content }}")
                .page("a.md", "title: A\nlayout: default\nnav_hide: true\nredirect_internal: /b/\nnav_hidden: true", "")
                .validate();
        assertThat(of(r, "FM007"))
                .extracting(Finding::message)
                .singleElement()
                .asString()
                .contains("'nav_hidden'");
    }

    /**
     * An include that loops over a range the way Ruby Liquid allows and Liqp's grammar does not ({@code tablerow} over
     * {@code (1..n)}, {@code for} over a range with {@code else}; liquid-golden for-ruby r1, f17) still reads the keys
     * it sorts and filters by: the include is read in the form the renderer gives it. A key no template names stays
     * unknown (the near miss).
     */
    @Test
    void fm007KeysReadByATemplateWithARangeLoopAreRead() {
        ValidationResult r = site().file(
                        "_includes/list.html",
                        "{% assign sorted = site.pages | sort: 'weight' | where: 'section', 'guide' %}"
                                + "{% for p in sorted %}{{ p.title }}{% endfor %}"
                                + "{% tablerow i in (1..include.cols) %}{{ i }}{% endtablerow %}"
                                + "{% for i in (1..include.cols) %}{{ i }}{% else %}none{% endfor %}")
                .file("_layouts/default.html", "{% include list.html cols=3 %}{{ content }}")
                .page("a.md", "title: A\nlayout: default\nweight: 2\nsection: guide\nwieght: 3", "")
                .validate();
        assertThat(of(r, "FM007"))
                .extracting(Finding::message)
                .singleElement()
                .asString()
                .contains("'wieght'");
    }

    @Test
    void fm007KeysFromDefaultsAndAllowListAreKnown() {
        ValidationResult r = site().file(
                        "_config.yml", "defaults:\n  - scope:\n      path: \"\"\n    values:\n      team: docs\n")
                .page("a.md", "title: A\nteam: x\nreviewer: y", "")
                .validate(q -> new ValidationRequest(
                        q.contentDirectory(),
                        null,
                        null,
                        null,
                        null,
                        new RuleOptions(null, List.of("reviewer"), null),
                        null,
                        false));
        assertThat(where(r)).isEmpty();
    }

    // FM008

    @Test
    void fm008SchemaRejectsValueAtItsPosition() {
        SiteFixture s = site().file(
                        "schema.json", "{\"type\":\"object\",\"properties\":{\"nav_order\":{\"type\":\"integer\"}}}")
                .page("a.md", "title: A\nnav_order: 2.5", "")
                .page("b.md", "title: B\nnav_order: 3", "");
        Path schema = s.root().resolve("schema.json");
        ValidationResult r = s.validate(q -> new ValidationRequest(
                q.contentDirectory(), null, null, null, null, new RuleOptions(null, null, schema), null, false));
        assertAt(only(r, "FM008"), "FM008", "a.md", 3, 12, Severity.ERROR);
    }

    // FM009

    @Test
    void fm009QuotedNumber() {
        ValidationResult r =
                site().page("a.md", "title: A\nnav_order: \"10\"", "").validate();
        Finding f = only(r, "FM009");
        assertAt(f, "FM009", "a.md", 3, 12, Severity.WARNING);
        assertThat(f.hint()).contains("nav_order: 10");
        assertThat(r.findings()).hasSize(1);
    }

    @Test
    void fm009IsSilentWhereNoListShowsThePage() {
        // machinetranslate.org (just-the-docs 0.7): 130 events under 'Events', whose has_children: false hides them
        // from the navigation and from its list of children; near-miss: the same under a parent that lists them
        String events = "title: EAMT 2024\nparent: Events\nnav_order: \"2024\"";
        String other = "title: EAMT 2023\nparent: Events\nnav_order: 2023";
        ValidationResult hidden = site().file("Gemfile.lock", "GEM\n  specs:\n    just-the-docs (0.7.0)\n")
                .page("events.md", "title: Events\nhas_children: false", "")
                .page("events/eamt-2024.md", events, "")
                .page("events/eamt-2023.md", other, "")
                .page("alone.md", "title: Alone\nnav_order: \"1\"\nnav_exclude: true", "")
                .validate();
        assertThat(of(hidden, "FM009")).isEmpty();
        ValidationResult listed = SiteFixture.in(dir.resolve("listed"))
                .file("Gemfile.lock", "GEM\n  specs:\n    just-the-docs (0.7.0)\n")
                .page("events.md", "title: Events\nhas_children: true", "")
                .page("events/eamt-2024.md", events, "")
                .page("events/eamt-2023.md", other, "")
                .validate();
        assertThat(of(listed, "FM009")).extracting(Finding::file).containsExactly("events/eamt-2024.md");
    }

    @Test
    void fm009ALeadingZeroThatIsNoOctalNumberIsText() {
        // as on a real product site numbering pages 010 … 090: YAML reads 010 … 070 as octal numbers, 080 and
        // 090 as text, which the theme sorts last (nav-golden/leading-zeros, built with every theme version)
        ValidationResult r = site().page("d.md", "title: D\nnav_order: 080", "").validate();
        Finding f = only(r, "FM009");
        assertAt(f, "FM009", "d.md", 3, 12, Severity.WARNING);
        assertThat(f.message()).contains("nav_order 080 is read as text").doesNotContain("quoted");
        assertThat(f.hint()).contains("'nav_order: 80'");
        // near-misses: an octal number (010 is 8) and a plain number are numbers
        for (String n : new String[] {"010", "070", "9", "100", "0"}) {
            assertThat(of(
                            SiteFixture.in(dir.resolve("n" + n))
                                    .page("a.md", "title: A\nnav_order: " + n, "")
                                    .validate(),
                            "FM009"))
                    .as(n)
                    .isEmpty();
        }
    }

    // SRC001

    @Test
    void src001InvalidUtf8AtItsPosition() {
        byte[] head = "---\ntitle: A\n---\nab".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        ValidationResult r = site().bytes("gbk.md", bytes).validate();
        assertAt(only(r, "SRC001"), "SRC001", "gbk.md", 4, 3, Severity.ERROR);
    }

    // body line numbers

    @Test
    void bodyLineNumbersCountSwallowedBlankLines() {
        ValidationResult r = site().page("a.md", "title: A", "\n\n# Heading\n").validate();
        var page = r.site().pageByPath("a.md");
        assertThat(page.kramdown().headings())
                .extracting(h -> h.text() + "@" + h.line())
                .containsExactly("Heading@6");
        assertThat(page.body().fileLine(0)).isEqualTo(6);
    }
}
