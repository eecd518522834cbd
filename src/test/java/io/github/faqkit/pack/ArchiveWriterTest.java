package io.github.faqkit.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.faqkit.core.Sha256;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveWriterTest {
    @TempDir
    Path dir;

    private static final FileTime TIME = FileTime.from(Instant.parse("2025-01-01T00:00:00Z"));

    private ContentPackage pkg(Path root, Compression compression) throws Exception {
        var site = SiteFixture.in(root).loadSite();
        return new ManifestBuilder(
                        "g",
                        "a",
                        "1",
                        p -> p.path().equals("docs/b.md")
                                ? List.of(
                                        ManifestBuilderTest.img("../pics/x.png"),
                                        ManifestBuilderTest.link("../files/big.pdf"),
                                        ManifestBuilderTest.link("../files/big.txt"))
                                : List.of())
                .build(site, compression);
    }

    private ContentPackage pkg(Path root) throws Exception {
        return pkg(root, Compression.defaults());
    }

    /** The same package with nothing kept in memory: the writer reads every file again. */
    private static ContentPackage rereading(ContentPackage pkg, Compression compression) throws Exception {
        return new ContentPackage(pkg.manifest(), pkg.files(), PreparedFiles.prepare(pkg.files(), compression, 0));
    }

    private static String text(int lines, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append("Question ")
                    .append(r.nextInt(1000))
                    .append(": how do I reset the ")
                    .append(r.nextInt(50))
                    .append(" 设置 of the device? ")
                    .append(Long.toHexString(r.nextLong()))
                    .append('\n');
        }
        return sb.toString();
    }

    private SiteFixture richSite(Path src) {
        byte[] noise = new byte[3000];
        new Random(7).nextBytes(noise);
        SiteFixture f = SiteFixture.in(src)
                .page("docs/b.md", "title: B", "![x](../pics/x.png) [pdf](../files/big.pdf)\n" + text(200, 1))
                .page("a.md", "title: A", "a\n")
                .bytes("pics/x.png", text(100, 2).getBytes(StandardCharsets.UTF_8))
                .bytes("files/big.pdf", noise);
        for (int i = 0; i < 40; i++) {
            f.page("docs/p" + i + ".md", "title: P" + i, "# Heading " + i + "\n\n" + text(20 + i * 10, i));
        }
        return f;
    }

    /** A failure half-way through writing leaves the previous archive as it was and no partial file. */
    @Test
    void aFileThatVanishesMidWriteLeavesNoPartialZip() throws Exception {
        Path src = dir.resolve("site");
        richSite(src);
        ContentPackage pkg = rereading(pkg(src), new Compression(1, 2));
        Path target = dir.resolve("out.zip");
        Files.write(target, new byte[] {42});
        Files.delete(src.resolve("docs/p30.md"));

        assertThatThrownBy(() -> ArchiveWriter.write(pkg, TIME, target)).isInstanceOf(NoSuchFileException.class);
        assertThat(Files.readAllBytes(target)).containsExactly(42);
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    /** The manifest promises checksums; a file edited between hashing and writing must not break that promise. */
    @Test
    void aFileChangedAfterHashingFailsThePackaging() throws Exception {
        Path src = dir.resolve("site");
        richSite(src);
        ContentPackage pkg = rereading(pkg(src), new Compression(1, 2));
        Path target = dir.resolve("out.zip");
        Files.writeString(src.resolve("docs/p3.md"), "edited\n");

        assertThatThrownBy(() -> ArchiveWriter.write(pkg, TIME, target))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("'docs/p3.md' changed while it was being packaged");
        assertThat(dir).isDirectoryNotContaining("glob:**.zip").isDirectoryNotContaining("glob:**.tmp");
    }

    /** At level 0 every file is copied by the writer straight from disk, small ones too, and still verified. */
    @Test
    void aStoredFileChangedAfterHashingFailsThePackaging() throws Exception {
        Path src = dir.resolve("site");
        richSite(src);
        ContentPackage pkg = pkg(src, new Compression(0, 2));
        Path target = dir.resolve("out.zip");
        Files.writeString(src.resolve("docs/p3.md"), "edited\n");

        assertThatThrownBy(() -> ArchiveWriter.write(pkg, TIME, target))
                .isInstanceOf(PackException.class)
                .isNotInstanceOf(KeptChecksums.Stale.class)
                .hasMessageContaining("'docs/p3.md' changed while it was being packaged");
        assertThat(dir).isDirectoryNotContaining("glob:**.zip").isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void twoBuildsAreByteIdenticalWhateverTheFileTimes() throws Exception {
        Path src = dir.resolve("site");
        SiteFixture.in(src)
                .page("docs/b.md", "title: B", "![x](../pics/x.png)\n")
                .page("a.md", "title: A", "a\n")
                .bytes("pics/x.png", new byte[] {1, 2, 3});
        Path one = dir.resolve("one.zip");
        ArchiveWriter.write(pkg(src), TIME, one);
        Files.setLastModifiedTime(src.resolve("a.md"), FileTime.from(Instant.parse("2030-05-05T10:00:00Z")));
        Path two = dir.resolve("two.zip");
        ArchiveWriter.write(pkg(src), TIME, two);

        assertThat(Sha256.of(two)).isEqualTo(Sha256.of(one));
        try (ZipFile zf = ZipFile.builder().setPath(one).get()) {
            List<String> names = new ArrayList<>();
            for (ZipArchiveEntry e : Collections.list(zf.getEntries())) {
                names.add(e.getName());
                assertThat(e.getUnixMode()).isEqualTo(0100644);
                assertThat(e.getExtraFields()).isEmpty();
                assertThat(e.getLastModifiedTime().toInstant())
                        .isEqualTo(Instant.ofEpochMilli(ArchiveWriter.dosTime(TIME)));
            }
            assertThat(names)
                    .containsExactly(
                            "META-INF/faq/manifest.json", "content/a.md", "content/docs/b.md", "content/pics/x.png");
        }
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    /** Threads and the memory budget change who reads and compresses what, never the bytes. */
    @Test
    void byteIdenticalWhateverTheThreadCountAndMemoryBudget() throws Exception {
        Path src = dir.resolve("site");
        richSite(src);
        Map<String, String> shas = new LinkedHashMap<>();
        for (Compression c : List.of(new Compression(1, 1), new Compression(1, 4), new Compression(1, 3))) {
            ContentPackage pkg = pkg(src, c);
            Path inMemory = dir.resolve("mem-" + c.threads() + ".zip");
            ArchiveWriter.write(pkg, TIME, inMemory);
            shas.put(inMemory.getFileName().toString(), Sha256.of(inMemory));
            Path reread = dir.resolve("reread-" + c.threads() + ".zip");
            ArchiveWriter.write(rereading(pkg, c), TIME, reread);
            shas.put(reread.getFileName().toString(), Sha256.of(reread));
        }
        assertThat(shas).hasSize(6);
        assertThat(Set.copyOf(shas.values())).hasSize(1);
    }

    /** Text is deflated, compressed formats and what deflate cannot shrink are stored; level 0 stores all. */
    @Test
    void storesCompressedFormatsAndDeflatesText() throws Exception {
        Path src = dir.resolve("site");
        richSite(src);
        Path zip = dir.resolve("c.zip");
        ArchiveWriter.write(pkg(src), TIME, zip);
        Map<String, Integer> methods = methods(zip);
        assertThat(methods)
                .containsEntry("META-INF/faq/manifest.json", ZipEntry.DEFLATED)
                .containsEntry("content/docs/b.md", ZipEntry.DEFLATED)
                // compressible bytes, but a .png is compressed already as far as the writer knows
                .containsEntry("content/pics/x.png", ZipEntry.STORED)
                // random bytes: deflate would make them larger
                .containsEntry("content/files/big.pdf", ZipEntry.STORED)
                // "a\n" cannot shrink
                .containsEntry("content/a.md", ZipEntry.STORED);

        Path stored = dir.resolve("stored.zip");
        ArchiveWriter.write(pkg(src, Compression.level(0)), TIME, stored);
        assertThat(methods(stored).values()).containsOnly(ZipEntry.STORED);
        assertThat(Files.size(stored)).isGreaterThan(Files.size(zip));
    }

    private static Map<String, Integer> methods(Path zip) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (ZipFile zf = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry e : Collections.list(zf.getEntries())) {
                out.put(e.getName(), e.getMethod());
            }
        }
        return out;
    }

    /** Checksums are taken in the same read that fills the zip: they must describe exactly what it holds. */
    @Test
    void manifestChecksumsAndSizesMatchEveryEntry() throws Exception {
        Path src = dir.resolve("site");
        richSite(src);
        Path zip = dir.resolve("c.zip");
        ArchiveWriter.write(rereading(pkg(src), new Compression(6, 2)), TIME, zip);
        try (ZipFile zf = ZipFile.builder().setPath(zip).get()) {
            Manifest m;
            try (InputStream in = zf.getInputStream(zf.getEntry(Manifest.ENTRY))) {
                m = Manifest.parse(in.readAllBytes());
            }
            Map<String, String> checksums = m.checksums();
            assertThat(checksums).hasSize(44);
            for (Map.Entry<String, String> c : checksums.entrySet()) {
                byte[] content;
                try (InputStream in = zf.getInputStream(zf.getEntry(Manifest.CONTENT_PREFIX + c.getKey()))) {
                    content = in.readAllBytes();
                }
                assertThat(Sha256.hex(content)).as(c.getKey()).isEqualTo(c.getValue());
                assertThat(content).as(c.getKey()).isEqualTo(Files.readAllBytes(src.resolve(c.getKey())));
            }
            assertThat(m.pages()).allSatisfy(p -> assertThat(p.size()).isEqualTo(Files.size(src.resolve(p.path()))));
        }
    }

    /** Files over the in-memory limit take the streaming paths: hashed as a stream, copied or read again. */
    @Test
    void largeFilesAreStreamedAndStillVerified() throws Exception {
        Path src = dir.resolve("site");
        byte[] big = new byte[(int) PreparedFiles.LARGE + 1000];
        new Random(3).nextBytes(big);
        byte[] bigText = text((int) (PreparedFiles.LARGE / 60), 9).getBytes(StandardCharsets.UTF_8);
        assertThat(bigText.length).isGreaterThan((int) PreparedFiles.LARGE);
        SiteFixture.in(src)
                .page("docs/b.md", "title: B", "![x](../pics/x.png)\n" + text(10, 1))
                .bytes("pics/x.png", big)
                .bytes("files/big.txt", bigText);
        Path zip = dir.resolve("big.zip");
        ArchiveWriter.write(pkg(src), TIME, zip);
        var result = new Unpacker()
                .unpack(new Unpacker.Request(
                        List.of(new Unpacker.Source("g:a:1", zip)), dir.resolve("out"), null, false, null, "", null));
        assertThat(result.written()).containsExactly("docs/b.md", "files/big.txt", "pics/x.png");
        assertThat(Files.readAllBytes(dir.resolve("out/pics/x.png"))).isEqualTo(big);
        assertThat(Files.readAllBytes(dir.resolve("out/files/big.txt"))).isEqualTo(bigText);
        assertThat(methods(zip))
                .containsEntry("content/pics/x.png", ZipEntry.STORED)
                .containsEntry("content/files/big.txt", ZipEntry.DEFLATED);

        ContentPackage hashed = pkg(src);
        big[12345]++;
        Files.write(src.resolve("pics/x.png"), big);
        assertThatThrownBy(() -> ArchiveWriter.write(hashed, TIME, dir.resolve("stale.zip")))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("'pics/x.png' changed");
        assertThat(dir).isDirectoryNotContaining("glob:**stale.zip*");
    }

    @Test
    void writtenArchiveUnpacksAndVerifies() throws Exception {
        Path src = dir.resolve("site");
        SiteFixture.in(src)
                .page("docs/b.md", "title: B", "![x](../pics/x.png)\n")
                .bytes("pics/x.png", new byte[] {7});
        Path zip = dir.resolve("c.zip");
        ArchiveWriter.write(pkg(src), TIME, zip);
        Path out = dir.resolve("out");
        var result = new Unpacker()
                .unpack(new Unpacker.Request(
                        List.of(new Unpacker.Source("g:a:1", zip)), out, null, false, null, "", null));
        assertThat(result.written()).containsExactly("docs/b.md", "pics/x.png");
        assertThat(Files.readAllBytes(out.resolve("docs/b.md")))
                .isEqualTo(Files.readAllBytes(src.resolve("docs/b.md")));
        assertThat(UnpackRecord.read(out).checksums()).containsOnlyKeys("docs/b.md", "pics/x.png");
        assertThat(Map.copyOf(UnpackRecord.read(out).checksums()))
                .containsEntry("pics/x.png", Sha256.hex(new byte[] {7}));
    }
}
