package io.github.faqkit.core.kramdown;

/**
 * A line scanner over a block of kramdown source (always ending in a newline), with the kramdown line
 * number of the current position. Block parsing only ever stands at line starts, so every step is a
 * whole number of lines and counting lines stays linear.
 */
final class Src {
    final String text;
    int pos;
    int line;

    Src(String text, int firstLine) {
        this.text = text.endsWith("\n") ? text : text + "\n";
        this.line = firstLine;
    }

    boolean eos() {
        return pos >= text.length();
    }

    /**
     * The line {@link #lineEnd} found last: {@code text[endFrom, endAt)} holds no newline. The parsers ask for
     * the end of the same line several times before they move on (each test, then the skip), and on a page of
     * nested lists and quotes every level asks again of its own copy of the line.
     */
    private int endFrom = -1;

    private int endAt = -1;

    int lineEnd(int from) {
        if (from < endFrom || from > endAt) {
            int e = text.indexOf('\n', from);
            endFrom = from;
            endAt = e < 0 ? text.length() : e;
        }
        return endAt;
    }

    /** Where {@link #cachedLine} starts; parsers ask for the same line many times before moving on. */
    private int cachedPos = -1;

    private String cachedLine;

    /** The current line without its newline. */
    String line() {
        if (cachedPos != pos) {
            cachedLine = text.substring(pos, lineEnd(pos));
            cachedPos = pos;
        }
        return cachedLine;
    }

    /** The line after the current one, or null at the end. */
    String nextLine() {
        int e = lineEnd(pos) + 1;
        return e >= text.length() ? null : text.substring(e, lineEnd(e));
    }

    /** Where {@link #nextPipe} last searched from, and what it found (-1: no pipe after it). */
    private int pipeFrom = Integer.MAX_VALUE;

    private int pipeAt;

    /** Offset of the first '|' at or after {@code from}, or -1: one search serves many lines. */
    int nextPipe(int from) {
        if (from < pipeFrom || pipeAt >= 0 && pipeAt < from) {
            pipeFrom = from;
            pipeAt = text.indexOf('|', from);
        }
        return pipeAt;
    }

    /** The first character of the line after the current one: '\n' when it is empty, -1 at the end. */
    int nextLineFirstChar() {
        int e = lineEnd(pos) + 1;
        return e >= text.length() ? -1 : text.charAt(e);
    }

    /** The current line including its newline, and moves past it. */
    String take() {
        int e = Math.min(lineEnd(pos) + 1, text.length());
        String s = text.substring(pos, e);
        pos = e;
        line++;
        return s;
    }

    /** Moves past the current line without copying it. */
    void skip() {
        pos = Math.min(lineEnd(pos) + 1, text.length());
        line++;
    }

    /** Moves to {@code newPos}, counting the lines passed. */
    void advanceTo(int newPos) {
        for (int i = pos; i < newPos; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        pos = newPos;
    }

    /**
     * {@link #blank} of the current line, read in place: loops over blank lines ask it of the first line that
     * is not blank, often a long paragraph line.
     */
    boolean lineBlank() {
        if (cachedPos == pos) {
            return blank(cachedLine);
        }
        for (int i = pos, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
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
}
