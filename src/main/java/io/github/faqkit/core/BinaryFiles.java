package io.github.faqkit.core;

import java.util.Locale;
import java.util.Set;

/**
 * Files by extension that hold no text any check reads (images, fonts, media, archives): only whether they
 * exist matters. The image rules look at their names, never their bytes, so a rerun need not look at them
 * again while their folder lists the same names.
 */
public final class BinaryFiles {
    private static final Set<String> EXTENSIONS = Set.of(
            "png", "jpg", "jpeg", "gif", "webp", "avif", "bmp", "ico", "tif", "tiff", "woff", "woff2", "ttf", "otf",
            "eot", "pdf", "zip", "gz", "mp4", "webm", "mp3");

    private BinaryFiles() {}

    /** True when the file name or path ends in one of the binary extensions (in any case). */
    public static boolean is(String nameOrPath) {
        int dot = nameOrPath.lastIndexOf('.');
        if (dot < 0 || dot < nameOrPath.lastIndexOf('/')) {
            return false;
        }
        return EXTENSIONS.contains(nameOrPath.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
