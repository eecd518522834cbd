package io.github.faqkit.rules.images;

import static io.github.faqkit.testing.SiteFixture.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * As on a real site (lordking/lordking.github.io): its posts are in {@code docs/_posts/}, which Jekyll reads as it
 * reads {@code _posts/} (the posts of every folder it enters), in category {@code docs}. An image only such a post
 * shows is used, and the post's URL is a page (platform-golden/posts-in-folders has the URLs).
 */
class PostsInFoldersTest {
    @TempDir
    Path dir;

    private SiteFixture site(String config) {
        return SiteFixture.in(dir)
                .file(
                        "_config.yml",
                        "title: Notes\npermalink: /:categories/:year-:month-:day-:title:output_ext\n" + config)
                .file("assets/images/settings.png", "PNG")
                .file("assets/images/unused.png", "PNG")
                .page("index.md", "title: Home", "# Home\n\n[Notes](docs/notes/2022-12-11-build-my-site.html)\n")
                .page(
                        "docs/_posts/technology/2022-12-11-build-my-site.md",
                        "title: Build my site\ncategories: notes",
                        "# Build my site\n\n![Settings](../../../assets/images/settings.png)\n\n"
                                + "![Missing](../../../assets/images/missing.png)\n");
    }

    @Test
    void postsOfASubfoldersPostsFolderAreReadWithTheirImagesAndUrls() {
        ValidationResult r = site("").validate(ImageRules.all(), x -> x);
        assertThat(of(r, "IMG006")).extracting(Finding::file).containsExactly("assets/images/unused.png");
        assertThat(of(r, "IMG001"))
                .extracting(Finding::file)
                .containsExactly("docs/_posts/technology/2022-12-11-build-my-site.md");
        assertThat(of(r, "LNK001")).isEmpty();
    }

    /** Near-miss: in an excluded folder Jekyll reads no posts, so the image is an orphan and the link a 404. */
    @Test
    void anExcludedFoldersPostsAreNotRead() {
        ValidationResult r = site("exclude:\n  - docs\n").validate(ImageRules.all(), x -> x);
        assertThat(of(r, "IMG006"))
                .extracting(Finding::file)
                .containsExactlyInAnyOrder("assets/images/settings.png", "assets/images/unused.png");
        assertThat(of(r, "IMG001")).isEmpty();
        assertThat(of(r, "LNK001")).hasSize(1);
    }

    /** Near-miss: with a collections_dir, Jekyll reads posts only from its _posts folder. */
    @Test
    void withACollectionsDirOtherPostsFoldersAreNotRead() {
        ValidationResult r = site("collections_dir: coll\n").validate(ImageRules.all(), x -> x);
        assertThat(of(r, "IMG006")).hasSize(2);
        assertThat(of(r, "LNK001")).hasSize(1);
    }
}
