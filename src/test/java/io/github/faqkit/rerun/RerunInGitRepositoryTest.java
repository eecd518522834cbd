package io.github.faqkit.rerun;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site kept in git, as nearly every site is: the image rules read the repository's Markdown, whose walk passes
 * through the site's own pages. A page the scan fingerprints by its content must not count a second time by its
 * stamp, or touching or editing one page checks every page again.
 */
class RerunInGitRepositoryTest {
    @TempDir
    Path repo;

    private Path site;
    private final List<String> log = new ArrayList<>();
    private final Instant hourAgo = Instant.now().minusSeconds(3600);

    @BeforeEach
    void buildRepository() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        site = repo.resolve("docs");
        SiteFixture.in(site)
                .file("_config.yml", "title: x\nexclude:\n  - README.md\n")
                .page("index.md", "title: Home\nnav_order: 1", "# Home\n\nSee [the guide](guide.md#setup).\n")
                .page("guide.md", "title: Guide\nnav_order: 2", "# Guide\n\n## Setup\n\n![shot](assets/a.png)\n")
                .page("faq.md", "title: FAQ\nnav_order: 3", "# FAQ\n\nAsk.\n")
                .bytes("assets/a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .bytes("assets/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        // excluded from the build, so not scanned: only the repository walk reads it (IMG006)
        Files.writeString(site.resolve("README.md"), "![logo](assets/logo.png)\n");
        settle();
    }

    /** Every file an hour old, the same time each call: only what is edited in between moves. */
    private void settle() throws IOException {
        try (Stream<Path> s = Files.walk(repo)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Files.setLastModifiedTime(p, FileTime.from(hourAgo));
            }
        }
    }

    private ValidationRequest request() {
        return ValidationRequest.of(site).withCacheDirectory(repo.resolve("target/faq/cache/pages"));
    }

    private IncrementalValidator.Outcome run() throws IOException {
        return new IncrementalValidator(
                        new Validator().withCacheLog(log::add), repo.resolve("target/faq/cache"), "1.0", log::add)
                .validate(request(), "", true);
    }

    private ValidationResult cold() throws IOException {
        return new Validator().validate(ValidationRequest.of(site));
    }

    /** Writes {@code text} to a file of the site, dated half an hour ago (settled, and newer than the rest). */
    private void edit(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(hourAgo.plusSeconds(1800)));
    }

    private static void assertSameAnswer(ValidationResult actual, ValidationResult expected) {
        assertThat(actual.findings()).isEqualTo(expected.findings());
        assertThat(actual.notices()).isEqualTo(expected.notices());
        assertThat(actual.pageCount()).isEqualTo(expected.pageCount());
        assertThat(actual.imageCount()).isEqualTo(expected.imageCount());
    }

    @Test
    void aTouchedPageIsTakenOver() throws IOException {
        run();
        Files.setLastModifiedTime(site.resolve("faq.md"), FileTime.from(hourAgo.plusSeconds(1800)));
        IncrementalValidator.Outcome touched = run();
        assertThat(touched.reused()).isTrue();
        assertSameAnswer(touched.result(), cold());
    }

    @Test
    void anEditedSentenceChecksThatPageAndTakesTheOthersOver() throws IOException {
        run();
        // the page cache keeps summaries from the second run on: the edit below is compared with this one
        edit("faq.md", "---\ntitle: FAQ\nnav_order: 3\n---\n# FAQ\n\nAsk.\n\nEdited.\n");
        run();
        edit("faq.md", "---\ntitle: FAQ\nnav_order: 3\n---\n# FAQ\n\nAsk.\n\nEdited twice.\n");
        log.clear();
        IncrementalValidator.Outcome edited = run();
        assertThat(edited.reused()).isFalse();
        assertThat(log).anyMatch(l -> l.contains("no file was added or removed"));
        assertThat(log).anyMatch(l -> l.contains("were taken over"));
        assertSameAnswer(edited.result(), cold());
    }

    @Test
    void anEditedExcludedReadmeInTheSiteIsStillSeen() throws IOException {
        assertThat(run().result().findings()).noneMatch(f -> f.ruleId().equals("IMG006"));
        edit("README.md", "No logo any more.\n");
        IncrementalValidator.Outcome second = run();
        assertThat(second.reused()).isFalse();
        assertThat(second.result().findings()).anyMatch(f -> f.ruleId().equals("IMG006"));
        assertSameAnswer(second.result(), cold());
    }

    @Test
    void anEditedTitleThatMovesTheNavigationChecksEveryPageAsColdDoes() throws IOException {
        run();
        edit("faq.md", "---\ntitle: FAQ\nnav_order: 3\n---\n# FAQ\n\nAsk.\n\nEdited.\n");
        run();
        // first in the navigation now, and sharing its title with another page: the other pages' answers move
        edit("faq.md", "---\ntitle: Guide\nnav_order: 1\n---\n# FAQ\n\nAsk.\n\nEdited.\n");
        log.clear();
        IncrementalValidator.Outcome edited = run();
        assertThat(edited.reused()).isFalse();
        assertThat(log).noneMatch(l -> l.contains("were taken over"));
        ValidationResult cold = cold();
        assertThat(cold.findings()).extracting(f -> f.ruleId()).contains("NAV006");
        assertSameAnswer(edited.result(), cold);
    }

    @Test
    void anEditedHeadingAnotherPageLinksToChecksThatLinkAsColdDoes() throws IOException {
        run();
        edit("guide.md", "---\ntitle: Guide\nnav_order: 2\n---\n# Guide\n\n## Setup\n\n![shot](assets/a.png)\n\nOk.\n");
        run();
        edit(
                "guide.md",
                "---\ntitle: Guide\nnav_order: 2\n---\n# Guide\n\n## Set-up\n\n![shot](assets/a.png)\n\nOk.\n");
        log.clear();
        IncrementalValidator.Outcome edited = run();
        assertThat(edited.reused()).isFalse();
        assertThat(log).noneMatch(l -> l.contains("were taken over"));
        ValidationResult cold = cold();
        assertThat(cold.findings())
                .anyMatch(f -> f.file().equals("index.md") && f.message().contains("setup"));
        assertSameAnswer(edited.result(), cold);
    }
}
