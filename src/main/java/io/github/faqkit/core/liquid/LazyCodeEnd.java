package io.github.faqkit.core.liquid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an indented code block of the source really ends once Liquid has run. kramdown continues an indented block
 * with lazy lines (any non-blank line, however indented), so in the source a line that holds only Liquid writing
 * nothing ({@code {% endcapture %}}, {@code {% capture x %}}, {@code {% if %}}) joins the code above it. Jekyll runs
 * Liquid first: that line is empty by the time kramdown reads the page, and ends the block unless indented code
 * follows. Text between {@code capture} and {@code endcapture} (or {@code comment}) is never written where it
 * stands, so its lines count as empty too, wherever the block around them starts (a captured Java listing handed to
 * an include, FalkorDB/docs index.md).
 */
final class LazyCodeEnd {
    /** Marks a character Liquid removes; a line of marks and blanks is empty once Liquid has run. */
    private static final char GONE = '\0';

    private static final Pattern UNWRITTEN =
            Pattern.compile("\\{%-?\\s*(capture|comment)\\b.*?%}.*?\\{%-?\\s*end\\1\\s*-?%}", Pattern.DOTALL);

    private static final Pattern SILENT_TAG = Pattern.compile(
            "\\{%-?\\s*(?:if|elsif|else|endif|unless|endunless|case|when|endcase|for|endfor|assign|break|continue"
                    + "|capture|endcapture|comment|endcomment)\\b[^%]*(?:%(?!})[^%]*)*%}");

    private final String gone;

    /** For one page body; the removed text is worked out once and kept for every block of it. */
    LazyCodeEnd(String body) {
        this.gone = mark(SILENT_TAG, mark(UNWRITTEN, body));
    }

    /**
     * The end of code block {@code [start, end)} as kramdown sees it after Liquid: {@code end} for a fenced block or
     * one without such a line, else the start of its first lazy line that Liquid empties and after which no indented
     * code follows in the block.
     */
    int end(String body, int start, int end) {
        String first = body.substring(start, end).strip();
        if (first.startsWith("`") || first.startsWith("~")) {
            return end;
        }
        int line = start;
        while (line < end) {
            int next = lineEnd(body, line, end);
            if (indent(body, line, next) < 4 && emptied(line, next) && !codeFollows(body, next, end)) {
                return line;
            }
            line = next;
        }
        return end;
    }

    /** True when Liquid removes something of the line and leaves only blanks. */
    private boolean emptied(int from, int to) {
        boolean removed = false;
        for (int i = from; i < to; i++) {
            char c = gone.charAt(i);
            if (c == GONE) {
                removed = true;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return removed;
    }

    /** True when the next line of the block that Liquid leaves non-empty is indented code. */
    private boolean codeFollows(String body, int from, int end) {
        int line = from;
        while (line < end) {
            int next = lineEnd(body, line, end);
            boolean empty = true;
            int col = 0;
            boolean counting = true;
            for (int i = line; i < next && empty; i++) {
                char c = gone.charAt(i);
                if (c == GONE || c == '\n') {
                    continue;
                }
                if (c == ' ' || c == '\t') {
                    if (counting) {
                        col = c == ' ' ? col + 1 : (col / 4 + 1) * 4;
                    }
                    continue;
                }
                counting = false;
                empty = false;
            }
            if (!empty) {
                return col >= 4;
            }
            line = next;
        }
        return false;
    }

    private static int lineEnd(String body, int from, int end) {
        int nl = body.indexOf('\n', from);
        return nl < 0 || nl >= end ? end : nl + 1;
    }

    /** The column a line's text starts at in the source, a tab reaching the next multiple of four. */
    static int indent(String body, int from, int to) {
        int col = 0;
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (c == ' ') {
                col++;
            } else if (c == '\t') {
                col = (col / 4 + 1) * 4;
            } else {
                break;
            }
        }
        return col;
    }

    /** {@code text} with each match of {@code p} marked gone, line breaks kept, so offsets stay the body's. */
    private static String mark(Pattern p, String text) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, GONE);
                }
            }
        }
        return out.toString();
    }
}
