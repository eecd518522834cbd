package io.github.faqkit.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every file of the site source by exact relative path, and by case-folded path. Lookups never ask
 * the file system, so the verdict is the same on case-insensitive (macOS, Windows) and case-sensitive
 * (Linux hosting) machines.
 *
 * <p>Only the exact lookup is built up front (a hash table: rules ask it for every reference). The sorted
 * and the case-folded indexes are built on first use: on a site without broken references no rule
 * needs them, and a site has tens of thousands of files.
 */
public final class FileIndex {
    private final String[] all;
    /**
     * The paths by hash, open addressing with linear probing, at most half full: a hash set holds a node of 32
     * bytes per path, and a site has hundreds of thousands of files (its images).
     */
    private final String[] table;

    private volatile TreeSet<String> sorted;
    private volatile Map<String, String> folded;

    public FileIndex(List<SourceEntry> entries) {
        String[] paths = new String[entries.size()];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = SourceEntries.pathAt(entries, i);
        }
        this.all = paths;
        this.table = new String[Integer.highestOneBit(Math.max(8, paths.length) * 2 - 1) << 1];
        for (String p : paths) {
            int slot = slot(p);
            if (table[slot] == null) {
                table[slot] = p;
            }
        }
    }

    /** The slot of {@code path}: where it is, or the empty slot where it would be. */
    private int slot(String path) {
        int mask = table.length - 1;
        int h = path.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        while (table[i] != null && !table[i].equals(path)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    public boolean exists(String path) {
        return table[slot(path)] != null;
    }

    /**
     * The index's own string for this path when a file has it, else null: a value that keeps a file's path (a
     * resolved reference) shares it instead of holding a copy.
     */
    public String canonical(String path) {
        return table[slot(path)];
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
    public java.util.SortedSet<String> paths() {
        return Collections.unmodifiableSortedSet(sorted());
    }

    private TreeSet<String> sorted() {
        TreeSet<String> s = sorted;
        if (s == null) {
            synchronized (this) {
                s = sorted;
                if (s == null) {
                    s = new TreeSet<>(Arrays.asList(all));
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
                    f = new HashMap<>(Math.max(16, all.length * 4 / 3 + 1));
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
