package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentScannerTest {
    @TempDir
    Path dir;

    private List<String> scan(String configYaml) throws Exception {
        SiteConfig config = configYaml == null
                ? SiteConfig.empty()
                : new SiteConfig(new ObjectMapper(new YAMLFactory()).readTree(configYaml), null);
        return scanned(new ContentScanner(dir, config)).stream()
                .map(SourceEntry::path)
                .toList();
    }

    /**
     * The entries of a walk, checked against the scan a rerun replays from the walk's listing: what the scan
     * keeps must depend on the names it lists and the configuration only.
     */
    private List<SourceEntry> scanned(ContentScanner scanner) throws Exception {
        ContentScanner.Result walked = scanner.scan();
        if (walked.listing() != null) {
            assertThat(walked.listing().stillCurrent(dir, Long.MAX_VALUE)).isTrue();
            assertThat(walked.listing().stillCurrent(dir, 0)).isTrue(); // kinds looked at one by one
            assertThat(scanner.replay(walked.listing(), java.util.Map.of(), 0).entries())
                    .isEqualTo(walked.entries());
        }
        return walked.entries();
    }

    @Test
    void entryFilterSkipsSpecialNamesAndBackups() throws Exception {
        SiteFixture.in(dir)
                .file("a.md", "x")
                .file("_x/b.md", "x")
                .file(".x/c.md", "x")
                .file("#d.md", "x")
                .file("e.md~", "x")
                .file("~f.md", "x")
                .file("docs/_g.md", "x")
                .file("docs/h.md", "x");
        assertThat(scan(null)).containsExactly("a.md", "docs/h.md");
    }

    @Test
    void includeBringsBackSpecialNames() throws Exception {
        SiteFixture.in(dir).file("a.md", "x").file("_x/b.md", "x").file(".well-known/c.md", "x");
        assertThat(scan("include: [_x, .well-known]")).containsExactly(".well-known/c.md", "_x/b.md", "a.md");
    }

    @Test
    void includeWinsOverExclude() throws Exception {
        SiteFixture.in(dir).file("a.md", "x").file("docs/b.md", "x");
        assertThat(scan("exclude: [docs]\ninclude: [docs]")).containsExactly("a.md", "docs/b.md");
    }

    @Test
    void excludeAsJekyllMatchesIt() throws Exception {
        SiteFixture.in(dir)
                .file("a.md", "x")
                .file("old/b.md", "x")
                .file("docs/c.draft.md", "x")
                .file("docs/d.md", "x")
                .file("README.md", "x")
                .file("Gemfile", "x")
                .file("notes/e.md", "x");
        // fnmatch without FNM_PATHNAME: '*' also crosses '/'; a plain entry excludes the folder below it
        assertThat(scan("exclude: [old/, \"*.draft.md\", README.md, /notes]")).containsExactly("a.md", "docs/d.md");
    }

    @Test
    void alwaysSkippedFolders() throws Exception {
        SiteFixture.in(dir)
                .file("a.md", "x")
                .file("target/b.md", "x")
                .file("_site/c.md", "x")
                .file("node_modules/d.md", "x")
                .file("vendor/e.md", "x")
                .file(".jekyll-cache/f.md", "x")
                .file(".git/g.md", "x");
        assertThat(scan("include: [.git, _site, .jekyll-cache]")).containsExactly("a.md");
    }

    @Test
    void outputCollectionsAndPostsAreScannedDraftsAreNot() throws Exception {
        SiteFixture.in(dir)
                .file("_posts/2024-01-01-a.md", "x")
                .file("_drafts/b.md", "x")
                .file("_docs/c.md", "x")
                .file("_hidden/d.md", "x");
        List<SourceEntry> entries = scanned(new ContentScanner(
                dir,
                new SiteConfig(
                        new ObjectMapper(new YAMLFactory())
                                .readTree("collections:\n  docs:\n    output: true\n  hidden:\n    output: false\n"),
                        null)));
        assertThat(entries)
                .extracting(e -> e.path() + " " + e.collection() + " " + e.published())
                .containsExactly(
                        "_docs/c.md docs true", "_hidden/d.md hidden false", "_posts/2024-01-01-a.md posts true");
    }

    @Test
    void symlinkLoopDoesNotHang() throws Exception {
        SiteFixture.in(dir).file("docs/a.md", "x");
        Files.createSymbolicLink(dir.resolve("docs/loop"), dir.resolve("docs"));
        Files.createSymbolicLink(dir.resolve("self"), dir.resolve("self"));
        ContentScanner.Result r = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> new ContentScanner(dir, SiteConfig.empty()).scan());
        assertThat(r.entries()).extracting(SourceEntry::path).containsExactly("docs/a.md");
        assertThat(r.skippedNotices()).hasSize(2);
    }

    /**
     * As on a real site (hyperledger/toc): each year's folder links 'emoticons -> ../emoticons', and its pages
     * show 'emoticons/sad.svg'. Jekyll follows a link to a folder inside the site (also in GitHub Pages' safe
     * mode; the real build copies the files there), so those files are the site's. Links to a folder that holds
     * the link, links met inside a linked folder, and links in a circle are not followed.
     */
    @Test
    void linkedFoldersInsideTheSiteAreReadAsFolders() throws Exception {
        SiteFixture.in(dir).file("reports/emoticons/sad.svg", "x").file("reports/2022/q4.md", "x");
        Files.createSymbolicLink(dir.resolve("reports/2022/emoticons"), Path.of("../emoticons"));
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.createSymbolicLink(dir.resolve("a/to-b"), dir.resolve("b"));
        Files.createSymbolicLink(dir.resolve("b/to-a"), dir.resolve("a"));
        ContentScanner.Result r = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> new ContentScanner(dir, SiteConfig.empty()).scan());
        assertThat(r.entries())
                .extracting(SourceEntry::path)
                .containsExactlyInAnyOrder(
                        "reports/emoticons/sad.svg", "reports/2022/emoticons/sad.svg", "reports/2022/q4.md");
    }
}
