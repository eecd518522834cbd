package io.github.faqkit.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.rerun.PackagePlans;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A package made again from a kept plan reads each unchanged file once and gives the same archive. */
class KeptChecksumsTest {
    @TempDir
    Path dir;

    private static final FileTime TIME = FileTime.from(Instant.parse("2025-01-01T00:00:00Z"));
    private static final FileTime HOUR_AGO = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);

    private final List<String> log = new ArrayList<>();

    private final ManifestBuilder builder = new ManifestBuilder(
            "g",
            "a",
            "1",
            ManifestBuilderTest.refs(Map.of(
                    "docs/b.md",
                    List.of(ManifestBuilderTest.img("../pics/x.png"), ManifestBuilderTest.link("big.txt")))));

    private Path site() throws IOException {
        Path src = dir.resolve("site");
        SiteFixture.in(src)
                .page("docs/b.md", "title: B", "![x](../pics/x.png) [t](big.txt)\n")
                .page("a.md", "title: A", "a\n")
                .bytes("pics/x.png", new byte[] {1, 2, 3, 4})
                .file("docs/big.txt", "line\n".repeat(5000));
        // edited an hour ago: a stamp taken right after a write is not trusted (same clock tick)
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : files.toList()) {
                Files.setLastModifiedTime(p, HOUR_AGO);
            }
        }
        return src;
    }

    /** Packages the site from its model and keeps the plan; returns the archive's bytes. */
    private byte[] packFresh(Path src, Compression c, Path cache, Path zip) throws Exception {
        ContentPackage pkg = builder.build(SiteFixture.in(src).loadSite(), c);
        byte[] json = pkg.manifest().toJson();
        ArchiveWriter.write(pkg, TIME, zip, json);
        PackagePlans.save(cache, "key", pkg, json);
        return Files.readAllBytes(zip);
    }

    private PackagePlans.Repacked repack(Path src, Compression c, Path cache, Path zip) throws Exception {
        PackagePlans.Kept plan = PackagePlans.load(cache, "key");
        assertThat(plan).isNotNull();
        return PackagePlans.repack(plan, builder, src, c, TIME, zip, log::add);
    }

    @Test
    void unchangedFilesAreTakenOverAndTheArchiveIsTheSameByteForByte() throws Exception {
        Path src = site();
        for (int level : new int[] {0, 1}) {
            Compression c = new Compression(level, 2);
            Path cache = dir.resolve("cache" + level);
            byte[] fresh = packFresh(src, c, cache, dir.resolve("fresh" + level + ".zip"));
            PackagePlans.Kept plan = PackagePlans.load(cache, "key");
            SortedMap<String, Path> files = plan.checksums().files(src);
            assertThat(files)
                    .containsOnlyKeys(
                            "content/a.md", "content/docs/b.md", "content/docs/big.txt", "content/pics/x.png");
            // nothing is read to hash it: every entry's checksums are the kept ones
            assertThat(PreparedFiles.prepare(files, c, plan.checksums())
                            .entries()
                            .values())
                    .allSatisfy(e -> assertThat(e.kept()).isTrue());

            PackagePlans.Repacked again = repack(src, c, cache, dir.resolve("again" + level + ".zip"));
            assertThat(again.changed()).isNull();
            assertThat(again.pages()).isEqualTo(2);
            assertThat(again.assets()).isEqualTo(2);
            assertThat(Files.readAllBytes(dir.resolve("again" + level + ".zip")))
                    .isEqualTo(fresh);
        }
        assertThat(log).isEmpty();
    }

    /** Near-misses: a file whose time moved, or that was written too recently, is read and hashed again. */
    @Test
    void aTouchedOrJustWrittenFileIsReadAgain() throws Exception {
        Path src = site();
        Compression c = new Compression(0, 2);
        Path cache = dir.resolve("cache");
        byte[] fresh = packFresh(src, c, cache, dir.resolve("fresh.zip"));
        Files.setLastModifiedTime(src.resolve("a.md"), FileTime.fromMillis(System.currentTimeMillis() - 60_000L));
        PackagePlans.Kept plan = PackagePlans.load(cache, "key");
        PreparedFiles prepared = PreparedFiles.prepare(plan.checksums().files(src), c, plan.checksums());
        assertThat(prepared.entry("content/a.md").kept()).isFalse();
        assertThat(prepared.entry("content/docs/b.md").kept()).isTrue();
        PackagePlans.Repacked again = repack(src, c, cache, dir.resolve("again.zip"));
        // the same bytes: the kept manifest still holds
        assertThat(again.changed()).isNull();
        assertThat(Files.readAllBytes(dir.resolve("again.zip"))).isEqualTo(fresh);

        // hashed less than the racy margin after its last write: its stamp cannot tell a later write in the same tick
        Path cache2 = dir.resolve("cache2");
        Files.setLastModifiedTime(src.resolve("docs/b.md"), FileTime.fromMillis(System.currentTimeMillis()));
        packFresh(src, c, cache2, dir.resolve("fresh2.zip"));
        PackagePlans.Kept plan2 = PackagePlans.load(cache2, "key");
        PreparedFiles prepared2 = PreparedFiles.prepare(plan2.checksums().files(src), c, plan2.checksums());
        assertThat(prepared2.entry("content/docs/b.md").kept()).isFalse();
        assertThat(prepared2.entry("content/pics/x.png").kept()).isTrue();
        assertThat(log).isEmpty();
    }

    /**
     * A file rewritten with the same size and its old time put back (touch -r, cp -p) is taken over, and the
     * CRC-32 of the bytes the writer stores catches it: every file is hashed again, and the archive is the one a
     * package of the edited content gives.
     */
    @Test
    void aRewriteThatKeepsSizeAndTimeIsCaughtByTheStoredBytes() throws Exception {
        Path src = site();
        for (int level : new int[] {0, 1}) {
            Compression c = new Compression(level, 2);
            Path cache = dir.resolve("cache" + level);
            Path x = src.resolve("pics/x.png");
            Path big = src.resolve("docs/big.txt");
            Files.write(x, new byte[] {1, 2, 3, 4});
            Files.writeString(big, "line\n".repeat(5000));
            Files.setLastModifiedTime(x, HOUR_AGO);
            Files.setLastModifiedTime(big, HOUR_AGO);
            packFresh(src, c, cache, dir.resolve("fresh" + level + ".zip"));
            // the stored image at level 0, the deflated text at level 1
            Path edited = level == 0 ? x : big;
            byte[] bytes = Files.readAllBytes(edited);
            bytes[2] ^= 1;
            Files.write(edited, bytes);
            Files.setLastModifiedTime(edited, HOUR_AGO);
            log.clear();

            Path zip = dir.resolve("again" + level + ".zip");
            PackagePlans.Repacked again = repack(src, c, cache, zip);
            assertThat(log).singleElement().asString().contains("holds other bytes than when it was last packaged");
            assertThat(again.changed()).isNotNull();
            PackagePlans.Kept plan = PackagePlans.load(cache, "key");
            ContentPackage expected = builder.rebuild(plan.manifest(), src, c);
            assertThat(again.changed().manifest()).isEqualTo(expected.manifest());
            ArchiveWriter.write(expected, TIME, dir.resolve("expected" + level + ".zip"));
            assertThat(Files.readAllBytes(zip)).isEqualTo(Files.readAllBytes(dir.resolve("expected" + level + ".zip")));
            assertThat(again.changed()
                            .manifest()
                            .checksums()
                            .get(src.relativize(edited).toString()))
                    .isEqualTo(io.github.faqkit.core.Sha256.hex(bytes));
        }
    }

    /** A plan whose files are damaged or cut short is not used (the next package validates and hashes again). */
    @Test
    void aDamagedPlanIsNotUsed() throws Exception {
        Path src = site();
        Compression c = new Compression(0, 1);
        Path cache = dir.resolve("cache");
        packFresh(src, c, cache, dir.resolve("fresh.zip"));
        Path index = cache.resolve("package-files.bin");
        Path json = cache.resolve("package-manifest.json");
        byte[] good = Files.readAllBytes(index);
        byte[] goodJson = Files.readAllBytes(json);
        assertThat(PackagePlans.load(cache, "key")).isNotNull();
        assertThat(PackagePlans.load(cache, "other")).isNull();

        Files.write(index, java.util.Arrays.copyOf(good, good.length - 9));
        assertThat(PackagePlans.load(cache, "key")).isNull();
        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x10;
        Files.write(index, flipped);
        assertThat(PackagePlans.load(cache, "key")).isNull();
        Files.write(index, good);
        Files.writeString(json, new String(goodJson, StandardCharsets.UTF_8).replace("\"A\"", "\"Z\""));
        assertThat(PackagePlans.load(cache, "key")).isNull();
        Files.write(json, goodJson);
        assertThat(PackagePlans.load(cache, "key")).isNotNull();
    }
}
