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
    /**
     * Per heading, four ints (a deep page has thirty headings): line and column ({@code line << 12 | column}); level,
     * flags, id suffix and class list ({@code level | flags | suffix << 10 | classes << 16}); end of the text; length
     * of the id and of the TOC text ({@code id << 16 | toc}). A heading whose numbers do not fit (a line past a
     * million, a column past 4,095, a text of 65,536 characters) leaves its page's headings unpacked.
     */
    private static final int FIELDS = 4;

    private static final int MAX_LINE = 0xFFFFF;
    private static final int MAX_COLUMN = 0xFFF;
    private static final int MAX_LENGTH = 0xFFFF;
    private static final int LEVEL = 0xF;
    private static final int EXPLICIT = 1 << 4;
    private static final int IN_TOC = 1 << 5;
    private static final int NO_TEXT = 1 << 6;
    /** The TOC text (kramdown's id text) is the display text: not stored twice. */
    private static final int TOC_TEXT_IS_TEXT = 1 << 7;
    /**
     * The id is not stored: it is the slug of the heading's text ({@link HeaderIds#slug}), then {@code -n} when
     * the suffix bits hold an n. Most ids are generated so: keeping them as text stored most of a page's
     * heading text twice (on CJK pages, two bytes a character).
     */
    private static final int ID_DERIVED = 1 << 8;
    /** With {@link #ID_DERIVED}: the slug is of the TOC text (kramdown's id text), not of the display text. */
    private static final int ID_FROM_TOC = 1 << 9;

    private static final int SUFFIX_SHIFT = 10;
    private static final int MAX_SUFFIX = 0x3F;
    private static final int CLASSES_SHIFT = 16;
    private static final int MAX_CLASSES = 0xFFFF;

    /** Every heading's text, id and TOC text, one after the other. */
    private final String chars;

    private final int[] data;
    /** The distinct class lists of the headings (usually none, or {@code [no_toc]}): one list for the pages of a template. */
    private final List<List<String>> classes;

    private PackedHeadings(String chars, int[] data, List<List<String>> classes) {
        this.chars = chars;
        this.data = data;
        this.classes = classes;
    }

    /**
     * The Unicode data the derived ids are made with: fixed, so a stored summary reads back the same on every
     * JDK. An id is only derived when this gives exactly the id kramdown gave (with the site's Ruby), checked
     * when packing; any other id is kept as text.
     */
    private static final class Derive {
        static final RubyUnicode UNICODE = RubyUnicode.of(RubyUnicode.UNICODE_15);
    }

    /** The n of {@code id} = slug of {@code source} and {@code -n} (0: the slug alone); -1 when it is not so. */
    private static int derivedSuffix(String source, String id) {
        if (source == null || id == null || id.isEmpty()) {
            return -1;
        }
        int end = HeaderIds.matchSlug(source, 0, source.length(), Derive.UNICODE, id, 0);
        if (end < 0) {
            return -1;
        }
        if (end == id.length()) {
            return 0;
        }
        int digits = id.length() - end - 1;
        if (id.charAt(end) != '-' || digits < 1 || digits > 5 || id.charAt(end + 1) == '0') {
            return -1;
        }
        int n = 0;
        for (int i = end + 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n <= MAX_SUFFIX ? n : -1;
    }

    /** {@code headings} packed (unchanged when already packed). */
    static List<Heading> of(List<Heading> headings) {
        if (headings instanceof PackedHeadings || headings.isEmpty()) {
            return headings instanceof PackedHeadings ? headings : List.of();
        }
        PackedHeadings packed = pack(headings, null);
        return packed != null ? packed : headings;
    }

    /**
     * The headings packed together with the text each TOC entry shows ({@code tocTexts.get(i)}: of heading
     * {@code i}, null for the display text); null when some heading's numbers do not fit the packed form.
     */
    static PackedHeadings pack(List<Heading> headings, List<String> tocTexts) {
        // sized once: a page with many headings grew the builder through every power of two
        int length = 0;
        int[] suffixes = new int[headings.size()];
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            String toc = tocTexts == null ? null : tocTexts.get(i);
            boolean tocSeparate = toc != null && !toc.equals(h.text());
            suffixes[i] = h.id() == null || h.id().length() > MAX_LENGTH
                    ? -1
                    : derivedSuffix(tocSeparate ? toc : h.text(), h.id());
            int idLength = h.id() == null || suffixes[i] >= 0 ? 0 : h.id().length();
            int tocLength = tocSeparate ? toc.length() : 0;
            if (h.line() < 0
                    || h.line() > MAX_LINE
                    || h.column() < 0
                    || h.column() > MAX_COLUMN
                    || h.level() < 0
                    || h.level() > LEVEL
                    || idLength > MAX_LENGTH
                    || tocLength > MAX_LENGTH) {
                return null;
            }
            length += (h.text() == null ? 0 : h.text().length()) + idLength + tocLength;
        }
        StringBuilder b = new StringBuilder(length);
        int[] data = new int[headings.size() * FIELDS];
        List<List<String>> classes = new ArrayList<>(2);
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            String toc = tocTexts == null ? null : tocTexts.get(i);
            boolean tocIsText = toc == null || toc.equals(h.text());
            int c = classes.indexOf(h.classes());
            if (c < 0) {
                if (classes.size() > MAX_CLASSES) {
                    return null;
                }
                classes.add(List.copyOf(h.classes()));
                c = classes.size() - 1;
            }
            int flags = (h.explicitId() ? EXPLICIT : 0)
                    | (h.inToc() ? IN_TOC : 0)
                    | (h.text() == null ? NO_TEXT : 0)
                    | (tocIsText ? TOC_TEXT_IS_TEXT : 0)
                    | (suffixes[i] >= 0 ? ID_DERIVED | (tocIsText ? 0 : ID_FROM_TOC) | suffixes[i] << SUFFIX_SHIFT : 0);
            int k = i * FIELDS;
            data[k] = h.line() << 12 | h.column();
            data[k + 1] = h.level() | flags | c << CLASSES_SHIFT;
            b.append(h.text() == null ? "" : h.text());
            data[k + 2] = b.length();
            // a derived id's length is kept all the same: most other ids are told apart by it, without a slug
            int idLength = suffixes[i] < 0 || h.id() == null ? 0 : h.id().length();
            if (suffixes[i] < 0) {
                b.append(h.id());
                idLength = h.id().length();
            }
            int tocLength = 0;
            if (!tocIsText) {
                b.append(toc);
                tocLength = toc.length();
            }
            data[k + 3] = idLength << 16 | tocLength;
        }
        return new PackedHeadings(b.toString(), data, Shared.value(List.copyOf(classes)));
    }

    private int line(int i) {
        return data[i * FIELDS] >>> 12;
    }

    private int column(int i) {
        return data[i * FIELDS] & MAX_COLUMN;
    }

    private int flags(int i) {
        return data[i * FIELDS + 1] & 0xFFFF;
    }

    private int level(int i) {
        return data[i * FIELDS + 1] & LEVEL;
    }

    private int suffix(int i) {
        return (data[i * FIELDS + 1] >>> SUFFIX_SHIFT) & MAX_SUFFIX;
    }

    private int classIndex(int i) {
        return data[i * FIELDS + 1] >>> CLASSES_SHIFT;
    }

    /** End of heading {@code i}'s display text in {@link #chars} (its start is the previous heading's end). */
    private int textEnd(int i) {
        return data[i * FIELDS + 2];
    }

    private int idEnd(int i) {
        return (flags(i) & ID_DERIVED) != 0 ? textEnd(i) : data[i * FIELDS + 2] + idLength(i);
    }

    /** The length of heading {@code i}'s id, stored or derived. */
    private int idLength(int i) {
        return data[i * FIELDS + 3] >>> 16;
    }

    private int tocEnd(int i) {
        return idEnd(i) + (data[i * FIELDS + 3] & MAX_LENGTH);
    }

    @Override
    public int size() {
        return data.length / FIELDS;
    }

    private int start(int i) {
        return i == 0 ? 0 : tocEnd(i - 1);
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
        int flags = flags(i);
        return new Heading(
                line(i),
                column(i),
                level(i),
                (flags & NO_TEXT) != 0 ? null : chars.substring(start(i), textEnd(i)),
                id(i),
                classes.get(classIndex(i)),
                (flags & EXPLICIT) != 0,
                (flags & IN_TOC) != 0);
    }

    /** The id of heading {@code i} ("" when it has none). */
    String id(int i) {
        if ((flags(i) & ID_DERIVED) == 0) {
            return chars.substring(textEnd(i), idEnd(i));
        }
        String slug = HeaderIds.slug(chars.substring(sourceFrom(i), sourceTo(i)), Derive.UNICODE);
        int n = suffix(i);
        return n == 0 ? slug : slug + "-" + n;
    }

    /** Where the text a derived id is the slug of starts: the TOC text, or the display text. */
    private int sourceFrom(int i) {
        return (flags(i) & ID_FROM_TOC) != 0 ? idEnd(i) : start(i);
    }

    private int sourceTo(int i) {
        return (flags(i) & ID_FROM_TOC) != 0 ? tocEnd(i) : textEnd(i);
    }

    /** True when heading {@code i} has exactly the id {@code id} (compared without building it). */
    private boolean idEquals(int i, String id) {
        if (id == null) {
            return false;
        }
        if ((flags(i) & ID_DERIVED) == 0) {
            return region(id, textEnd(i), idEnd(i));
        }
        if (id.length() != idLength(i)) {
            return false;
        }
        int p = HeaderIds.matchSlug(chars, sourceFrom(i), sourceTo(i), Derive.UNICODE, id, 0);
        int n = suffix(i);
        if (p < 0 || n == 0) {
            return p == id.length();
        }
        String suffix = Integer.toString(n);
        return id.length() == p + 1 + suffix.length() && id.charAt(p) == '-' && id.startsWith(suffix, p + 1);
    }

    /** True when some heading has exactly this id (without building the headings). */
    boolean hasId(String id) {
        for (int i = 0, n = size(); i < n; i++) {
            if (idEquals(i, id)) {
                return true;
            }
        }
        return false;
    }

    /** The TOC entry kramdown makes of heading {@code i}: its level, id, id text and line. */
    TocEntry tocEntry(int i) {
        int flags = flags(i);
        String text = (flags & TOC_TEXT_IS_TEXT) != 0
                ? ((flags & NO_TEXT) != 0 ? null : chars.substring(start(i), textEnd(i)))
                : chars.substring(idEnd(i), tocEnd(i));
        return new TocEntry(level(i), id(i), text, line(i));
    }

    /** True when {@code entry} is {@link #tocEntry}{@code (i)} (compared without building it). */
    private boolean madeOf(int i, TocEntry entry, List<Heading> from) {
        int flags = flags(i);
        if (entry.line() != line(i)
                || entry.level() != level(i)
                || !(from == null
                        ? idEquals(i, entry.id())
                        : entry.id() != null && entry.id().equals(from.get(i).id()))) {
            return false;
        }
        if ((flags & TOC_TEXT_IS_TEXT) == 0) {
            return region(entry.text(), idEnd(i), tocEnd(i));
        }
        return (flags & NO_TEXT) != 0 ? entry.text() == null : region(entry.text(), start(i), textEnd(i));
    }

    private boolean region(String s, int from, int to) {
        return s != null && s.length() == to - from && chars.startsWith(s, from);
    }

    /**
     * The TOC entries as a view of these headings, when each entry is the one kramdown makes of a heading
     * (in order); null otherwise (then the entries are kept as they are).
     */
    List<TocEntry> tocEntries(List<TocEntry> entries) {
        return tocEntries(entries, null);
    }

    /**
     * The same, with the headings these were packed from ({@link #pack}{@code (from, ...)}, null when not at
     * hand): their ids are the ones {@link #id} gives, compared as they are instead of derived again.
     */
    List<TocEntry> tocEntries(List<TocEntry> entries, List<Heading> from) {
        if (entries instanceof TocView v && v.headings == this) {
            return v;
        }
        int[] index = new int[entries.size()];
        int h = 0;
        for (int e = 0; e < entries.size(); e++) {
            while (h < size() && !madeOf(h, entries.get(e), from)) {
                h++;
            }
            if (h == size()) {
                return null;
            }
            index[e] = h++;
        }
        return view(index);
    }

    private static final int DERIVED_TOC_LIMIT = 64;

    /** The TOC view of the headings at {@code index}; without an array when they are the in-TOC headings in order. */
    private TocView view(int[] index) {
        if (size() > DERIVED_TOC_LIMIT) {
            // each entry is found by a walk over the headings: bounded, so a page of thousands stays linear
            return new TocView(this, index);
        }
        int n = 0;
        for (int i = 0; i < size(); i++) {
            if ((flags(i) & IN_TOC) != 0) {
                if (n >= index.length || index[n] != i) {
                    return new TocView(this, index);
                }
                n++;
            }
        }
        return n == index.length ? new TocView(this, null) : new TocView(this, index);
    }

    /**
     * {@code ids} (a superset of the headings' non-empty ids) as a set that keeps only the other ids itself
     * and reads the headings' ids from the packed data.
     */
    java.util.Set<String> idSet(java.util.Set<String> ids) {
        return idSet(ids, null);
    }

    /**
     * The same, with the headings these were packed from (null when not at hand): which ids are theirs is
     * read from their own ids, not by deriving every heading's id for every id of the page.
     */
    java.util.Set<String> idSet(java.util.Set<String> ids, List<Heading> from) {
        if (ids instanceof IdSet s && s.headings == this) {
            return s;
        }
        java.util.Set<String> own = null;
        if (from != null) {
            own = new java.util.HashSet<>();
            for (Heading h : from) {
                own.add(h.id());
            }
        }
        List<String> extra = new ArrayList<>();
        int headingIds = 0;
        for (String id : ids) {
            if (own != null ? own.contains(id) : hasId(id)) {
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
        PackedHeadings read = new PackedHeadings(chars, data, Shared.value(List.copyOf(classes)));
        int end = 0;
        for (int i = 0; i < read.size(); i++) {
            // each heading's texts follow the previous heading's in the one string
            if (read.textEnd(i) < end
                    || read.tocEnd(i) > chars.length()
                    || read.classIndex(i) >= classes.size()
                    || !derivable(read.flags(i), read.textEnd(i), read.idEnd(i))) {
                throw new IOException("damaged headings");
            }
            end = read.tocEnd(i);
        }
        return read;
    }

    /** False for a derived id that would be made of a text the heading does not keep, or that keeps text. */
    private static boolean derivable(int flags, int idFrom, int idTo) {
        if ((flags & ID_DERIVED) == 0) {
            return (flags & (ID_FROM_TOC | MAX_SUFFIX << SUFFIX_SHIFT)) == 0;
        }
        boolean fromToc = (flags & ID_FROM_TOC) != 0;
        return idFrom == idTo && (fromToc ? (flags & TOC_TEXT_IS_TEXT) == 0 : (flags & NO_TEXT) == 0);
    }

    /** The heading index of each TOC entry when {@code entries} is a view of these headings; null otherwise. */
    int[] tocIndex(List<TocEntry> entries) {
        return entries instanceof TocView v && v.headings == this ? v.index() : null;
    }

    /** The TOC entries made of the headings at {@code index}. */
    List<TocEntry> tocView(int[] index) throws IOException {
        for (int i : index) {
            if (i < 0 || i >= size()) {
                throw new IOException("damaged TOC");
            }
        }
        return view(index);
    }

    /** The ids besides the headings' own when {@code ids} is the set {@link #idSet} made; null otherwise. */
    static String[] otherIds(java.util.Set<String> ids) {
        return ids instanceof IdSet s ? s.extra.clone() : null;
    }

    /** The set {@link #idSet} made, from the ids besides the headings' and the size of the whole. */
    java.util.Set<String> idSet(String[] extra, int size) {
        return new IdSet(this, extra, size);
    }

    /**
     * TOC entries read from the headings they were made of: those at {@code index}, or (null) the headings a TOC
     * lists, in order, as almost every TOC is (an array per page less).
     */
    private static final class TocView extends AbstractList<TocEntry> implements RandomAccess {
        private final PackedHeadings headings;
        private final int[] index;
        private final int size;

        TocView(PackedHeadings headings, int[] index) {
            this.headings = headings;
            this.index = index;
            int n = 0;
            if (index == null) {
                for (int i = 0; i < headings.size(); i++) {
                    n += (headings.flags(i) & IN_TOC) != 0 ? 1 : 0;
                }
            }
            this.size = index == null ? n : index.length;
        }

        /** The heading index of each entry (a new array). */
        int[] index() {
            if (index != null) {
                return index.clone();
            }
            int[] out = new int[size];
            int n = 0;
            for (int i = 0; i < headings.size(); i++) {
                if ((headings.flags(i) & IN_TOC) != 0) {
                    out[n++] = i;
                }
            }
            return out;
        }

        @Override
        public TocEntry get(int i) {
            if (index != null) {
                return headings.tocEntry(index[i]);
            }
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException(i);
            }
            for (int h = 0, n = 0; ; h++) {
                if ((headings.flags(h) & IN_TOC) != 0 && n++ == i) {
                    return headings.tocEntry(h);
                }
            }
        }

        @Override
        public int size() {
            return size;
        }
    }
}
