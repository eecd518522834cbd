package io.github.faqkit.core;

import java.util.Arrays;

/** Maps character offsets of a text to 1-based line and column numbers. */
public final class LineIndex {
    private final int[] lineStarts;
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
        this.length = len;
    }

    private LineIndex(int[] lineStarts, int length) {
        this.lineStarts = lineStarts;
        this.length = length;
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
        return lineStarts.clone();
    }

    /** Length of the indexed text. */
    public int length() {
        return length;
    }

    /** Number of lines (a trailing newline does not start a counted line of its own). */
    public int lineCount() {
        int n = lineStarts.length;
        return (n > 1 && lineStarts[n - 1] == length) ? n - 1 : n;
    }

    /** 1-based line of the offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, length)));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column (in UTF-16 units) of the offset. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** Offset where the 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line - 1, lineStarts.length - 1))];
    }

    /** Offset just past the last character of the 1-based line, before its line break. */
    public int lineEnd(CharSequence text, int line) {
        int end = line < lineStarts.length ? lineStarts[line] : length;
        while (end > lineStart(line) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }
}
