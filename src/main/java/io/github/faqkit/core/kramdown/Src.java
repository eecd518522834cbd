package io.github.faqkit.core.kramdown;

/**
 * A line scanner over a block of kramdown source (always ending in a newline), with the kramdown line
 * number of the current position. Block parsing only ever stands at line starts, so every step is a
 * whole number of lines and counting lines stays linear.
 *
 * <p>The source is a view, not a copy: a run of {@link Lines} segments, each a piece of some text that ends
 * with its newline (the page for the top level, one segment; for a blockquote or list item, each line
 * without what the container takes off its start). Positions are offsets into the joined text, so the
 * parsers read a container as kramdown does (the stripped lines, joined), while text nested n levels deep is
 * no longer copied n times. A line never spans two segments: the tests that read one line read it in place
 * ({@link #view}); the few that read across lines (raw HTML, comments) use this as a {@link CharSequence}.
 */
final class Src implements CharSequence {
    private final Lines lines;
    /** The segments of {@link #lines} this source is made of: {@code [first, end)}. */
    private final int first;

    private final int end;
    /** The joined offset of segment {@link #first} in {@link Lines#at}. */
    private final int base;

    private final int length;
    /** True for the top level, the page as one segment. */
    private final boolean page;

    int pos;
    int line;
    /** The segment the last position was found in: the parsers mostly move forward a line at a time. */
    private int cur;

    /** The top level: the page text (a newline is added when it lacks one). */
    Src(String text, int firstLine) {
        this(Lines.of(text.endsWith("\n") ? text : text + "\n"), 0, 1, firstLine, true);
    }

    /** Segments {@code [first, end)} of {@code lines}. */
    private Src(Lines lines, int first, int end, int firstLine, boolean page) {
        this.page = page;
        this.lines = lines;
        this.first = first;
        this.end = end;
        this.base = lines.at[first];
        this.length = lines.at[end] - base;
        this.cur = first;
        this.line = firstLine;
    }

    /** The page's text when this is the top level (positions are offsets into it), else null. */
    String page() {
        return page ? lines.text[first] : null;
    }

    boolean eos() {
        return pos >= length;
    }

    @Override
    public int length() {
        return length;
    }

    /** The segment that holds joined offset {@code v} ({@code 0 <= v < length}). */
    private int seg(int v) {
        int[] at = lines.at;
        int x = v + base;
        int k = cur;
        if (x >= at[k] && x < at[k + 1]) {
            return k;
        }
        if (k + 1 < end && x >= at[k + 1] && x < at[k + 2]) {
            cur = k + 1;
            return k + 1;
        }
        int lo = first;
        int hi = end - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (at[mid] <= x) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        cur = lo;
        return lo;
    }

    /** Where joined offset {@code v} of segment {@code k} is in that segment's text. */
    private int inText(int k, int v) {
        return lines.from[k] + v + base - lines.at[k];
    }

    @Override
    public char charAt(int v) {
        int k = seg(v);
        return lines.text[k].charAt(inText(k, v));
    }

    /** A copy of {@code [from, to)}; a range within one line is read from its text directly. */
    @Override
    public String subSequence(int from, int to) {
        if (from == to) {
            return "";
        }
        int k = seg(from);
        int b = inText(k, from);
        if (to <= lines.at[k + 1] - base) {
            return lines.text[k].substring(b, b + to - from);
        }
        StringBuilder s = new StringBuilder(to - from);
        for (int v = from; v < to; ) {
            k = seg(v);
            b = inText(k, v);
            int n = Math.min(to, lines.at[k + 1] - base) - v;
            s.append(lines.text[k], b, b + n);
            v += n;
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return subSequence(0, length);
    }

    /** {@link String#startsWith(String, int)} of the joined text. */
    boolean startsWith(String prefix, int at) {
        if (at < 0 || at + prefix.length() > length) {
            return false;
        }
        int k = seg(at);
        if (at + prefix.length() <= lines.at[k + 1] - base) {
            return lines.text[k].startsWith(prefix, inText(k, at));
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@link String#indexOf(int, int)} of the joined text. */
    int indexOf(char c, int from) {
        for (int v = Math.max(from, 0); v < length; ) {
            int k = seg(v);
            String t = lines.text[k];
            int b = inText(k, v);
            int segEnd = lines.at[k + 1] - base;
            int stop = b + segEnd - v;
            int i = t.indexOf(c, b);
            if (i >= 0 && i < stop) {
                return v + i - b;
            }
            v = segEnd;
        }
        return -1;
    }

    /** {@link String#indexOf(String, int)} of the joined text. */
    int indexOf(String s, int from) {
        char c = s.charAt(0);
        for (int v = indexOf(c, from); v >= 0; v = indexOf(c, v + 1)) {
            if (startsWith(s, v)) {
                return v;
            }
        }
        return -1;
    }

    /**
     * The line {@link #lineEnd} found last: {@code [endFrom, endAt)} holds no newline. The parsers ask for the
     * end of the same line several times before they move on (each test, then the skip).
     */
    private int endFrom = -1;

    private int endAt = -1;

    int lineEnd(int from) {
        if (from < endFrom || from > endAt) {
            endFrom = from;
            if (from >= length) {
                endAt = length;
            } else {
                int k = seg(from);
                int b = inText(k, from);
                // every segment ends with a newline: the search stops in it
                endAt = from + lines.text[k].indexOf('\n', b) - b;
            }
        }
        return endAt;
    }

    /** Points {@code view} at the text of the line from {@code from} (a position before its newline) to its end. */
    Line view(Line view, int from) {
        int k = seg(from);
        int b = inText(k, from);
        return view.set(lines.text[k], b, b + lineEnd(from) - from);
    }

    /** A copy of the current line without its newline, for the few parsers that keep it. */
    String line() {
        return subSequence(pos, lineEnd(pos));
    }

    /** True when the current line holds a '|'. */
    boolean pipeInLine() {
        int k = seg(pos);
        String t = lines.text[k];
        int b = inText(k, pos);
        int e = b + lineEnd(pos) - pos;
        if (page) {
            // the whole page: one search serves many lines
            return nextPipe(b) < e;
        }
        for (int i = b; i < e; i++) {
            if (t.charAt(i) == '|') {
                return true;
            }
        }
        return false;
    }

    /** Where {@link #nextPipe} last searched from, and what it found (MAX_VALUE: no pipe after it). */
    private int pipeFrom = Integer.MAX_VALUE;

    private int pipeAt;

    /** Offset in the page of the first '|' at or after {@code from}, or MAX_VALUE: one search serves many lines. */
    private int nextPipe(int from) {
        if (from < pipeFrom || pipeAt < from) {
            pipeFrom = from;
            int p = lines.text[first].indexOf('|', from);
            pipeAt = p < 0 ? Integer.MAX_VALUE : p;
        }
        return pipeAt;
    }

    /** The first character of the line after the current one: '\n' when it is empty, -1 at the end. */
    int nextLineFirstChar() {
        int e = lineEnd(pos) + 1;
        return e >= length ? -1 : charAt(e);
    }

    /** Moves past the current line without copying it. */
    void skip() {
        pos = Math.min(lineEnd(pos) + 1, length);
        line++;
    }

    /** Moves to {@code newPos}, counting the lines passed. */
    void advanceTo(int newPos) {
        int v = pos;
        while (v < newPos) {
            int k = seg(v);
            String t = lines.text[k];
            int b = inText(k, v);
            int n = Math.min(newPos, lines.at[k + 1] - base) - v;
            for (int i = b, e = b + n; i < e; i++) {
                if (t.charAt(i) == '\n') {
                    line++;
                }
            }
            v += n;
        }
        pos = newPos;
    }

    /**
     * {@link #blank} of the current line, read in place: loops over blank lines ask it of the first line that
     * is not blank, often a long paragraph line.
     */
    boolean lineBlank() {
        int k = seg(pos);
        String t = lines.text[k];
        for (int i = inText(k, pos), n = t.length(); i < n; i++) {
            char c = t.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean blank(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Number of leading spaces (not tabs). */
    static int spaces(CharSequence line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * The lines of a container (a blockquote, the items of a list), in order: each a piece of the text of the
     * source around it, or a line of its own (a line whose tabs were expanded), kept as offsets. The container's
     * source is a view over them; only lines that are not pieces of a text are ever copied.
     */
    static final class Lines {
        /** Segment k is {@code text[k][from[k], from[k] + at[k + 1] - at[k])}, its newline included. */
        private String[] text;

        private int[] from;
        /** Joined offset of each segment; {@code at[size]} is the length of all of them. */
        private int[] at;

        private int size;

        Lines() {
            this(8);
        }

        private Lines(int capacity) {
            text = new String[capacity];
            from = new int[capacity];
            at = new int[capacity + 1];
        }

        private static Lines of(String page) {
            Lines l = new Lines(1);
            l.segment(page, 0, page.length());
            return l;
        }

        /** How many lines there are so far. */
        int count() {
            return size;
        }

        /**
         * Adds the line {@code line[from, to)} of a text, which holds a newline at {@code to}: a line of a
         * {@link #view}, or a part of one that runs to its end.
         */
        void add(Line view, int from) {
            segment(view.text(), from, view.to + 1);
        }

        /** Adds the line under {@code view}, from its start. */
        void add(Line view) {
            add(view, view.from);
        }

        /** Adds a line that is not a piece of a text (no newline in it). */
        void add(String own) {
            segment(own + "\n", 0, own.length() + 1);
        }

        private void segment(String t, int f, int to) {
            if (size == text.length) {
                int n = size * 2;
                text = java.util.Arrays.copyOf(text, n);
                from = java.util.Arrays.copyOf(from, n);
                at = java.util.Arrays.copyOf(at, n + 1);
            }
            text[size] = t;
            from[size] = f;
            at[size + 1] = at[size] + to - f;
            size++;
        }

        /** The source made of lines {@code [first, end)}, the first being kramdown line {@code firstLine}. */
        Src src(int first, int end, int firstLine) {
            return new Src(this, first, end, firstLine, false);
        }
    }
}
