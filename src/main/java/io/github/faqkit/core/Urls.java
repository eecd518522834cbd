package io.github.faqkit.core;

import java.util.Locale;

/** Derives page URLs the way Jekyll 4 does (without {@code baseurl}). */
public final class Urls {
    private Urls() {
    }

    /**
     * URL of a page at {@code path} (relative to the site source) with an optional front matter
     * permalink, under the site permalink style.
     */
    public static String pageUrl(String path, String permalink, String style) {
        String dir = parentDir(path);
        String base = baseName(path);
        if (permalink != null && !permalink.isBlank()) {
            return expand(permalink, dir, base, "/");
        }
        String template = base.equals("index") ? "/:path/" : addSuffix("/:path/:basename", style);
        return expand(template, dir, base, "/");
    }

    /** URL of a document of an output collection ({@code _label/sub/name.md}). */
    public static String documentUrl(String collection, String pathInCollection, String permalink,
            String collectionPermalink, String style) {
        String noExt = stripExtension(pathInCollection);
        String dir = parentDir(pathInCollection);
        String base = baseName(pathInCollection);
        String template = permalink != null && !permalink.isBlank() ? permalink
                : collectionPermalink != null && !collectionPermalink.isBlank() ? collectionPermalink
                : addSuffix("/:collection/:path", style);
        String t = template.replace(":collection", collection).replace(":path", noExt)
                .replace(":name", base).replace(":title", base);
        return expand(t, dir, base, "/");
    }

    /** Jekyll's {@code Utils.add_permalink_suffix}. */
    static String addSuffix(String template, String style) {
        String s = style == null ? "date" : style;
        switch (s) {
            case "pretty":
                return template + "/";
            case "date": case "ordinal": case "none":
                return template + ":output_ext";
            default:
                String t = template;
                if (s.endsWith("/")) {
                    t += "/";
                }
                if (s.endsWith(":output_ext")) {
                    t += ":output_ext";
                }
                return t;
        }
    }

    private static String expand(String template, String dir, String base, String root) {
        String u = template.replace(":path", dir).replace(":basename", base).replace(":output_ext", ".html")
                .replace(":title", base);
        u = u.replaceAll("/{2,}", "/");
        if (!u.startsWith("/")) {
            u = root + u;
        }
        return u;
    }

    /** The folder part of a relative path, "" at the root. */
    static String parentDir(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String baseName(String path) {
        return stripExtension(path.substring(path.lastIndexOf('/') + 1));
    }

    static String stripExtension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 0 && dot > 0 ? path.substring(0, dot) : path;
    }

    /**
     * The file Jekyll writes for a URL, relative to the output root: {@code /a/} → {@code a/index.html},
     * {@code /a/b} → {@code a/b.html}, {@code /a/b.html} → {@code a/b.html}.
     */
    public static String outputPath(String url) {
        String u = url.startsWith("/") ? url.substring(1) : url;
        if (u.isEmpty() || u.endsWith("/")) {
            return u + "index.html";
        }
        String last = u.substring(u.lastIndexOf('/') + 1);
        return last.contains(".") ? u : u + ".html";
    }

    /** The folder a browser resolves relative references against: everything up to the last '/'. */
    public static String directoryOf(String url) {
        int slash = url.lastIndexOf('/');
        return slash < 0 ? "/" : url.substring(0, slash + 1);
    }

    /** Case-folded form for "differ only by letter case" comparisons. */
    public static String folded(String url) {
        return url.toLowerCase(Locale.ROOT);
    }
}
