package io.github.faqkit.pack;

import java.util.Locale;
import java.util.Set;

/**
 * How a content archive compresses its entries: the deflate level for text and the number of threads
 * that read and compress files. Files in formats that are compressed already are stored as they are:
 * deflating a PNG again costs time and saves next to nothing.
 *
 * @param level 0 (store everything) to 9; 1 is the fastest level that still compresses Markdown well
 * @param threads how many files are read and compressed at once; the archive bytes do not depend on it
 */
public record Compression(int level, int threads) {
    public static final int DEFAULT_LEVEL = 1;

    /** File name extensions (lower case) of formats that carry their own compression. */
    static final Set<String> COMPRESSED_FORMATS = Set.of(
            "png", "jpg", "jpeg", "gif", "webp", "avif", "heic", "heif", "jxl", "ico", "zip", "gz", "tgz", "bz2", "xz",
            "zst", "7z", "rar", "jar", "pdf", "woff", "woff2", "epub", "docx", "xlsx", "pptx", "odt", "ods", "odp",
            "mp3", "m4a", "aac", "ogg", "oga", "opus", "flac", "mp4", "m4v", "mov", "webm", "mkv", "ogv", "avi");

    public Compression {
        if (level < 0 || level > 9) {
            throw new IllegalArgumentException("compression level " + level + " is not between 0 (store) and 9");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    /** Level 1 on every processor. */
    public static Compression defaults() {
        return level(DEFAULT_LEVEL);
    }

    public static Compression level(int level) {
        return new Compression(level, Runtime.getRuntime().availableProcessors());
    }

    /** Whether an entry of this name is worth deflating (it is still stored when deflate does not shrink it). */
    public boolean deflates(String name) {
        if (level == 0) {
            return false;
        }
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot <= slash
                || !COMPRESSED_FORMATS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
