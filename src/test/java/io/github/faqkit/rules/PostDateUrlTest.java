package io.github.faqkit.rules;

import static io.github.faqkit.testing.SiteFixture.of;
import static io.github.faqkit.testing.SiteFixture.where;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A post's URL takes :year/:month/:day from its front matter date, in the site's time zone (post-date-golden, as
 * Sharly-Chess/sharly-chess.github.io showed): a link to that URL is no broken link, a link to the file name's is.
 */
class PostDateUrlTest {
    @TempDir
    Path dir;

    @Test
    void aLinkToThePostsUrlFromItsFrontMatterDateIsFoundAndOneFromTheFileNameIsNot() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "timezone: Asia/Tokyo\n")
                .page(
                        "index.md",
                        "title: Home",
                        "# Home\n\n[real](2023/10/01/moved.html)\n[name](2023/09/30/moved.html)\n"
                                + "[kept](2023/09/30/kept.html)\n")
                // 23:30 at -0500 is 13:30 the next day in Tokyo
                .page("_posts/2023-09-30-moved.md", "title: Moved\ndate: 2023-09-30 23:30:00 -0500", "# Moved\n")
                // near-miss: no front matter date, the file name's date stays
                .page("_posts/2023-09-30-kept.md", "title: Kept", "# Kept\n")
                .validate();
        assertThat(where(r)).as(where(r).toString()).noneMatch(w -> w.startsWith("index.md:6"));
        assertThat(where(r)).noneMatch(w -> w.startsWith("index.md:8"));
        assertThat(of(r, "LNK001")).anyMatch(f -> f.file().equals("index.md") && f.line() == 7);
    }

    @Test
    void aDateJekyllCannotReadStopsTheBuildAndIsReportedOnDocumentsOnly() {
        ValidationResult r = SiteFixture.in(dir)
                .file("_config.yml", "title: t\n")
                .page("index.md", "title: Home", "# Home\n")
                .page("_posts/2023-09-30-bad.md", "title: Bad\ndate: 2023-13-45", "# Bad\n")
                .page("_posts/2023-09-30-empty.md", "title: Empty\ndate:", "# Empty\n")
                .page("_posts/2023-09-30-later.md", "title: Later\ndate: yesterday", "# Later\n")
                .file("_config.yml", "title: t\ncollections:\n  notes:\n    output: false\n")
                .page("_notes/tbd.md", "title: Note\ndate: TBD", "# Note\n")
                // near-misses: Ruby reads month names ("Sept" is September 1); a page's date is never parsed by Jekyll
                .page("_posts/2023-09-30-words.md", "title: Words\ndate: October 5, 2023", "# Words\n")
                .page("_posts/2023-09-30-month.md", "title: Month\ndate: Sept", "# Month\n")
                .page("page.md", "title: Page\ndate: 2023-13-45", "# Page\n")
                .page("later.md", "title: Page\ndate: yesterday", "# Page\n")
                // an undated file of _posts is skipped unread; a document that is not written is still read
                .page("_posts/undated.md", "title: Undated\ndate: yesterday", "# Undated\n")
                .page("_posts/2023-09-30-hidden.md", "title: Hidden\npublished: false\ndate: soon", "# Hidden\n")
                .validate();
        assertThat(of(r, "FM006").stream().map(f -> f.file() + ":" + f.line()))
                .as(where(r).toString())
                .containsExactlyInAnyOrder(
                        "_posts/2023-09-30-bad.md:3",
                        "_posts/2023-09-30-empty.md:3",
                        "_posts/2023-09-30-later.md:3",
                        "_posts/2023-09-30-hidden.md:4",
                        "_notes/tbd.md:3");
        assertThat(of(r, "FM006").get(0).message()).contains("stops the whole build");
    }
}
