package io.github.faqkit.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which {@code defaults:} scope paths apply to a page, and which of two entries wins, as Jekyll's FrontmatterDefaults
 * decides (recorded by scripts/defaults-golden for Jekyll 4.3 and 3.10). A plain scope path applies under Jekyll 4 to
 * every path that starts with it as text ({@code guide} also to {@code guide-old/…}, {@code /docs} to nothing: the
 * page path has no leading slash), under Jekyll 3 to the path and what lies in it, folder by folder ({@code docs/}
 * to nothing). A scope path with {@code *} is globbed in the site source, and the entry applies to every path under
 * a match: a page applies when its path or one of its folders matches ({@code *} gives every page).
 */
final class DefaultScopes {
    /** Compiled scope globs; a site has a handful, the bound only keeps arbitrary input from growing it. */
    private static final Map<String, List<Glob>> GLOBS = new ConcurrentHashMap<>();

    private static final int MAX_CACHED = 256;

    /** Beyond this many {@code **}{@code /} in one pattern, the variants without some of them are not tried. */
    private static final int MAX_GLOBSTARS = 4;

    private DefaultScopes() {}

    static boolean applies(String scope, String path, int jekyllMajor) {
        if (scope == null || scope.isEmpty()) {
            return true;
        }
        if (!scope.contains("*")) {
            // Jekyll 3 compares the scope with the path and each of its folders (Pathname#ascend)
            return jekyllMajor >= 4 ? path.startsWith(scope) : underFolder(path, scope, false, List.of());
        }
        if (scope.startsWith("/") && jekyllMajor >= 4) {
            // Pathname#join with an absolute path drops the site source: the glob looks at the disk's root (Jekyll 3
            // joins the text, and the doubled slash is harmless)
            return false;
        }
        boolean foldersOnly = scope.endsWith("/"); // Dir.glob("docs/*/") lists folders only
        return underFolder(path, null, foldersOnly, globs(Glob.trimSlashes(scope)));
    }

    /**
     * Whether the path or one of its folders equals {@code plain} or matches one of {@code globs}; with
     * {@code foldersOnly} the path itself does not count.
     */
    private static boolean underFolder(String path, String plain, boolean foldersOnly, List<Glob> globs) {
        for (int end = path.indexOf('/'); ; end = path.indexOf('/', end + 1)) {
            String prefix = end < 0 ? path : path.substring(0, end);
            if (end >= 0 || !foldersOnly) {
                if (prefix.equals(plain)) {
                    return true;
                }
                for (Glob g : globs) {
                    if (g.matches(prefix)) {
                        return true;
                    }
                }
            }
            if (end < 0) {
                return false;
            }
        }
    }

    /**
     * Whether an entry with scope path {@code newPath} (and a type or not) overrides a value an earlier entry with
     * {@code oldPath} gave: the longer scope path wins, at equal length the one with a type, else the later one.
     */
    static boolean overrides(String oldPath, boolean oldTyped, String newPath, boolean newTyped) {
        int o = sanitizedLength(oldPath);
        int n = sanitizedLength(newPath);
        if (o != n) {
            return n > o;
        }
        return newTyped || !oldTyped;
    }

    private static int sanitizedLength(String p) {
        return p == null ? 0 : p.startsWith("/") ? p.length() - 1 : p.length();
    }

    /** The pattern, and its variants without some {@code **}{@code /}: in Ruby's Dir.glob that matches no folder. */
    private static List<Glob> globs(String pattern) {
        List<Glob> cached = GLOBS.get(pattern);
        if (cached != null) {
            return cached;
        }
        List<String> variants = variants(pattern, MAX_GLOBSTARS);
        List<Glob> out = new ArrayList<>(variants.size());
        variants.forEach(v -> out.add(Glob.compile(v)));
        if (GLOBS.size() < MAX_CACHED) {
            GLOBS.put(pattern, List.copyOf(out));
        }
        return out;
    }

    private static List<String> variants(String pattern, int budget) {
        int at = pattern.indexOf("**/");
        if (at < 0 || budget == 0) {
            return List.of(pattern);
        }
        List<String> out = new ArrayList<>();
        for (String rest : variants(pattern.substring(at + 3), budget - 1)) {
            out.add(pattern.substring(0, at + 3) + rest);
            out.add(pattern.substring(0, at) + rest);
        }
        return out;
    }
}
