package io.github.faqkit.core;

import java.util.Arrays;

/**
 * Maps character offsets of a text to 1-based line and column numbers.
 *
 * <p>A {@link #packed()} index keeps the line lengths as variable-length numbers (a byte for a line shorter than
 * 128 characters) and unpacks them when asked: the index of every page summary lives as long as the site, and a
 * summary's lines are seldom asked for.
 */
public final class LineIndex {
    /** The offsets where lines start; null when {@link #packed}. */
    private final int[] lineStarts;
    /** The line lengths, 7 bits a byte, the high bit set on every byte but a number's last; or null. */
    private final byte[] packed;

    private final int length;

    public LineIndex(CharSequence text) {
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        int len = text.length();
        if (text instanceof String s && s.indexOf('\r') < 0) {
            // the usual case: only "\n" breaks lines, and String.indexOf finds them much faster
            for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
            this.lineStarts = Arrays.copyOf(starts, n);
            this.packed = null;
            this.length = len;
            return;
        }
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= len || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
        this.packed = null;
        this.length = len;
    }

    private LineIndex(int[] lineStarts, int length) {
        this.lineStarts = lineStarts;
        this.packed = null;
        this.length = length;
    }

    private LineIndex(byte[] packed, int length) {
        this.lineStarts = null;
        this.packed = packed;
        this.length = length;
    }

    /** The same index, packed (for a summary that keeps it long and reads it seldom). */
    public LineIndex packed() {
        if (packed != null) {
            return this;
        }
        byte[] out = new byte[lineStarts.length * 2];
        int n = 0;
        for (int i = 1; i < lineStarts.length; i++) {
            if (n + 5 > out.length) {
                out = Arrays.copyOf(out, out.length * 2 + 5);
            }
            int gap = lineStarts[i] - lineStarts[i - 1];
            while (gap >= 0x80) {
                out[n++] = (byte) (gap | 0x80);
                gap >>>= 7;
            }
            out[n++] = (byte) gap;
        }
        return new LineIndex(Arrays.copyOf(out, n), length);
    }

    /** The line starts, unpacked when packed (a new array then: nothing is kept). */
    private int[] starts() {
        if (lineStarts != null) {
            return lineStarts;
        }
        int count = 1;
        for (byte b : packed) {
            if (b >= 0) {
                count++;
            }
        }
        int[] out = new int[count];
        int at = 0;
        int line = 1;
        int gap = 0;
        int shift = 0;
        for (byte b : packed) {
            gap |= (b & 0x7F) << shift;
            if (b < 0) {
                shift += 7;
            } else {
                at += gap;
                out[line++] = at;
                gap = 0;
                shift = 0;
            }
        }
        return out;
    }

    /** The index of a text already measured (from {@link #lineStarts()} and {@link #length()}): for caches. */
    public static LineIndex of(int[] lineStarts, int length) {
        if (lineStarts.length == 0 || lineStarts[0] != 0 || length < 0) {
            throw new IllegalArgumentException("not a line index");
        }
        for (int i = 1; i < lineStarts.length; i++) {
            if (lineStarts[i] <= lineStarts[i - 1] || lineStarts[i] > length) {
                throw new IllegalArgumentException("not a line index");
            }
        }
        return new LineIndex(lineStarts.clone(), length);
    }

    /** Offsets where the lines start (a copy). */
    public int[] lineStarts() {
        return lineStarts != null ? lineStarts.clone() : starts();
    }

    /** Length of the indexed text. */
    public int length() {
        return length;
    }

    /** Number of lines (a trailing newline does not start a counted line of its own). */
    public int lineCount() {
        int[] lineStarts = starts();
        int n = lineStarts.length;
        return (n > 1 && lineStarts[n - 1] == length) ? n - 1 : n;
    }

    /** 1-based line of the offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(starts(), Math.max(0, Math.min(offset, length)));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column (in UTF-16 units) of the offset. */
    public int column(int offset) {
        return offset - starts()[line(offset) - 1] + 1;
    }

    /** Offset where the 1-based line starts. */
    public int lineStart(int line) {
        int[] lineStarts = starts();
        return lineStarts[Math.max(0, Math.min(line - 1, lineStarts.length - 1))];
    }

    /** Offset just past the last character of the 1-based line, before its line break. */
    public int lineEnd(CharSequence text, int line) {
        int[] lineStarts = starts();
        int end = line < lineStarts.length ? lineStarts[line] : length;
        int start = lineStarts[Math.max(0, Math.min(line - 1, lineStarts.length - 1))];
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }
}
