package io.github.faqkit.rules;

import static io.github.faqkit.testing.SiteFixture.of;
import static io.github.faqkit.testing.SiteFixture.only;
import static io.github.faqkit.testing.SiteFixture.where;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Jekyll writes besides a file's own {@code published}: documents dated in the future ({@code future:}), the
 * {@code unpublished:} setting, and static files that {@code defaults:} give {@code published: false}. Measured in
 * the {@code future} and {@code publish-all} fixtures of platform-golden (PlatformGoldenTest); these tests hold the
 * findings and their messages to it.
 */
class PublishingSettingsTest {
    @TempDir
    Path dir;

    private static final String MISTAKES = "# T\n\n![](pics/missing.png)\n[gone](nowhere.html)\n";

    private SiteFixture site(String config) {
        return SiteFixture.in(dir)
                .file("_config.yml", "collections:\n  guides:\n    output: true\n" + config)
                .page("index.md", "title: Home", "# Home\n\n[later](guides/later.html)\n[post](2999/01/01/soon.html)\n")
                .page("_guides/later.md", "title: Later\ndate: 2999-01-01", MISTAKES)
                .page("_guides/2999-01-01-named.md", "title: Named", MISTAKES)
                .page("_posts/2999-01-01-soon.md", "title: Soon", MISTAKES)
                .page("_guides/earlier.md", "title: Earlier\ndate: 2000-01-01 10:00:00 +0000", MISTAKES)
                .page("dated-page.md", "title: Dated page\ndate: 2999-01-01", MISTAKES);
    }

    private static List<String> files(ValidationResult r) {
        return r.findings().stream().map(Finding::file).toList();
    }

    @Test
    void aDocumentDatedInTheFutureIsNotJudgedAndALinkToItIsA404ThatSaysWhy() {
        ValidationResult r = site("").validate();
        assertThat(files(r))
                .as(where(r).toString())
                .doesNotContain("_guides/later.md", "_guides/2999-01-01-named.md", "_posts/2999-01-01-soon.md");
        // near-misses: a document dated in the past, and a page (Jekyll's publisher gives pages no date)
        assertThat(files(r)).as(where(r).toString()).contains("_guides/earlier.md", "dated-page.md");
        Finding later = of(r, "LNK001").stream()
                .filter(f -> f.file().equals("index.md") && f.line() == 6)
                .findFirst()
                .orElseThrow();
        assertThat(later.message())
                .contains("_guides/later.md would be there, but Jekyll leaves it out (its date 2999-01-01 lies in the"
                        + " future")
                .contains("unless _config.yml sets future: true");
        assertThat(where(r)).anyMatch(w -> w.startsWith("index.md:7") && w.contains("LNK001"));
    }

    @Test
    void liquidListsAFutureDocumentOfItsCollectionButNoFuturePost() {
        // as the real build does (platform-golden future, links L20 and L21): Jekyll keeps a document it does
        // not write in site.<collection>, and drops a post it does not publish while reading
        ValidationResult r = site("").page("_posts/2000-01-01-old.md", "title: Old", "# Old\n")
                .page(
                        "list.md",
                        "title: List",
                        "{% for g in site.guides %}[g](/none/{{ g.title }}.html) {% endfor %}\n\n"
                                + "{% for p in site.posts %}[p](/none/{{ p.title }}.html) {% endfor %}\n")
                .validate();
        List<String> listed = of(r, "LNK001").stream()
                .filter(f -> f.file().equals("list.md"))
                .map(f -> f.message().replaceAll(".*/none/([A-Za-z]+)\\.html.*", "$1"))
                .sorted()
                .toList();
        assertThat(listed).containsExactly("Earlier", "Later", "Named", "Old");
    }

    @Test
    void aChildOfAFutureDocumentIsNotToldItIsShownNowhere() {
        // the theme lists a collection's navigation from site.<collection>, which keeps the future document (a
        // collection that just_the_docs.collections does not list has no navigation to judge)
        ValidationResult r = site("just_the_docs:\n  collections:\n    guides:\n      name: Guides\n")
                .page("_guides/child.md", "title: Child\nparent: Later", "# Child\n")
                .page("_guides/hidden.md", "title: Hidden\npublished: false", "# Hidden\n")
                .page("_guides/orphan.md", "title: Orphan\nparent: Hidden", "# Orphan\n")
                .validate();
        // near-miss: published: false drops the document from site.<collection> too
        Finding f = only(r, "NAV001");
        assertThat(f.file()).isEqualTo("_guides/orphan.md");
        assertThat(f.message()).contains("_guides/hidden.md, which Jekyll leaves out of the site (published: false)");
    }

    @Test
    void aMarkdownFileWithoutFrontMatterThatDefaultsLeaveOutIsNotCopiedByJekyllButRenderedOnGitHubPages() {
        // platform-golden future, notes/plain.md: plain Jekyll copies nothing; jekyll-optional-front-matter renders
        // it anyway (it reads site.static_files, whatever their defaults say) and relative links reach the page
        SiteFixture s = SiteFixture.in(dir)
                .file("_config.yml", "defaults:\n  - scope:\n      path: notes\n    values:\n      published: false\n")
                .file("notes/plain.md", "# Plain note\n")
                .page("index.md", "title: Home", "# Home\n\n[source](notes/plain.md)\n");
        ValidationResult jekyll = s.validate(q -> q.withPlatform("jekyll"));
        assertThat(of(jekyll, "FM001"))
                .as("not copied, not rendered: nothing to say")
                .isEmpty();
        assertThat(only(jekyll, "LNK001").message())
                .contains("notes/plain.md is in the source, but defaults: in _config.yml give it published: false");
        ValidationResult pages = s.validate(q -> q.withPlatform("github-pages"));
        assertThat(of(pages, "LNK001")).isEmpty();
        // near-miss: without the defaults plain Jekyll copies it raw, and says so
        s.file("_config.yml", "title: x\n");
        assertThat(only(s.validate(q -> q.withPlatform("jekyll")), "FM001").message())
                .contains("copies this file to the site as raw Markdown");
    }

    @Test
    void futureTrueInTheConfigurationPublishesThem() {
        ValidationResult r = site("future: true\n").validate();
        assertThat(files(r))
                .as(where(r).toString())
                .contains("_guides/later.md", "_guides/2999-01-01-named.md", "_posts/2999-01-01-soon.md");
        assertThat(where(r)).noneMatch(w -> w.startsWith("index.md:"));
    }

    @Test
    void unpublishedTrueInTheConfigurationPublishesPublishedFalse() {
        String draft = "title: Draft\npublished: false";
        SiteFixture s = SiteFixture.in(dir)
                .page("index.md", "title: Home", "# Home\n\n[draft](draft.html)\n")
                .page("draft.md", draft, MISTAKES);
        s.file("_config.yml", "unpublished: true\n");
        ValidationResult published = s.validate();
        assertThat(files(published))
                .as(where(published).toString())
                .contains("draft.md")
                .doesNotContain("index.md");
        // near-misses: unpublished false (Jekyll's default) or absent leave the draft out
        for (String config : new String[] {"unpublished: false\n", "title: x\n"}) {
            s.file("_config.yml", config);
            ValidationResult r = s.validate();
            assertThat(files(r)).as(config + where(r)).doesNotContain("draft.md");
            assertThat(only(r, "LNK001").message()).contains("leaves it out (published: false)");
        }
    }

    @Test
    void aStaticFileThatDefaultsLeaveOutIsA404ThatSaysWhyAndNoOrphan() {
        String defaults = "defaults:\n  - scope:\n      path: pics/hidden\n    values:\n      published: %s\n";
        SiteFixture s = SiteFixture.in(dir)
                .file("pics/hidden/secret.png", "png")
                .file("pics/hidden/unused.png", "png")
                .page(
                        "index.md",
                        "title: Home",
                        "# Home\n\n![secret](pics/hidden/secret.png)\n[file](pics/hidden/secret.png)\n");
        // unpublished: true does not change it (StaticFile#write? reads only the defaults)
        s.file("_config.yml", String.format(defaults, "false") + "unpublished: true\n");
        ValidationResult r = s.validate(q -> q.withPlatform("jekyll"));
        Finding img = only(r, "IMG001");
        assertThat(img.message())
                .contains("pics/hidden/secret.png is in the source, but defaults: in _config.yml give it published:"
                        + " false, so Jekyll does not copy it");
        assertThat(img.hint()).contains("take pics/hidden/secret.png out of the defaults: scope");
        assertThat(only(r, "LNK001").message()).contains("does not copy it");
        assertThat(of(r, "IMG006")).as("not in the site, so no orphan of it").isEmpty();
        // near-miss: Jekyll 3 (GitHub Pages) copies every static file, defaults or not (platform-golden future,
        // recorded with Jekyll 3.10.0)
        ValidationResult pages = s.validate(q -> q.withPlatform("github-pages"));
        assertThat(of(pages, "IMG001")).isEmpty();
        assertThat(of(pages, "LNK001")).isEmpty();
        // near-miss: published: true in the same defaults
        s.file("_config.yml", String.format(defaults, "true"));
        ValidationResult published = s.validate();
        assertThat(of(published, "IMG001")).isEmpty();
        assertThat(of(published, "LNK001")).isEmpty();
        assertThat(of(published, "IMG006")).hasSize(1);
    }
}
