package io.github.faqkit.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.ThemeVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which navigation include is the site's own. A copy of the theme's repository (PromptAI/promptdialog, trial21:
 * just-the-docs.gemspec of 0.8.1, whose {@code components/nav.html} the site rewrote to nest pages by {@code
 * parent} alone; the built sidebar shows its third level without {@code grand_parent}) owns the includes it edited,
 * not those a release ships unchanged.
 */
class OwnNavigationTest {
    @TempDir
    Path site;

    @TempDir
    Path releases;

    private static final String RELEASED = "{%- assign third_level_pages = sorted_pages | where_exp: \"item\", "
            + "\"item.grand_parent != nil\" -%}\n";

    private ThemeFiles table() throws IOException {
        Path f = releases.resolve("nav.html");
        Files.writeString(f, RELEASED);
        return new ThemeFiles(Map.of(
                "_includes/components/nav.html",
                Map.of(ThemeFiles.blobId(f), List.of(new ThemeVersion(0, 8, 1), new ThemeVersion(0, 9, 0)))));
    }

    private void write(String path, String text) throws IOException {
        Path p = site.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void anEditedNavigationIncludeOfAThemeCopyIsTheSitesOwn() throws IOException {
        write("just-the-docs.gemspec", "spec.version = \"0.8.1\"\n");
        write("_includes/components/nav.html", "{% include components/nav_item.html pages=root_pages %}\n");
        assertThat(OwnNavigation.find(site, table())).isEqualTo("_includes/components/nav.html");
    }

    @Test
    void anUnchangedReleaseIncludeOfAThemeCopyIsTheThemes() throws IOException {
        write("just-the-docs.gemspec", "spec.version = \"0.8.1\"\n");
        write("_includes/components/nav.html", RELEASED);
        assertThat(OwnNavigation.find(site, table())).isNull();
        assertThat(OwnNavigation.find(site, table())).as("no include at all").isNull();
    }

    @Test
    void withoutAThemeCopyAnyNavigationIncludeIsTheSitesOwn() throws IOException {
        write("_includes/components/nav.html", RELEASED);
        assertThat(OwnNavigation.find(site, table())).isEqualTo("_includes/components/nav.html");
        Files.delete(site.resolve("_includes/components/nav.html"));
        assertThat(OwnNavigation.find(site, table())).isNull();
    }

    @Test
    void theVariablesOfThePageAnOwnNavigationReadsLeaveOutThoseTheThemeReads() throws IOException {
        write("_includes/components/sidebar.html", "{% include components/site_nav.html %}{{ page.title }}\n");
        write(
                "_includes/components/nav/pages.html",
                "{%- assign current_lang = page.lang | default: \"en\" -%}{% if page.url == x %}{{ page.version }}"
                        + "{% endif %}{{ include.page.parent }}\n");
        assertThat(OwnNavigation.pageVariables(site, table())).containsExactly("lang", "version");
    }

    @Test
    void anUnchangedReleaseIncludeOfAThemeCopyReadsNothingOfItsOwn() throws IOException {
        write("just-the-docs.gemspec", "spec.version = \"0.8.1\"\n");
        write("_includes/components/nav.html", RELEASED);
        assertThat(OwnNavigation.pageVariables(site, table())).isEmpty();
    }
}
