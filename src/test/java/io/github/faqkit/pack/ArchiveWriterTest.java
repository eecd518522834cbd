package io.github.faqkit.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.Validator;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.codehaus.plexus.archiver.ArchiverException;
import org.codehaus.plexus.archiver.zip.ZipArchiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveWriterTest {
    @TempDir
    Path dir;

    private static final FileTime TIME = FileTime.from(Instant.parse("2025-01-01T00:00:00Z"));

    private ContentPackage pkg(Path root) throws Exception {
        var site = new Validator(List.of()).validate(ValidationRequest.of(root)).site();
        return new ManifestBuilder("g", "a", "1", p -> p.path().equals("docs/b.md")
                ? List.of(ManifestBuilderTest.img("../pics/x.png")) : List.of()).build(site);
    }

    /** A failure half-way through writing leaves the previous archive as it was and no partial file. */
    @Test
    void aFailureMidWriteLeavesNoPartialZip() throws Exception {
        Path src = dir.resolve("site");
        SiteFixture.in(src).page("a.md", "title: A", "a\n");
        Path target = dir.resolve("out.zip");
        Files.write(target, new byte[] {42});
        ZipArchiver failing = new ZipArchiver() {
            @Override
            protected void execute() throws IOException {
                Files.write(getDestFile().toPath(), new byte[] {'P', 'K', 3, 4, 0, 0});
                throw new ArchiverException("disk full (simulated)");
            }
        };

        assertThatThrownBy(() -> ArchiveWriter.write(pkg(src), failing, TIME, target))
                .isInstanceOf(PackException.class).hasMessageContaining("disk full");
        assertThat(Files.readAllBytes(target)).containsExactly(42);
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp").isDirectoryNotContaining("glob:**.faq-manifest*");
    }

    @Test
    void twoBuildsAreByteIdenticalWhateverTheFileTimes() throws Exception {
        Path src = dir.resolve("site");
        SiteFixture.in(src).page("docs/b.md", "title: B", "![x](../pics/x.png)\n").page("a.md", "title: A", "a\n")
                .bytes("pics/x.png", new byte[] {1, 2, 3});
        Path one = dir.resolve("one.zip");
        ArchiveWriter.write(pkg(src), new ZipArchiver(), TIME, one);
        Files.setLastModifiedTime(src.resolve("a.md"), FileTime.from(Instant.parse("2030-05-05T10:00:00Z")));
        Path two = dir.resolve("two.zip");
        ArchiveWriter.write(pkg(src), new ZipArchiver(), TIME, two);

        assertThat(Sha256.of(two)).isEqualTo(Sha256.of(one));
        try (ZipFile zf = ZipFile.builder().setPath(one).get()) {
            List<String> names = new ArrayList<>();
            for (ZipArchiveEntry e : Collections.list(zf.getEntries())) {
                if (!e.isDirectory()) {
                    names.add(e.getName());
                    assertThat(e.getUnixMode() & 0777).isEqualTo(0644);
                }
                assertThat(e.getLastModifiedTime().toInstant()).isEqualTo(TIME.toInstant());
            }
            assertThat(names).containsExactly("META-INF/faq/manifest.json", "content/a.md", "content/docs/b.md",
                    "content/pics/x.png");
        }
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void writtenArchiveUnpacksAndVerifies() throws Exception {
        Path src = dir.resolve("site");
        SiteFixture.in(src).page("docs/b.md", "title: B", "![x](../pics/x.png)\n").bytes("pics/x.png", new byte[] {7});
        Path zip = dir.resolve("c.zip");
        ArchiveWriter.write(pkg(src), new ZipArchiver(), TIME, zip);
        Path out = dir.resolve("out");
        var result = new Unpacker().unpack(new Unpacker.Request(List.of(new Unpacker.Source("g:a:1", zip)), out, null,
                false, null, "", null));
        assertThat(result.written()).containsExactly("docs/b.md", "pics/x.png");
        assertThat(Files.readAllBytes(out.resolve("docs/b.md"))).isEqualTo(Files.readAllBytes(src.resolve("docs/b.md")));
        assertThat(UnpackRecord.read(out).checksums()).containsOnlyKeys("docs/b.md", "pics/x.png");
        assertThat(Map.copyOf(UnpackRecord.read(out).checksums())).containsEntry("pics/x.png",
                Sha256.hex(new byte[] {7}));
    }
}
