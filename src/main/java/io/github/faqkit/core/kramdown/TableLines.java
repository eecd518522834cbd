package io.github.faqkit.core.kramdown;

/** The line tests of kramdown's table parser (a table is any run of lines with an unescaped pipe). */
final class TableLines {
    private TableLines() {}

    /** TABLE_PIPE_CHECK: a pipe at the start or one not escaped by a backslash. */
    static boolean hasPipe(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
                return true;
            }
        }
        return false;
    }

    /** TABLE_SEP_LINE: only {@code + | : - space tab}, with at least one {@code -}. */
    static boolean separator(CharSequence line) {
        boolean dash = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-') {
                dash = true;
            } else if ("+|: \t".indexOf(c) < 0) {
                return false;
            }
        }
        return dash;
    }

    /** kramdown re-checks with code spans removed: the last line must still carry a pipe outside code. */
    static boolean pipeOutsideCode(String block) {
        String[] lines = block.split("\n");
        String last = lines[lines.length - 1];
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < last.length()) {
            char c = last.charAt(i);
            if (c == '`') {
                int n = 0;
                while (i + n < last.length() && last.charAt(i + n) == '`') {
                    n++;
                }
                int close = last.indexOf("`".repeat(n), i + n);
                if (close > 0) {
                    i = close + n;
                    continue;
                }
                i += n;
                continue;
            }
            out.append(c);
            i++;
        }
        return hasPipe(out.toString());
    }
}
