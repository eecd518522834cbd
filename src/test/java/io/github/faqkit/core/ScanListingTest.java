package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A listing stands for a walk exactly while every folder it holds lists the same names of the same kinds. */
class ScanListingTest {
    @TempDir
    Path dir;

    private ScanListing listing;
    private long recordedAt;

    @BeforeEach
    void walk() throws Exception {
        SiteFixture.in(dir)
                .file("index.md", "# Home\n")
                .file("docs/a.md", "# A\n")
                .bytes("docs/pics/a.png", new byte[] {1})
                .file("_drafts/b.md", "# B\n");
        FileTime past = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Files.setLastModifiedTime(p, past);
            }
        }
        recordedAt = Instant.now().getEpochSecond() * 1_000_000_000L;
        listing = new ContentScanner(dir, SiteConfig.empty()).scan().listing();
        assertThat(listing).isNotNull();
    }

    @Test
    void foldersTheWalkEnteredAreListedWithTheKindOfEachName() {
        assertThat(listing.folders()).containsOnlyKeys("", "docs", "docs/pics");
        assertThat(listing.folders().get("").nameList()).containsExactly("_drafts/", "docs/", "index.md");
        assertThat(listing.stillCurrent(dir, recordedAt)).isTrue();
    }

    @Test
    void anImageRewrittenInPlaceLeavesTheListingCurrent() throws Exception {
        Files.write(dir.resolve("docs/pics/a.png"), new byte[] {1, 2, 3});
        assertThat(listing.stillCurrent(dir, recordedAt)).isTrue();
    }

    @Test
    void aFileAddedRemovedOrRenamedIsSeen() throws Exception {
        Files.write(dir.resolve("docs/pics/b.png"), new byte[] {1});
        assertThat(listing.stillCurrent(dir, recordedAt)).isFalse();
        Files.delete(dir.resolve("docs/pics/b.png"));
        Files.move(dir.resolve("docs/a.md"), dir.resolve("docs/A.md"));
        assertThat(listing.stillCurrent(dir, recordedAt)).isFalse();
        Files.move(dir.resolve("docs/A.md"), dir.resolve("docs/a.md"));
        Files.delete(dir.resolve("docs/pics/a.png"));
        assertThat(listing.stillCurrent(dir, recordedAt)).isFalse();
    }

    @Test
    void aFileReplacedByAFolderOfTheSameNameIsSeen() throws Exception {
        Files.delete(dir.resolve("docs/pics/a.png"));
        Files.createDirectory(dir.resolve("docs/pics/a.png"));
        assertThat(listing.stillCurrent(dir, recordedAt)).isFalse();
    }

    @Test
    void aFolderWhoseTimeIsTooRecentHasItsNamesLookedAtOneByOne() throws Exception {
        Files.delete(dir.resolve("docs/pics/a.png"));
        Files.createDirectory(dir.resolve("docs/pics/a.png"));
        // the folder's time put back: its kinds are trusted only when that time is safely older than the record
        Files.setLastModifiedTime(
                dir.resolve("docs/pics"), FileTime.from(Instant.now().minusSeconds(1)));
        long closeToIt = Instant.now().getEpochSecond() * 1_000_000_000L;
        assertThat(listing.stillCurrent(dir, closeToIt)).isFalse();
    }

    @Test
    void buildOutputAtTheTopComesAndGoesButAFileOfThatNameCounts() throws Exception {
        Files.createDirectories(dir.resolve("target/faq"));
        Files.createDirectories(dir.resolve("_site"));
        assertThat(listing.stillCurrent(dir, recordedAt)).isTrue();
        Files.delete(dir.resolve("_site"));
        Files.write(dir.resolve("_site"), new byte[] {1});
        assertThat(listing.stillCurrent(dir, recordedAt)).isFalse();
    }

    @Test
    void aContentDirectoryReachedThroughALinkIsListedAsTheWalkSawIt() throws Exception {
        Path link = dir.resolveSibling(dir.getFileName() + "-link");
        try {
            Files.createSymbolicLink(link, dir);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        try {
            ScanListing viaLink =
                    new ContentScanner(link, SiteConfig.empty()).scan().listing();
            assertThat(viaLink.stillCurrent(link, recordedAt)).isTrue();
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void aSymbolicLinkMeansNoListing() throws Exception {
        try {
            Files.createSymbolicLink(dir.resolve("docs/alias.md"), dir.resolve("docs/a.md"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        assertThat(new ContentScanner(dir, SiteConfig.empty()).scan().listing()).isNull();
    }
}
