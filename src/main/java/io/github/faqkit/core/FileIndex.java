package io.github.faqkit.core;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every file of the site source by exact relative path, and by case-folded path. Lookups never ask
 * the file system, so the verdict is the same on case-insensitive (macOS, Windows) and case-sensitive
 * (Linux hosting) machines.
 *
 * <p>Only the exact lookup is built up front (a hash set: rules ask it for every reference). The sorted
 * and the case-folded indexes are built on first use: on a site without broken references no rule
 * needs them, and a site has tens of thousands of files.
 */
public final class FileIndex {
    private final List<String> all;
    private final Set<String> exact;
    private volatile TreeSet<String> sorted;
    private volatile Map<String, String> folded;

    public FileIndex(List<SourceEntry> entries) {
        String[] paths = new String[entries.size()];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = entries.get(i).path();
        }
        this.all = List.of(paths);
        Set<String> set = new HashSet<>(Math.max(16, paths.length * 4 / 3 + 1));
        Collections.addAll(set, paths);
        this.exact = set;
    }

    public boolean exists(String path) {
        return exact.contains(path);
    }

    /** The real path of a file that matches {@code path} only when letter case is ignored, or null. */
    public String caseVariant(String path) {
        String real = folded().get(path.toLowerCase(Locale.ROOT));
        return real != null && !real.equals(path) ? real : null;
    }

    /** True when some file lives under this folder (so a URL ending in '/' can be served). */
    public boolean isDirectory(String dir) {
        String prefix = dir.endsWith("/") ? dir : dir + "/";
        TreeSet<String> s = sorted();
        String next = s.ceiling(prefix);
        return prefix.equals("/") ? !s.isEmpty() : next != null && next.startsWith(prefix);
    }

    /** Every path, in sorted order. */
    public Set<String> paths() {
        return Collections.unmodifiableSortedSet(sorted());
    }

    private TreeSet<String> sorted() {
        TreeSet<String> s = sorted;
        if (s == null) {
            synchronized (this) {
                s = sorted;
                if (s == null) {
                    s = new TreeSet<>(all);
                    sorted = s;
                }
            }
        }
        return s;
    }

    /** Case-folded path to the first file (in the order given) with that folded path. */
    private Map<String, String> folded() {
        Map<String, String> f = folded;
        if (f == null) {
            synchronized (this) {
                f = folded;
                if (f == null) {
                    f = new HashMap<>(Math.max(16, all.size() * 4 / 3 + 1));
                    for (String p : all) {
                        f.putIfAbsent(p.toLowerCase(Locale.ROOT), p);
                    }
                    folded = f;
                }
            }
        }
        return f;
    }
}
