package io.github.faqkit.core.kramdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text a container (blockquote, list item) hands to the block parser: its lines, mostly pieces of the
 * enclosing source text kept as offsets, each ending in a newline once joined. Joined in one copy through a
 * buffer the parser reuses: copying every line first, and growing a builder, made a nested container copy
 * its text several times per level (three bytes per character each time for text that is not Latin-1).
 */
final class SourceLines {
    private final String source;
    /** Pairs of offsets into the source, or (-1 - k, 0) for the k-th of {@link #own}. */
    private int[] spans = new int[8];

    private int size;
    private List<String> own;

    SourceLines(String source) {
        this.source = source;
    }

    /** Adds a line that is not a piece of the source as it is. */
    void add(String line) {
        if (own == null) {
            own = new ArrayList<>();
        }
        own.add(line);
        add(-own.size(), 0);
    }

    /** Adds the line {@code source[from, to)}. */
    void add(int from, int to) {
        if (size + 2 > spans.length) {
            spans = Arrays.copyOf(spans, spans.length * 2);
        }
        spans[size++] = from;
        spans[size++] = to;
    }

    /** How many lines there are so far. */
    int count() {
        return size / 2;
    }

    /** The lines, each followed by a newline, copied through {@code buffer}. */
    String text(Buffer buffer) {
        return text(0, count(), buffer);
    }

    /**
     * Lines {@code [first, end)}, each followed by a newline, copied through {@code buffer}; the lines among them
     * that are not pieces of the source are let go (each run of lines is joined once).
     */
    String text(int first, int end, Buffer buffer) {
        int length = 0;
        for (int k = 2 * first; k < 2 * end; k += 2) {
            length += (spans[k] < 0 ? own.get(-1 - spans[k]).length() : spans[k + 1] - spans[k]) + 1;
        }
        char[] chars = buffer.chars(length);
        int at = 0;
        for (int k = 2 * first; k < 2 * end; k += 2) {
            String s = source;
            int from = spans[k];
            int to = spans[k + 1];
            if (from < 0) {
                s = own.set(-1 - from, null);
                from = 0;
                to = s.length();
            }
            s.getChars(from, to, chars, at);
            at += to - from;
            chars[at++] = '\n';
        }
        return new String(chars, 0, length);
    }

    /**
     * A character buffer for every container's text, one per thread (a page's parse runs on one thread, and the
     * text is copied out of the buffer at once): a buffer per parse grew again on every page.
     */
    static final class Buffer {
        /** A buffer above this size is used once and let go, not kept for the thread. */
        private static final int KEPT_CHARS = 1 << 20;

        private static final ThreadLocal<Buffer> PER_THREAD = ThreadLocal.withInitial(Buffer::new);

        private char[] chars = new char[0];

        private Buffer() {}

        static Buffer forThread() {
            return PER_THREAD.get();
        }

        char[] chars(int length) {
            if (length > KEPT_CHARS) {
                return new char[length];
            }
            if (chars.length < length) {
                chars = new char[Math.min(Math.max(length, chars.length * 2), KEPT_CHARS)];
            }
            return chars;
        }
    }
}
