package io.github.faqkit.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.faqkit.testing.SiteFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnpackerTest {
    @TempDir
    Path dir;

    private static final String A = "---\ntitle: A\n---\nsee ![x](/pics/x.png)\n";
    private static final byte[] X = {1, 2, 3};

    private Path good(String name) throws Exception {
        return new ZipMaker()
                .add(
                        Manifest.ENTRY,
                        ZipMaker.manifest(
                                ZipMaker.page("docs/a.md", "A", "/docs/a.html", A), ZipMaker.asset("pics/x.png", X)))
                .add("content/docs/a.md", A)
                .add("content/pics/x.png", X)
                .write(dir.resolve(name));
    }

    private Unpacker.Result unpack(Path out, boolean overwrite, String mount, Path site, Path... zips)
            throws Exception {
        List<Unpacker.Source> sources = Stream.of(zips)
                .map(z -> new Unpacker.Source(z.getFileName().toString(), z))
                .toList();
        return new Unpacker().unpack(new Unpacker.Request(sources, out, mount, overwrite, site, "", null));
    }

    private static List<Path> filesUnder(Path out) throws Exception {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void hostileArchiveIsRefusedWithEveryProblemAndNothingIsWritten() throws Exception {
        Path zip = new ZipMaker()
                .add(Manifest.ENTRY, ZipMaker.manifest(ZipMaker.page("docs/a.md", "A", "/docs/a.html", A), ""))
                .add("content/docs/a.md", A.replace("A", "Tampered"))
                .add("content/../../evil.md", "evil")
                .add("/abs/evil.md", "evil")
                .write(dir.resolve("bad.zip"));
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> unpack(out, false, null, null, zip))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("bad.zip is refused, nothing was unpacked")
                .hasMessageContaining("'content/docs/a.md' does not match its sha256")
                .hasMessageContaining("'content/../../evil.md' climbs out of the output directory")
                .hasMessageContaining("'/abs/evil.md' is an absolute path");
        assertThat(filesUnder(out)).isEmpty();
        assertThat(dir.resolve("evil.md")).doesNotExist();
        assertThat(Files.list(out).toList()).isEmpty();
    }

    @Test
    void linksDuplicatesAndUnlistedEntriesAreRefused() throws Exception {
        Path zip = new ZipMaker()
                .add(Manifest.ENTRY, ZipMaker.manifest(ZipMaker.page("docs/a.md", "A", "/docs/a.html", A), ""))
                .add("content/docs/a.md", A)
                .add("content/docs/a.md", "second copy")
                .symlink("content/docs/link.md", "/etc/passwd")
                .add("content/extra.md", "not in the manifest")
                .write(dir.resolve("odd.zip"));
        assertThatThrownBy(() -> unpack(dir.resolve("out"), false, null, null, zip))
                .hasMessageContaining("'content/docs/a.md' appears more than once")
                .hasMessageContaining("'content/docs/link.md' is a symbolic link")
                .hasMessageContaining("'content/extra.md' is not listed in the manifest");
    }

    @Test
    void missingManifestAndMissingFilesAreRefused() throws Exception {
        Path noManifest = new ZipMaker().add("content/a.md", A).write(dir.resolve("plain.zip"));
        assertThatThrownBy(() -> unpack(dir.resolve("o1"), false, null, null, noManifest))
                .hasMessageContaining("has no META-INF/faq/manifest.json");
        Path missing = new ZipMaker()
                .add(Manifest.ENTRY, ZipMaker.manifest("", ZipMaker.asset("pics/x.png", X)))
                .write(dir.resolve("missing.zip"));
        assertThatThrownBy(() -> unpack(dir.resolve("o2"), false, null, null, missing))
                .hasMessageContaining("'pics/x.png' is listed in the manifest but missing");
    }

    @Test
    void zipBombIsStoppedByTheInflatedSize() throws Exception {
        byte[] zeros = new byte[3 << 20];
        Path zip = new ZipMaker()
                .add(Manifest.ENTRY, ZipMaker.manifest("", ZipMaker.asset("big.bin", zeros)))
                .add("content/big.bin", zeros)
                .write(dir.resolve("bomb.zip"));
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> new Unpacker()
                        .unpack(new Unpacker.Request(
                                List.of(new Unpacker.Source("bomb", zip)),
                                out,
                                null,
                                false,
                                null,
                                "",
                                ArchiveLimits.defaults())))
                .hasMessageContaining("inflates more than 200 times its compressed size");
        assertThat(filesUnder(out)).isEmpty();
        assertThatThrownBy(() -> new Unpacker()
                        .unpack(new Unpacker.Request(
                                List.of(new Unpacker.Source("bomb", zip)),
                                out,
                                null,
                                false,
                                null,
                                "",
                                new ArchiveLimits(10, 1 << 20, 1 << 30, 1_000_000, 1 << 30))))
                .hasMessageContaining("inflates beyond the size limit");
    }

    @Test
    void aLargeSiteFitsTheDefaultLimits() throws Exception {
        // more entries than the old limit of 20,000, which refused the package of a 10,000-page site
        ZipMaker zip = new ZipMaker();
        StringBuilder assets = new StringBuilder();
        for (int i = 0; i < 25_000; i++) {
            byte[] png = {(byte) i, (byte) (i >> 8), (byte) (i >> 16)};
            assets.append(i == 0 ? "" : ",").append(ZipMaker.asset("pics/p" + i + ".png", png));
            zip.add("content/pics/p" + i + ".png", png);
        }
        zip.add(
                        Manifest.ENTRY,
                        ZipMaker.manifest(ZipMaker.page("docs/a.md", "A", "/docs/a.html", A), assets.toString()))
                .add("content/docs/a.md", A);
        Path out = dir.resolve("out");
        assertThat(unpack(out, false, null, null, zip.write(dir.resolve("large.zip")))
                        .written())
                .hasSize(25_001);
    }

    @Test
    void unpacksRecordsAndReplacesOnlyItsOwnFiles() throws Exception {
        Path out = dir.resolve("out");
        unpack(out, false, null, null, good("c.zip"));
        assertThat(out.resolve("docs/a.md")).hasContent(A.strip());
        assertThat(Files.readAllBytes(out.resolve("pics/x.png"))).isEqualTo(X);
        assertThat(Files.readString(out.resolve(UnpackRecord.FILE))).contains("\"path\" : \"docs/a.md\"");

        // Again: the files are ours, so this is fine.
        assertThat(unpack(out, false, null, null, good("c.zip")).written()).hasSize(2);

        // A hand edit makes the file the user's: refused, untouched, unless overwrite=true.
        Files.writeString(out.resolve("docs/a.md"), "my edit");
        assertThatThrownBy(() -> unpack(out, false, null, null, good("c.zip")))
                .hasMessageContaining("'docs/a.md' was changed since faq:unpack wrote it");
        assertThat(out.resolve("docs/a.md")).hasContent("my edit");
        unpack(out, true, null, null, good("c.zip"));
        assertThat(out.resolve("docs/a.md")).hasContent(A.strip());
        assertThat(Files.list(out).map(p -> p.getFileName().toString()).toList())
                .containsExactlyInAnyOrder("docs", "pics", UnpackRecord.FILE);
    }

    @Test
    void foreignFileIsNeverOverwrittenByDefault() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("pics"));
        Files.write(out.resolve("pics/x.png"), new byte[] {42});
        assertThatThrownBy(() -> unpack(out, false, null, null, good("c.zip")))
                .hasMessageContaining("'pics/x.png' already exists and was not written by faq:unpack");
        assertThat(Files.readAllBytes(out.resolve("pics/x.png"))).containsExactly(42);
        assertThat(out.resolve("docs")).doesNotExist();
    }

    @Test
    void twoArtifactsClaimingOneUrlFailNamingBoth() throws Exception {
        String b = "---\ntitle: B\npermalink: /docs/a.html\n---\nb\n";
        Path other = new ZipMaker()
                .add(
                        Manifest.ENTRY,
                        ZipMaker.manifest(
                                ZipMaker.page("other/b.md", "B", "/docs/a.html", b)
                                        .replace("\"title\"", "\"permalink\":\"/docs/a.html\",\"title\""),
                                ""))
                .add("content/other/b.md", b)
                .write(dir.resolve("other.zip"));
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> unpack(out, false, null, null, good("c.zip"), other))
                .hasMessageContaining("URL /docs/a.html is claimed by docs/a.md (c.zip) and other/b.md (other.zip)")
                .hasMessageContaining("nothing was unpacked");
        assertThat(out.resolve("docs")).doesNotExist();
    }

    @Test
    void collisionWithTheSitesOwnPage() throws Exception {
        SiteFixture.in(dir.resolve("site")).page("docs/a.md", "title: Mine", "mine\n");
        Path site = dir.resolve("site");
        assertThatThrownBy(() -> unpack(site, false, null, site, good("c.zip")))
                .hasMessageContaining("'docs/a.md' is provided by this site and c.zip")
                .hasMessageContaining("URL /docs/a.html is claimed by docs/a.md (this site) and docs/a.md (c.zip)");
        assertThat(site.resolve("docs/a.md")).hasContent("---\ntitle: Mine\n---\nmine");
    }

    @Test
    void mountPathMovesFilesAndRewritesRootRelativeReferences() throws Exception {
        SiteFixture.in(dir.resolve("site")).page("docs/a.md", "title: Mine", "mine\n");
        Path site = dir.resolve("site");
        unpack(site, false, "/shared/", site, good("c.zip"));
        assertThat(site.resolve("shared/docs/a.md")).hasContent("---\ntitle: A\n---\nsee ![x](/shared/pics/x.png)");
        assertThat(Files.readAllBytes(site.resolve("shared/pics/x.png"))).isEqualTo(X);
        assertThat(site.resolve("docs/a.md")).hasContent("---\ntitle: Mine\n---\nmine");
        assertThat(Files.readString(site.resolve(UnpackRecord.FILE)))
                .contains("\"mountPath\" : \"/shared\"", "\"path\" : \"shared/docs/a.md\"");
        // Re-running over our own (rewritten) files is allowed: the record holds their rewritten checksums.
        unpack(site, false, "/shared/", site, good("c.zip"));
    }

    @Test
    void mountPathThatClimbsIsRefused() throws Exception {
        assertThatThrownBy(() -> unpack(dir.resolve("out"), false, "../up", null, good("c.zip")))
                .hasMessageContaining("mountPath '../up'");
        assertThat(new String(Files.readAllBytes(good("d.zip")), StandardCharsets.ISO_8859_1))
                .isNotEmpty();
    }
}
