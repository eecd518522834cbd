package io.github.faqkit.rerun;

import io.github.faqkit.core.AtomicFiles;
import io.github.faqkit.pack.Manifest;
import io.github.faqkit.pack.PackException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The manifest of the last package, kept in the cache directory with the key of everything it was made
 * from (the validation's input fingerprint and the coordinates). When the validation of a later build is
 * taken over from an earlier run, it has no pages to build a manifest from; this one is used instead,
 * with sizes and checksums computed again from the files as they are packed.
 */
public final class PackagePlans {
    static final String KEY_FILE = CacheDirectory.KEPT_MANIFEST_KEY;
    static final String MANIFEST_FILE = CacheDirectory.KEPT_MANIFEST;

    private PackagePlans() {}

    /**
     * A kept manifest with the bytes it was kept as ({@link Manifest#toJson()}): an archive whose manifest
     * equals it can take them as its manifest entry instead of writing tens of MB of JSON again.
     */
    public record Kept(Manifest manifest, byte[] json) {}

    /** The manifest kept under this key, or null (none, another key, unreadable). */
    public static Kept load(Path cacheDirectory, String key) {
        try {
            String kept = Files.readString(cacheDirectory.resolve(KEY_FILE), StandardCharsets.UTF_8);
            if (!kept.equals(key)) {
                return null;
            }
            byte[] json = Files.readAllBytes(cacheDirectory.resolve(MANIFEST_FILE));
            return new Kept(Manifest.parse(json), json);
        } catch (IOException | PackException | RuntimeException e) {
            return null;
        }
    }

    /** Keeps the manifest under this key; the key is written last, so a failure leaves no usable plan. */
    public static void save(Path cacheDirectory, String key, Manifest manifest) throws IOException {
        Files.createDirectories(cacheDirectory);
        Files.deleteIfExists(cacheDirectory.resolve(KEY_FILE));
        AtomicFiles.write(cacheDirectory.resolve(MANIFEST_FILE), manifest.toJson());
        AtomicFiles.write(cacheDirectory.resolve(KEY_FILE), key.getBytes(StandardCharsets.UTF_8));
    }
}
