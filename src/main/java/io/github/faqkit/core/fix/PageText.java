package io.github.faqkit.core.fix;

import java.util.Arrays;

/**
 * A page's decoded text by 1-based file line: where each line starts, where its content ends and which
 * line break follows it, so fixes can keep the file's own line endings.
 */
public final class PageText {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int[] nexts;
    private final int count;

    public PageText(String text) {
        this.text = text;
        int[] s = new int[64];
        int[] e = new int[64];
        int[] n = new int[64];
        int c = 0;
        int i = 0;
        int len = text.length();
        while (i < len) {
            if (c == s.length) {
                s = Arrays.copyOf(s, c * 2);
                e = Arrays.copyOf(e, c * 2);
                n = Arrays.copyOf(n, c * 2);
            }
            s[c] = i;
            while (i < len && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                i++;
            }
            e[c] = i;
            if (i < len && text.charAt(i) == '\r' && i + 1 < len && text.charAt(i + 1) == '\n') {
                i += 2;
            } else if (i < len) {
                i++;
            }
            n[c] = i;
            c++;
        }
        this.starts = s;
        this.ends = e;
        this.nexts = n;
        this.count = c;
    }

    public String text() {
        return text;
    }

    /** Number of lines; a final line break does not open another line. */
    public int lineCount() {
        return count;
    }

    public boolean exists(int line) {
        return line >= 1 && line <= count;
    }

    /** The line's content without its line break. */
    public String line(int line) {
        return text.substring(start(line), end(line));
    }

    public int start(int line) {
        return starts[line - 1];
    }

    /** Offset just past the content, before the line break. */
    public int end(int line) {
        return ends[line - 1];
    }

    /** Offset where the next line starts (the end of the text after the last line). */
    public int next(int line) {
        return nexts[line - 1];
    }

    public boolean blank(int line) {
        return line(line).isBlank();
    }

    /** The line break after this line, or the file's usual one when the line has none (end of file). */
    public String eol(int line) {
        String own = text.substring(end(line), next(line));
        return own.isEmpty() ? usualEol() : own;
    }

    /** The first line break of the file ({@code \n} when there is none). */
    public String usualEol() {
        for (int l = 1; l <= count; l++) {
            if (next(l) > end(l)) {
                return text.substring(end(l), next(l));
            }
        }
        return "\n";
    }
}
