package io.github.faqkit.core.platform;

import static io.github.faqkit.testing.SiteFixture.of;
import static io.github.faqkit.testing.SiteFixture.only;
import static io.github.faqkit.testing.SiteFixture.where;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-site runs: the rules follow the platform the site is built on. */
class PlatformScenariosTest {
    @TempDir
    Path dir;

    @Test
    void htmlPageWithFrontMatterIsAParentAndALinkTarget() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: x\n")
                .page("index.md", "title: Home", "[news](news/) [about](about.html) [item](news/item.md)\n")
                .page("news/index.html", "title: News\nlayout: default", "<h1>News</h1>\n")
                .page("about.html", "title: About", "<p>About us</p>\n")
                .file("static.html", "<p>No front matter: a static file</p>\n")
                .page("news/item.md", "title: Item\nparent: News", "# Item\n")
                .validate();
        assertThat(where(r)).noneMatch(w -> w.endsWith("NAV001") || w.endsWith("LNK001"));
        assertThat(r.site().pageByPath("news/index.html").url()).isEqualTo("/news/");
        assertThat(r.site().pageByPath("static.html")).isNull();
        assertThat(r.site().nav().toString()).isNotNull();
    }

    @Test
    void parentMissingStillReportedWhenNoHtmlPageHasTheTitle() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: x\n")
                .file("news/index.html", "<h1>News</h1>\n")
                .page("news/item.md", "title: Item\nparent: News", "# Item\n")
                .validate();
        assertThat(where(r)).contains("news/item.md:3:9 NAV001");
    }

    @Test
    void projectSiteImagesUnderTheImplicitBaseurl() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "repository: octo/proj\n")
                .file("assets/a.png", "x")
                .file("assets/b.png", "x")
                .page(
                        "index.md",
                        "title: Home",
                        "<img src=\"/proj/assets/a.png\" alt=\"a\">\n\n"
                                + "<img src=\"/assets/b.png\" alt=\"b\">\n\n![b too](/assets/b.png)\n")
                .validate(q -> q.withPlatform("github-pages"));
        assertThat(r.site().config().baseurl()).isEqualTo("/proj");
        // the HTML tag is written as it is; the Markdown image is rewritten by jekyll-relative-links
        assertThat(where(r))
                .filteredOn(w -> w.contains("IMG00") && !w.endsWith("IMG009"))
                .containsExactly("index.md:6:11 IMG001");
        assertThat(of(r, "IMG001").get(0).message()).contains("/proj");
    }

    @Test
    void markdownWithoutFrontMatterOnGitHubPagesGetsATitleFromItsHeading() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: x\n")
                .page("index.md", "title: Home", "[a](docs/a.md) [b](docs/b.md)\n")
                .file("docs/a.md", "# From the heading\n\ntext\n")
                .file("docs/b.md", "Some text first.\n\n# Late\n")
                .file("README.md", "# Repository\n")
                .validate(q -> q.withPlatform("github-pages"));
        List<Finding> fm001 = of(r, "FM001");
        assertThat(fm001).extracting(Finding::file).containsExactly("README.md", "docs/b.md");
        assertThat(r.site().pageByPath("docs/a.md").title()).isEqualTo("From the heading");
        assertThat(fm001.get(0).hint()).contains("exclude:");
        assertThat(fm001.get(1).message())
                .contains("GitHub Pages renders this file")
                .contains("gets no title");
        assertThat(where(r)).noneMatch(w -> w.endsWith("LNK001"));
    }

    /**
     * A real site's Data/README.md (one line, no heading) becomes the folder's index through jekyll-readme-index,
     * not jekyll-optional-front-matter (which leaves READMEs alone): the message names the plugin that renders it.
     */
    @Test
    void readmeMadeItsFoldersIndexIsSaidToComeFromReadmeIndex() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: x\n")
                .page("index.md", "title: Home", "hi\n")
                .file("Data/README.md", "Folder for data files.\n")
                .file("Data/plain.md", "Also no heading.\n")
                .validate(q -> q.withPlatform("github-pages"));
        List<Finding> fm001 = of(r, "FM001");
        assertThat(fm001).extracting(Finding::file).containsExactly("Data/README.md", "Data/plain.md");
        assertThat(fm001.get(0).message())
                .contains("renders this README without front matter as its folder's index (jekyll-readme-index)")
                .contains("gets no title");
        assertThat(fm001.get(1).message()).contains("renders this file without front matter (jekyll-optional-");
    }

    @Test
    void markdownLinksAre404sOnPlainJekyllWithoutRelativeLinks() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: x\n")
                .page("index.md", "title: Home", "[other](other.md) [raw](raw.md)\n")
                .page("other.md", "title: Other", "# Other\n")
                .file("raw.md", "copied as it is\n")
                .validate(q -> q.withPlatform("jekyll"));
        List<Finding> lnk = of(r, "LNK001");
        assertThat(lnk).as(lnk.toString()).hasSize(1);
        assertThat(lnk.get(0).message()).contains("/other.md");
        assertThat(lnk.get(0).hint()).contains("jekyll-relative-links");
        ValidationResult guessed = SiteFixture.in(dir).validate();
        assertThat(of(guessed, "LNK001")).isEmpty();
    }

    /**
     * GitHub Pages pins jekyll-relative-links 0.6.1: a '.md' link with a title, a leading '/' read from a subfolder,
     * or a %-escape stays as written there (a 404); the releases a site's own Gemfile gets (0.7+) rewrite all three
     * (platform-golden pages-engine).
     */
    @Test
    void markdownLinksGitHubPagesLeavesAsWrittenAre404sThereOnly() {
        SiteFixture site = SiteFixture.in(dir)
                .file("_config.yml", "title: x\nplugins: [jekyll-relative-links]\n")
                .page("index.md", "title: Home", "[from root](/docs/other.md)\n")
                .page(
                        "docs/guide.md",
                        "title: Guide",
                        "[titled](other.md \"The other\")\n\n[absolute](/docs/other.md)\n\n[escaped](my%2Dfile.md)\n\n"
                                + "[plain](other.md) [parent](../index.md)\n")
                .page("docs/other.md", "title: Other", "# Other\n")
                .page("docs/my-file.md", "title: Mine", "# Mine\n");
        ValidationResult pages = site.validate(q -> q.withPlatform("github-pages"));
        assertThat(where(pages))
                .filteredOn(w -> w.endsWith("LNK001"))
                .containsExactly("docs/guide.md:4:10 LNK001", "docs/guide.md:6:12 LNK001", "docs/guide.md:8:11 LNK001");
        List<Finding> lnk = of(pages, "LNK001");
        assertThat(lnk.get(0).message()).contains("has a title").contains("0.6.1");
        assertThat(lnk.get(0).hint()).contains("remove the title");
        assertThat(lnk.get(1).message()).contains("starts with '/'").contains("docs/docs/other.md");
        assertThat(lnk.get(1).hint()).contains("relative to this file's folder");
        assertThat(lnk.get(2).message()).contains("%-escapes");
        ValidationResult own = site.validate(q -> q.withPlatform("jekyll"));
        assertThat(of(own, "LNK001")).isEmpty();
        // a build of the site's own that loads the github-pages gem gets the same pinned version
        site.file("Gemfile", "source \"https://rubygems.org\"\ngem \"github-pages\", group: :jekyll_plugins\n");
        ValidationResult gem = site.validate(q -> q.withPlatform("jekyll"));
        assertThat(where(gem)).filteredOn(w -> w.endsWith("LNK001")).hasSize(3);
    }

    /** A '/x.md' link to no page names the file GitHub Pages' 0.6.1 looked for, read from the page's folder. */
    @Test
    void aMissingMarkdownLinkNamesTheFileThePinnedVersionLookedFor() {
        SiteFixture site = SiteFixture.in(dir)
                .file("_config.yml", "title: x\n")
                .page("index.md", "title: Home", "hi\n")
                .page("docs/guide.md", "title: Guide", "[gone](/docs/missing.md)\n");
        assertThat(only(site.validate(q -> q.withPlatform("github-pages")), "LNK001")
                        .message())
                .contains("looked for docs/docs/missing.md");
        site.file("_config.yml", "title: x\nplugins: [jekyll-relative-links]\n");
        assertThat(only(site.validate(q -> q.withPlatform("jekyll")), "LNK001").message())
                .contains("looked for docs/missing.md");
    }
    /**
     * As on a real site (PhysicalBit7/notes): its workflow runs 'bundle exec jekyll build' with the github-pages gem,
     * its Gemfile.lock holds just-the-docs 0.2.9, and _config.yml names 'remote_theme: pmarsceill/just-the-docs' and
     * no 'theme:'. The github-pages gem adds jekyll-remote-theme whenever remote_theme is set, so the build (as the
     * real one does) takes the theme's default branch: a third-level page without grand_parent is in the navigation,
     * and NAV007 (the rules of before 0.10, from the locked gem) was a false alarm. Near-misses: 'theme:
     * just-the-docs' without remote_theme builds with the locked 0.2.9 and NAV007 stays; so does a Gemfile that loads
     * neither github-pages nor jekyll-remote-theme.
     */
    @Test
    void aBuildThatLoadsJekyllRemoteThemeTakesTheRemoteThemeNotTheLockedGem() {
        SiteFixture site = SiteFixture.in(dir)
                .file(
                        ".github/workflows/pages.yml",
                        "jobs:\n  build:\n    steps:\n      - run: bundle exec jekyll build\n"
                                + "      - uses: actions/upload-pages-artifact@v3\n")
                .file(
                        "Gemfile",
                        "source \"https://rubygems.org\"\ngem \"github-pages\", \"~> 228\", group: :jekyll_plugins\n"
                                + "gem \"just-the-docs\", \"~> 0.2.6\"\n")
                .file("Gemfile.lock", "GEM\n  specs:\n    just-the-docs (0.2.9)\n")
                .file("_config.yml", "remote_theme: pmarsceill/just-the-docs\n")
                .page("misc.md", "title: Misc\nhas_children: true", "hi\n")
                .page("misc/python.md", "title: Python\nparent: Misc\nhas_children: true", "hi\n")
                .page("misc/python/list.md", "title: Command List\nparent: Python", "hi\n");
        ValidationResult remote = site.validate();
        assertThat(where(remote)).noneMatch(w -> w.endsWith("NAV007"));
        site.file("_config.yml", "theme: just-the-docs\n");
        assertThat(where(site.validate())).contains("misc/python/list.md:3:9 NAV007");
        site.file("_config.yml", "remote_theme: pmarsceill/just-the-docs\n")
                .file(
                        "Gemfile",
                        "source \"https://rubygems.org\"\ngem \"jekyll\"\ngem \"just-the-docs\", \"~> 0.2.6\"\n");
        assertThat(where(site.validate())).contains("misc/python/list.md:3:9 NAV007");
    }
}
