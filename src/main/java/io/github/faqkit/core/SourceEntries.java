package io.github.faqkit.core;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

/**
 * The files of a scan, immutable, holding a plain static file (not Markdown, in no collection, found at its path
 * under the content directory) by its path alone and building its {@link SourceEntry} when asked: a site has
 * hundreds of thousands of images, and an object each was most of what its file list held.
 */
final class SourceEntries extends AbstractList<SourceEntry> implements RandomAccess {
    private final Path root;
    /** The path of a plain static file under {@link #root}, or the entry itself. */
    private final Object[] slots;

    private SourceEntries(Path root, Object[] slots) {
        this.root = root;
        this.slots = slots;
    }

    /** {@code entries} (found under {@code root}) in this form, in the same order. */
    static List<SourceEntry> of(Path root, List<SourceEntry> entries) {
        Object[] slots = new Object[entries.size()];
        for (int i = 0; i < slots.length; i++) {
            SourceEntry e = entries.get(i);
            slots[i] = e.plainUnder(root) ? e.path() : e;
        }
        return new SourceEntries(root, slots);
    }

    /** The entries that are not Markdown, in the order given: in this form when {@code entries} is. */
    static List<SourceEntry> withoutMarkdown(List<SourceEntry> entries) {
        if (entries instanceof SourceEntries s) {
            List<Object> kept = new ArrayList<>();
            for (Object slot : s.slots) {
                if (slot instanceof String || !((SourceEntry) slot).markdown()) {
                    kept.add(slot);
                }
            }
            return new SourceEntries(s.root, kept.toArray());
        }
        List<SourceEntry> out = new ArrayList<>();
        for (SourceEntry e : entries) {
            if (!e.markdown()) {
                out.add(e);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The path of entry {@code i} of {@code entries}, without building the entry. */
    static String pathAt(List<SourceEntry> entries, int i) {
        if (entries instanceof SourceEntries s) {
            Object slot = s.slots[i];
            return slot instanceof String p ? p : ((SourceEntry) slot).path();
        }
        return entries.get(i).path();
    }

    @Override
    public SourceEntry get(int index) {
        Object slot = slots[index];
        return slot instanceof String p ? SourceEntry.plain(root, p) : (SourceEntry) slot;
    }

    @Override
    public int size() {
        return slots.length;
    }
}
