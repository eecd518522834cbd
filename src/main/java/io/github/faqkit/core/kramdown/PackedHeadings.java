package io.github.faqkit.core.kramdown;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.faqkit.core.codec.SummaryReader;
import io.github.faqkit.core.codec.SummaryWriter;
import java.io.IOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The headings of a page kept as one string and one int array, as every page summary of a large site holds
 * them (a page has a dozen headings, each with two or three short strings: the objects cost more than the
 * text). Each {@link #get} builds the {@link Heading} again; the list is immutable and equal to any list of
 * the same headings. The TOC entries of the page are a view of the same data ({@link #tocEntries}), since
 * kramdown makes each of them from a heading.
 */
final class PackedHeadings extends AbstractList<Heading> implements RandomAccess {
    /** Per heading: line, column, level and flags, end of text, end of id, end of TOC text, classes. */
    private static final int FIELDS = 7;

    private static final int EXPLICIT = 1 << 8;
    private static final int IN_TOC = 1 << 9;
    private static final int NO_TEXT = 1 << 10;
    /** The TOC text (kramdown's id text) is the display text: not stored twice. */
    private static final int TOC_TEXT_IS_TEXT = 1 << 11;

    /** Every heading's text, id and TOC text, one after the other. */
    private final String chars;

    private final int[] data;
    /** The distinct class lists of the headings (usually none, or {@code [no_toc]}). */
    private final List<List<String>> classes;

    private PackedHeadings(String chars, int[] data, List<List<String>> classes) {
        this.chars = chars;
        this.data = data;
        this.classes = classes;
    }

    /** {@code headings} packed (unchanged when already packed). */
    static List<Heading> of(List<Heading> headings) {
        if (headings instanceof PackedHeadings || headings.isEmpty()) {
            return headings instanceof PackedHeadings ? headings : List.of();
        }
        return pack(headings, null);
    }

    /**
     * The headings packed together with the text each TOC entry shows ({@code tocTexts.get(i)}: of heading
     * {@code i}, null for the display text).
     */
    static PackedHeadings pack(List<Heading> headings, List<String> tocTexts) {
        // sized once: a page with many headings grew the builder through every power of two
        int length = 0;
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            String toc = tocTexts == null ? null : tocTexts.get(i);
            length += (h.text() == null ? 0 : h.text().length())
                    + (h.id() == null ? 0 : h.id().length())
                    + (toc == null ? 0 : toc.length());
        }
        StringBuilder b = new StringBuilder(length);
        int[] data = new int[headings.size() * FIELDS];
        List<List<String>> classes = new ArrayList<>(2);
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            String toc = tocTexts == null ? null : tocTexts.get(i);
            int flags = (h.explicitId() ? EXPLICIT : 0)
                    | (h.inToc() ? IN_TOC : 0)
                    | (h.text() == null ? NO_TEXT : 0)
                    | (toc == null || toc.equals(h.text()) ? TOC_TEXT_IS_TEXT : 0);
            int k = i * FIELDS;
            data[k] = h.line();
            data[k + 1] = h.column();
            data[k + 2] = (h.level() & 0xFF) | flags;
            b.append(h.text() == null ? "" : h.text());
            data[k + 3] = b.length();
            b.append(h.id());
            data[k + 4] = b.length();
            if ((flags & TOC_TEXT_IS_TEXT) == 0) {
                b.append(toc);
            }
            data[k + 5] = b.length();
            int c = classes.indexOf(h.classes());
            if (c < 0) {
                classes.add(List.copyOf(h.classes()));
                c = classes.size() - 1;
            }
            data[k + 6] = c;
        }
        return new PackedHeadings(b.toString(), data, List.copyOf(classes));
    }

    @Override
    public int size() {
        return data.length / FIELDS;
    }

    private int start(int i) {
        return i == 0 ? 0 : data[(i - 1) * FIELDS + 5];
    }

    /**
     * The headings last built on this thread, with the list they came from: the rules check a page one after
     * the other on one thread, so the page's headings are built once for all of them, not once per rule.
     */
    private static final ThreadLocal<Object[]> LAST_BUILT = new ThreadLocal<>();

    @Override
    public Heading get(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException(i);
        }
        Object[] last = LAST_BUILT.get();
        if (last != null && last[0] == this) {
            return ((Heading[]) last[1])[i];
        }
        Heading[] all = new Heading[size()];
        for (int h = 0; h < all.length; h++) {
            all[h] = build(h);
        }
        LAST_BUILT.set(new Object[] {this, all});
        return all[i];
    }

    private Heading build(int i) {
        int k = i * FIELDS;
        int flags = data[k + 2];
        return new Heading(
                data[k],
                data[k + 1],
                flags & 0xFF,
                (flags & NO_TEXT) != 0 ? null : chars.substring(start(i), data[k + 3]),
                id(i),
                classes.get(data[k + 6]),
                (flags & EXPLICIT) != 0,
                (flags & IN_TOC) != 0);
    }

    /** The id of heading {@code i} ("" when it has none). */
    String id(int i) {
        return chars.substring(data[i * FIELDS + 3], data[i * FIELDS + 4]);
    }

    /** True when some heading has exactly this id (without building the headings). */
    boolean hasId(String id) {
        for (int i = 0, n = size(); i < n; i++) {
            int from = data[i * FIELDS + 3];
            int to = data[i * FIELDS + 4];
            if (to - from == id.length() && chars.startsWith(id, from)) {
                return true;
            }
        }
        return false;
    }

    /** The TOC entry kramdown makes of heading {@code i}: its level, id, id text and line. */
    TocEntry tocEntry(int i) {
        int k = i * FIELDS;
        int flags = data[k + 2];
        String text = (flags & TOC_TEXT_IS_TEXT) != 0
                ? ((flags & NO_TEXT) != 0 ? null : chars.substring(start(i), data[k + 3]))
                : chars.substring(data[k + 4], data[k + 5]);
        return new TocEntry(flags & 0xFF, id(i), text, data[k]);
    }

    /** True when {@code entry} is {@link #tocEntry}{@code (i)} (compared without building it). */
    private boolean madeOf(int i, TocEntry entry) {
        int k = i * FIELDS;
        int flags = data[k + 2];
        if (entry.line() != data[k]
                || entry.level() != (flags & 0xFF)
                || !region(entry.id(), data[k + 3], data[k + 4])) {
            return false;
        }
        if ((flags & TOC_TEXT_IS_TEXT) == 0) {
            return region(entry.text(), data[k + 4], data[k + 5]);
        }
        return (flags & NO_TEXT) != 0 ? entry.text() == null : region(entry.text(), start(i), data[k + 3]);
    }

    private boolean region(String s, int from, int to) {
        return s != null && s.length() == to - from && chars.startsWith(s, from);
    }

    /**
     * The TOC entries as a view of these headings, when each entry is the one kramdown makes of a heading
     * (in order); null otherwise (then the entries are kept as they are).
     */
    List<TocEntry> tocEntries(List<TocEntry> entries) {
        if (entries instanceof TocView v && v.headings == this) {
            return v;
        }
        int[] index = new int[entries.size()];
        int h = 0;
        for (int e = 0; e < entries.size(); e++) {
            while (h < size() && !madeOf(h, entries.get(e))) {
                h++;
            }
            if (h == size()) {
                return null;
            }
            index[e] = h++;
        }
        return new TocView(this, index);
    }

    /**
     * {@code ids} (a superset of the headings' non-empty ids) as a set that keeps only the other ids itself
     * and reads the headings' ids from the packed data.
     */
    java.util.Set<String> idSet(java.util.Set<String> ids) {
        if (ids instanceof IdSet s && s.headings == this) {
            return s;
        }
        List<String> extra = new ArrayList<>();
        int headingIds = 0;
        for (String id : ids) {
            if (hasId(id)) {
                headingIds++;
            } else {
                extra.add(id);
            }
        }
        if (headingIds == 0) {
            return ids;
        }
        return new IdSet(this, extra.toArray(new String[0]), ids.size());
    }

    /** The ids of a page: its headings' ids (distinct, non-empty) and a few others. */
    private static final class IdSet extends java.util.AbstractSet<String> {
        private final PackedHeadings headings;
        private final String[] extra;
        private final int size;

        IdSet(PackedHeadings headings, String[] extra, int size) {
            this.headings = headings;
            this.extra = extra;
            this.size = size;
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof String id)) {
                return false;
            }
            if (!id.isEmpty() && headings.hasId(id)) {
                return true;
            }
            for (String e : extra) {
                if (e.equals(id)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            java.util.Set<String> all = new java.util.LinkedHashSet<>();
            for (int i = 0; i < headings.size(); i++) {
                String id = headings.id(i);
                if (!id.isEmpty()) {
                    all.add(id);
                }
            }
            java.util.Collections.addAll(all, extra);
            return java.util.Collections.unmodifiableSet(all).iterator();
        }
    }

    /** Writes the packed form as it is: text, numbers and class lists ({@link #read} gives it back). */
    void write(JsonGenerator out) throws IOException {
        out.writeStartArray();
        SummaryWriter.writeText(out, chars);
        SummaryWriter.writeInts(out, data);
        out.writeStartArray();
        for (List<String> c : classes) {
            SummaryWriter.writeStrings(out, c);
        }
        out.writeEndArray();
        out.writeEndArray();
    }

    /**
     * What {@link #write} wrote, once its array is entered; an {@link IOException} when it does not hold
     * together.
     */
    static PackedHeadings read(SummaryReader in) throws IOException {
        String chars = in.readText();
        int[] data = in.readInts();
        List<List<String>> classes = new ArrayList<>(2);
        in.requireArray();
        while (in.more()) {
            classes.add(in.readStrings());
        }
        in.end();
        if (chars == null || data == null || data.length % FIELDS != 0 || classes.contains(null)) {
            throw new IOException("damaged headings");
        }
        int end = 0;
        for (int k = 0; k < data.length; k += FIELDS) {
            // each heading's texts follow the previous heading's in the one string
            if (data[k + 3] < end
                    || data[k + 4] < data[k + 3]
                    || data[k + 5] < data[k + 4]
                    || data[k + 5] > chars.length()
                    || data[k + 6] < 0
                    || data[k + 6] >= classes.size()) {
                throw new IOException("damaged headings");
            }
            end = data[k + 5];
        }
        return new PackedHeadings(chars, data, List.copyOf(classes));
    }

    /** The heading index of each TOC entry when {@code entries} is a view of these headings; null otherwise. */
    int[] tocIndex(List<TocEntry> entries) {
        return entries instanceof TocView v && v.headings == this ? v.index.clone() : null;
    }

    /** The TOC entries made of the headings at {@code index}. */
    List<TocEntry> tocView(int[] index) throws IOException {
        for (int i : index) {
            if (i < 0 || i >= size()) {
                throw new IOException("damaged TOC");
            }
        }
        return new TocView(this, index);
    }

    /** The ids besides the headings' own when {@code ids} is the set {@link #idSet} made; null otherwise. */
    static String[] otherIds(java.util.Set<String> ids) {
        return ids instanceof IdSet s ? s.extra.clone() : null;
    }

    /** The set {@link #idSet} made, from the ids besides the headings' and the size of the whole. */
    java.util.Set<String> idSet(String[] extra, int size) {
        return new IdSet(this, extra, size);
    }

    /** TOC entries read from the headings they were made of. */
    private static final class TocView extends AbstractList<TocEntry> implements RandomAccess {
        private final PackedHeadings headings;
        private final int[] index;

        TocView(PackedHeadings headings, int[] index) {
            this.headings = headings;
            this.index = index;
        }

        @Override
        public TocEntry get(int i) {
            return headings.tocEntry(index[i]);
        }

        @Override
        public int size() {
            return index.length;
        }
    }
}
