package io.github.faqkit.rerun;

import io.github.faqkit.core.AtomicFiles;
import io.github.faqkit.pack.ArchiveWriter;
import io.github.faqkit.pack.Compression;
import io.github.faqkit.pack.ContentPackage;
import io.github.faqkit.pack.KeptChecksums;
import io.github.faqkit.pack.Manifest;
import io.github.faqkit.pack.ManifestBuilder;
import io.github.faqkit.pack.PackException;
import io.github.faqkit.pack.PreparedFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.SortedMap;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The manifest of the last package, kept in the cache directory with the key of everything it was made
 * from (the validation's input fingerprint and the coordinates), and the {@link KeptChecksums} of its files.
 * When the validation of a later build is taken over from an earlier run, it has no pages to build a manifest
 * from; this one is used instead. Its tens of MB of JSON are parsed only when a file's content changed (then
 * the checksums in it are written again); otherwise they are the manifest entry as they are.
 */
public final class PackagePlans {
    static final String KEY_FILE = CacheDirectory.KEPT_MANIFEST_KEY;
    static final String MANIFEST_FILE = CacheDirectory.KEPT_MANIFEST;
    static final String CHECKSUMS_FILE = CacheDirectory.KEPT_CHECKSUMS;

    private static final int FORMAT = 1;

    private PackagePlans() {}

    /**
     * A kept manifest: the bytes it was kept as ({@link Manifest#toJson()}), how many pages and assets it
     * lists, and the checksums of its files with their states.
     */
    public record Kept(byte[] json, int pages, int assets, KeptChecksums checksums) {
        /** The manifest itself (parsed: for 10k pages, hundreds of ms and MB). */
        public Manifest manifest() throws PackException {
            return Manifest.parse(json);
        }
    }

    /** The manifest kept under this key, or null (none, another key, unreadable, damaged). */
    public static Kept load(Path cacheDirectory, String key) {
        try {
            String kept = Files.readString(cacheDirectory.resolve(KEY_FILE), StandardCharsets.UTF_8);
            if (!kept.equals(key)) {
                return null;
            }
            byte[] index = Files.readAllBytes(cacheDirectory.resolve(CHECKSUMS_FILE));
            if (index.length < Integer.BYTES || crc32c(index, index.length - Integer.BYTES) != tail(index)) {
                return null;
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(index, 0, index.length - Integer.BYTES));
            if (in.readInt() != FORMAT) {
                return null;
            }
            int pages = in.readInt();
            int assets = in.readInt();
            long jsonSize = in.readLong();
            long jsonCrc = in.readLong();
            KeptChecksums checksums = KeptChecksums.read(in);
            byte[] json = Files.readAllBytes(cacheDirectory.resolve(MANIFEST_FILE));
            if (json.length != jsonSize || crc32(json) != jsonCrc || in.available() != 0) {
                return null;
            }
            return new Kept(json, pages, assets, checksums);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Keeps the package's manifest ({@code json}, its {@link Manifest#toJson()}) and checksums under this key;
     * the key is written last, so a failure leaves no usable plan.
     */
    public static void save(Path cacheDirectory, String key, ContentPackage pkg, byte[] json) throws IOException {
        Files.createDirectories(cacheDirectory);
        Files.deleteIfExists(cacheDirectory.resolve(KEY_FILE));
        AtomicFiles.write(cacheDirectory.resolve(MANIFEST_FILE), json);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(FORMAT);
        out.writeInt(pkg.manifest().pages().size());
        out.writeInt(pkg.manifest().assets().size());
        out.writeLong(json.length);
        out.writeLong(crc32(json));
        KeptChecksums.of(pkg.prepared()).write(out);
        out.flush();
        byte[] index = bytes.toByteArray();
        int crc = (int) crc32c(index, index.length);
        AtomicFiles.write(cacheDirectory.resolve(CHECKSUMS_FILE), o -> {
            o.write(index);
            new DataOutputStream(o).writeInt(crc);
        });
        AtomicFiles.write(cacheDirectory.resolve(KEY_FILE), key.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What packaging again from a kept plan gave: the counts, and when the content changed (or the kept
     * checksums could not be trusted), the new package and its manifest's bytes, to be kept instead.
     */
    public record Repacked(int pages, int assets, ContentPackage changed, byte[] changedJson) {}

    /**
     * Writes the package of {@code plan} again from the files under {@code root}. A file whose state did not
     * move since it was packaged is read once, by the writer; when every file's size and checksum are the kept
     * ones, the kept bytes are the manifest entry. Otherwise the manifest is made again with the new checksums.
     */
    public static Repacked repack(
            Kept plan,
            ManifestBuilder builder,
            Path root,
            Compression compression,
            FileTime time,
            Path target,
            Consumer<String> log)
            throws IOException, PackException {
        SortedMap<String, Path> files = plan.checksums().files(root);
        PreparedFiles prepared = PreparedFiles.prepare(files, compression, plan.checksums());
        if (plan.checksums().sameContent(prepared)) {
            try {
                ArchiveWriter.write(files, prepared, plan.json(), time, target);
                return new Repacked(plan.pages(), plan.assets(), null, null);
            } catch (KeptChecksums.Stale e) {
                log.accept("faq: " + e.getMessage() + "; every file is read and checksummed again");
                prepared = PreparedFiles.prepare(files, compression);
            }
        }
        ContentPackage pkg = builder.rebuild(plan.manifest(), files, prepared);
        byte[] json = pkg.manifest().toJson();
        ArchiveWriter.write(pkg, time, target, json);
        return new Repacked(
                pkg.manifest().pages().size(), pkg.manifest().assets().size(), pkg, json);
    }

    private static long crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    private static long crc32c(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return crc.getValue() & 0xffffffffL;
    }

    private static long tail(byte[] bytes) {
        int n = bytes.length;
        return ((bytes[n - 4] & 0xffL) << 24)
                | ((bytes[n - 3] & 0xffL) << 16)
                | ((bytes[n - 2] & 0xffL) << 8)
                | (bytes[n - 1] & 0xffL);
    }
}
