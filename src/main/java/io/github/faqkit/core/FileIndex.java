package io.github.faqkit.core;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every file of the site source by exact relative path, and by case-folded path. Lookups never ask
 * the file system, so the verdict is the same on case-insensitive (macOS, Windows) and case-sensitive
 * (Linux hosting) machines.
 */
public final class FileIndex {
    private final Set<String> exact = new TreeSet<>();
    private final Map<String, String> folded = new HashMap<>();

    public FileIndex(List<SourceEntry> entries) {
        for (SourceEntry e : entries) {
            exact.add(e.path());
            folded.putIfAbsent(e.path().toLowerCase(Locale.ROOT), e.path());
        }
    }

    public boolean exists(String path) {
        return exact.contains(path);
    }

    /** The real path of a file that matches {@code path} only when letter case is ignored, or null. */
    public String caseVariant(String path) {
        String real = folded.get(path.toLowerCase(Locale.ROOT));
        return real != null && !real.equals(path) ? real : null;
    }

    /** True when some file lives under this folder (so a URL ending in '/' can be served). */
    public boolean isDirectory(String dir) {
        String prefix = dir.endsWith("/") ? dir : dir + "/";
        String next = ((TreeSet<String>) exact).ceiling(prefix);
        return prefix.equals("/") ? !exact.isEmpty() : next != null && next.startsWith(prefix);
    }

    public Set<String> paths() {
        return exact;
    }
}
