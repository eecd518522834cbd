package io.github.faqkit.rules;

import java.util.Locale;
import java.util.Set;

/** Which files count as images. */
public final class Images {
    private static final Set<String> EXTENSIONS =
            Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "bmp", "ico", "tif", "tiff");

    private Images() {}

    public static boolean isImage(String path) {
        int dot = path.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
