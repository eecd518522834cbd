package io.github.faqkit.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.SiteConfigs;
import io.github.faqkit.core.ThemeVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site that copied the theme's layout files into its own folders is checked against the release it copied
 * (as 4chi11e/manuale-libero-online-di-informatica keeps a copy with no gem and no remote_theme).
 */
class ThemeFilesTest {
    @TempDir
    Path site;

    @TempDir
    Path releases;

    private static final ThemeVersion V033 = new ThemeVersion(0, 3, 3);
    private static final ThemeVersion V040 = new ThemeVersion(0, 4, 0);
    private static final ThemeVersion V041 = new ThemeVersion(0, 4, 1);

    /** A table made the way the script makes it, from files written here (their git blob ids). */
    private ThemeFiles table() throws IOException {
        return new ThemeFiles(Map.of(
                "_layouts/default.html",
                Map.of(
                        blob("layout 0.3.3 {{ content }}"), List.of(V033),
                        blob("layout 0.4 {{ content }}"), List.of(V040, V041)),
                "_includes/fix_linenos.html",
                Map.of(blob("linenos"), List.of(V033, V040, V041))));
    }

    private String blob(String text) throws IOException {
        Path f = Files.createTempFile(releases, "f", ".html");
        Files.writeString(f, text);
        return ThemeFiles.blobId(f);
    }

    private void copy(String path, String text) throws IOException {
        Path p = site.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void anUnchangedCopyOfTheLayoutNamesItsRelease() throws IOException {
        copy("_layouts/default.html", "layout 0.3.3 {{ content }}");
        copy("_includes/fix_linenos.html", "linenos");
        ThemeVersions.Found f = table().match(site);
        assertThat(f.version()).isEqualTo(V033);
        assertThat(f.source()).contains("_layouts/default.html").contains("release 0.3.3");
    }

    @Test
    void releasesThatShipTheSameLayoutGiveTheNewestOfThem() throws IOException {
        copy("_layouts/default.html", "layout 0.4 {{ content }}");
        ThemeVersions.Found f = table().match(site);
        assertThat(f.version()).isEqualTo(V041);
        assertThat(f.source()).contains("releases 0.4 to 0.4.1");
    }

    @Test
    void anEditedLayoutOrOnlyHelperFilesOrMixedReleasesNameNothing() throws IOException {
        copy("_includes/fix_linenos.html", "linenos");
        assertThat(table().match(site)).as("no file that draws the page").isNull();
        copy("_layouts/default.html", "layout 0.3.3 {{ content }}<!-- ours -->");
        assertThat(table().match(site)).as("an edited layout").isNull();
        copy("_layouts/default.html", "layout 0.4 {{ content }}");
        copy("_includes/fix_linenos.html", "linenos");
        assertThat(table().match(site).version()).isEqualTo(V041);
        assertThat(new ThemeFiles(Map.of(
                                "_layouts/default.html",
                                Map.of(blob("layout 0.4 {{ content }}"), List.of(V040)),
                                "_includes/fix_linenos.html",
                                Map.of(blob("linenos"), List.of(V033))))
                        .match(site))
                .as("files of two releases")
                .isNull();
    }

    /** Only where nothing else names a version: a gem, a lock or remote_theme come first. */
    @Test
    void aVersionNamedElsewhereComesFirst() throws IOException {
        Files.writeString(site.resolve("Gemfile.lock"), "GEM\n  specs:\n    just-the-docs (0.8.2)\n");
        copy("_layouts/default.html", "anything");
        assertThat(ThemeVersions.find(null, site, SiteConfigs.load(site, null).config())
                        .version())
                .isEqualTo(new ThemeVersion(0, 8, 2));
    }

    /** The shipped table (scripts/theme-files/generate.sh) holds the layouts of the releases, by git blob id. */
    @Test
    void theShippedTableKnowsTheReleaseLayouts() {
        ThemeFiles shipped = ThemeFiles.shipped();
        assertThat(shipped.releases("_layouts/default.html", "f571923c091698a84f8ec5103b60e81733a76318"))
                .containsExactly(V033);
        assertThat(shipped.releases("_layouts/default.html", "0cc900ab7aac1329bbeac6a95da8bc6fa42393fe"))
                .startsWith(new ThemeVersion(0, 10, 0))
                .contains(new ThemeVersion(0, 12, 0));
        assertThat(shipped.releases("_includes/head_custom.html", "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"))
                .as("placeholders a site fills in are not in the table")
                .isEmpty();
        assertThat(shipped.match(site)).isNull();
    }
}
