package io.github.faqkit.rules.images;

import static io.github.faqkit.testing.SiteFixture.of;
import static io.github.faqkit.testing.SiteFixture.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image a page requests with a wrong path is wanted, not unused: IMG001 names the file it most likely meant, and
 * IMG006 does not call that file an orphan to delete.
 */
class WrongPathImagesTest {
    @TempDir
    Path dir;

    private ValidationResult run(SiteFixture s) {
        return s.validate(ImageRules.all(), r -> r);
    }

    @Test
    void aMistypedFolderNamesTheFileAndItIsNoOrphan() {
        ValidationResult r = run(SiteFixture.in(dir)
                .file("pics/login.png", "x")
                .file("pics/unused.png", "x")
                .page("docs/index.md", "title: Docs", "![The login form](../pic/login.png)\n"));
        Finding f = only(r, ImageRules.IMG001);
        assertThat(f.hint())
                .contains("the site has pics/login.png, which this path most likely means")
                .contains("'../pics/login.png'");
        assertThat(of(r, ImageRules.IMG006)).extracting(Finding::file).containsExactly("pics/unused.png");
    }

    @Test
    void aPathWithoutTheBaseurlMeansTheFileUnderIt() {
        ValidationResult r = run(SiteFixture.in(dir)
                .file("_config.yml", "baseurl: /kb\n")
                .file("pics/login.png", "x")
                .page("index.md", "title: Home", "![The login form](/pics/login.png)\n"));
        assertThat(only(r, ImageRules.IMG001).hint()).contains("{{ site.baseurl }}/pics/login.png");
        assertThat(of(r, ImageRules.IMG006)).isEmpty();
    }

    @Test
    void aNameSeveralImagesShareListsThemAndDeletesNone() {
        ValidationResult r = run(SiteFixture.in(dir)
                .file("pics/2023/Login.png", "x")
                .file("pics/2024/login.png", "x")
                .page("index.md", "title: Home", "![The login form](images/login%2Epng)\n"));
        assertThat(only(r, ImageRules.IMG001).hint())
                .contains("images of this name at pics/2023/Login.png, pics/2024/login.png");
        assertThat(of(r, ImageRules.IMG006)).isEmpty();
    }

    @Test
    void anImageNoPathNamesStaysAnOrphan() {
        ValidationResult r = run(SiteFixture.in(dir)
                .file("pics/login.png", "x")
                .file("pics/old.png", "x")
                .page("index.md", "title: Home", "![The login form](pics/login.png) ![gone](pics/missing.png)\n"));
        assertThat(only(r, ImageRules.IMG001).hint()).contains("no file of the site matches");
        assertThat(of(r, ImageRules.IMG006)).extracting(Finding::file).containsExactly("pics/old.png");
    }
}
