package io.github.faqkit.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** faq:unpack writes the pages its includes/excludes select, and the images they show; it verifies all first. */
class UnpackSelectionTest {
    @TempDir
    Path dir;

    private static final String HOME = "---\ntitle: Home\n---\n# Home\n\n![logo](pics/logo.png)\n";
    private static final String A = "---\ntitle: A\n---\nsee ![x](../pics/x.png) and ![shared](../pics/shared.png)\n";
    private static final String B = "---\ntitle: B\n---\n![shared](../pics/shared.png)\n";
    private static final byte[] LOGO = {1};
    private static final byte[] X = {2};
    private static final byte[] SHARED = {3};
    private static final byte[] LAYOUT_ONLY = {4};

    private Path artifact(String name, String home) throws Exception {
        return new ZipMaker()
                .add(
                        Manifest.ENTRY,
                        ZipMaker.manifest(
                                String.join(
                                        ",",
                                        ZipMaker.page("index.md", "Home", "/", HOME),
                                        ZipMaker.page("docs/a.md", "A", "/docs/a.html", A),
                                        ZipMaker.page("docs/b.md", "B", "/docs/b.html", B)),
                                String.join(
                                        ",",
                                        ZipMaker.asset("pics/logo.png", LOGO),
                                        ZipMaker.asset("pics/x.png", X),
                                        ZipMaker.asset("pics/shared.png", SHARED),
                                        ZipMaker.asset("pics/banner.png", LAYOUT_ONLY))))
                .add("content/index.md", home)
                .add("content/docs/a.md", A)
                .add("content/docs/b.md", B)
                .add("content/pics/logo.png", LOGO)
                .add("content/pics/x.png", X)
                .add("content/pics/shared.png", SHARED)
                .add("content/pics/banner.png", LAYOUT_ONLY)
                .write(dir.resolve(name));
    }

    private Unpacker.Result unpack(Path out, Path site, PageSelection selection, Path zip) throws Exception {
        return new Unpacker()
                .unpack(new Unpacker.Request(
                        List.of(new Unpacker.Source("g:a:1", zip)), out, null, false, site, "", null, selection));
    }

    @Test
    void leavingOutTheHomePageAvoidsTheCollisionAndItsImage() throws Exception {
        Path site = dir.resolve("site");
        SiteFixture.in(site).page("index.md", "title: My home", "# Mine\n");
        Path zip = artifact("c.zip", HOME);
        assertThatThrownBy(() -> unpack(site, site, PageSelection.ALL, zip))
                .hasMessageContaining("URL / is claimed by index.md (this site) and index.md (g:a:1)");

        Unpacker.Result r = unpack(site, site, PageSelection.of(List.of(), List.of("index.md")), zip);
        assertThat(r.written())
                .containsExactly("docs/a.md", "docs/b.md", "pics/banner.png", "pics/shared.png", "pics/x.png");
        assertThat(r.leftOut()).containsExactly("index.md", "pics/logo.png");
        assertThat(site.resolve("index.md")).hasContent("---\ntitle: My home\n---\n# Mine");
        assertThat(site.resolve("pics/logo.png")).doesNotExist();
        // an image no page names may come from a layout or Liquid: it stays
        assertThat(Files.readAllBytes(site.resolve("pics/banner.png"))).isEqualTo(LAYOUT_ONLY);
        assertThat(Files.readString(site.resolve(UnpackRecord.FILE)))
                .doesNotContain("\"path\" : \"index.md\"")
                .contains("\"path\" : \"docs/a.md\"");
    }

    @Test
    void includesSelectPagesAndAnImageAKeptPageShowsStays() throws Exception {
        Path out = dir.resolve("out");
        Unpacker.Result r =
                unpack(out, null, PageSelection.of(List.of("docs/**"), List.of("docs/a.md")), artifact("c.zip", HOME));
        assertThat(r.written()).containsExactly("docs/b.md", "pics/banner.png", "pics/shared.png");
        assertThat(r.leftOut()).containsExactlyInAnyOrder("index.md", "docs/a.md", "pics/logo.png", "pics/x.png");
    }

    @Test
    void aLeftOutPageIsStillVerifiedAgainstTheManifest() throws Exception {
        Path out = dir.resolve("out");
        Path tampered = artifact("t.zip", HOME.replace("Home", "Changed"));
        assertThatThrownBy(() -> unpack(out, null, PageSelection.of(List.of(), List.of("index.md")), tampered))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("'content/index.md' does not match its sha256");
        assertThat(out.resolve("docs")).doesNotExist();
    }

    @Test
    void aPatternThatMatchesNoPageIsRefused() throws Exception {
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> unpack(
                        out, null, PageSelection.of(List.of(), List.of("/docs/old/**")), artifact("c.zip", HOME)))
                .hasMessageContaining("pattern(s) [docs/old/**] match no page of g:a:1, nothing was unpacked");
        assertThat(out.resolve("docs")).doesNotExist();
    }

    @Test
    void pagesLeftOutLaterAreRemovedWhenUnpackedBefore() throws Exception {
        Path out = dir.resolve("out");
        Path zip = artifact("c.zip", HOME);
        unpack(out, null, PageSelection.ALL, zip);
        assertThat(out.resolve("index.md")).exists();
        Unpacker.Result r = unpack(out, null, PageSelection.of(List.of(), List.of("index.md")), zip);
        assertThat(r.removed()).containsExactlyInAnyOrder("index.md", "pics/logo.png");
        assertThat(out.resolve("index.md")).doesNotExist();
        assertThat(out.resolve("docs/a.md")).exists();
    }
}
