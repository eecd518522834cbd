package io.github.faqkit.rules;

import static io.github.faqkit.testing.SiteFixture.of;
import static io.github.faqkit.testing.SiteFixture.only;
import static io.github.faqkit.testing.SiteFixture.where;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page with {@code published: false} is not built: nothing on it reaches a reader, it is in no navigation, and a
 * link to it is a 404. What Jekyll does with each form of the key is measured in the {@code unpublished} fixture
 * of platform-golden (PlatformGoldenTest); these tests hold the findings to it.
 */
class UnpublishedPagesTest {
    @TempDir
    Path dir;

    /** A draft full of mistakes that the built site never shows (a real product site had 149 findings on such). */
    private SiteFixture withDraft(String published) {
        return SiteFixture.in(dir)
                .file("_config.yml", "title: x\n")
                .file("pics/kept.png", "png")
                .page("index.md", "title: Home", "# Home\n")
                .page(
                        "draft.md",
                        "title: Draft\nnav_order: \"3\"\n" + published,
                        "# Draft\n\n{% if unfinished %} never closed\n\n![](pics/missing.png)\n![kept](pics/kept.png)\n"
                                + "[gone](nowhere.html)\n");
    }

    @Test
    void nothingOnAnUnpublishedPageIsReported() {
        for (String published : new String[] {"published: false", "published:", "published: ~"}) {
            ValidationResult r = withDraft(published).validate();
            assertThat(r.findings().stream().map(Finding::file))
                    .as(published + ": " + where(r))
                    .doesNotContain("draft.md");
            // its image waits for it: no orphan
            assertThat(of(r, "IMG006")).as(published).isEmpty();
        }
    }

    @Test
    void aPublishedPageWithTheSameMistakesIsReported() {
        // near-misses: published true, or the string "false" (truthy to Jekyll, which publishes it)
        for (String published : new String[] {"published: true", "published: \"false\"", ""}) {
            ValidationResult r = withDraft(published).validate();
            assertThat(r.findings().stream().map(Finding::ruleId))
                    .as(published + ": " + where(r))
                    .contains("LIQ001", "IMG001", "IMG005", "LNK001", "FM009");
        }
    }

    @Test
    void aDefaultMakesDocumentsUnpublishedButNotPages() {
        // Jekyll merges defaults into a document before asking; a page's own front matter alone decides
        ValidationResult r = SiteFixture.in(dir)
                .file(
                        "_config.yml",
                        "collections:\n  notes:\n    output: true\ndefaults:\n  - scope:\n      path: \"\"\n"
                                + "    values:\n      published: false\n")
                .page("index.md", "title: Home", "![](pics/none.png)\n")
                .page("_notes/n.md", "title: N", "![](pics/none.png)\n")
                .validate();
        assertThat(where(r)).anyMatch(w -> w.startsWith("index.md:4"));
        assertThat(r.findings().stream().map(Finding::file)).doesNotContain("_notes/n.md");
    }

    @Test
    void aChildOfAnUnpublishedPageIsToldWhyItIsNotShown() {
        ValidationResult r = withDraft("published: false")
                .page("child.md", "title: Child\nparent: Draft", "# Child\n")
                .validate();
        Finding f = only(r, "NAV001");
        assertThat(f.file()).isEqualTo("child.md");
        assertThat(f.message()).contains("draft.md, which Jekyll leaves out of the site (published: false)");
        assertThat(f.hint()).contains("publish draft.md");
    }

    @Test
    void aLinkToAnUnpublishedPageIsA404ThatSaysWhy() {
        SiteFixture s =
                withDraft("published: false").page("links.md", "title: Links", "[a](draft.html)\n[b](draft.md)\n");
        Finding html = of(s.validate(q -> q.withPlatform("jekyll")), "LNK001").stream()
                .filter(f -> f.line() == 4)
                .findFirst()
                .orElseThrow();
        assertThat(html.message()).contains("draft.md would be there, but Jekyll leaves it out (published: false)");
        // GitHub Pages: jekyll-relative-links knows no such page and leaves the '.md' link as it is
        Finding md = of(s.validate(q -> q.withPlatform("github-pages")), "LNK001").stream()
                .filter(f -> f.line() == 5)
                .findFirst()
                .orElseThrow();
        assertThat(md.message()).contains("'draft.md' is draft.md, which Jekyll leaves out of the site");
        // published: the same links are fine
        SiteFixture published = SiteFixture.in(dir.resolve("p"))
                .page("draft.md", "title: Draft", "# Draft\n")
                .page("links.md", "title: Links", "[a](draft.html)\n[b](draft.md)\n");
        assertThat(of(published.validate(q -> q.withPlatform("github-pages")), "LNK001"))
                .isEmpty();
    }
}
