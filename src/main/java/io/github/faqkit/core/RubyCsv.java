package io.github.faqkit.core;

/**
 * The three ways a CSV or TSV text breaks Ruby's CSV as Jekyll calls it (no liberal parsing; measured with
 * {@code jekyll build}, scripts/data-golden): a quoted field never closed, text after a field's closing quote, and a
 * quote inside a field that does not start with one (also after a space: {@code a, "b"}). Line breaks and ragged
 * rows are read either way and are never reported.
 */
final class RubyCsv {
    private RubyCsv() {}

    /** The first problem of {@code text} with separator {@code sep}, or null when Ruby's CSV reads it. */
    static BrokenDataFiles.Problem problem(String file, String text, char sep) {
        boolean fieldStart = true;
        boolean quoted = false;
        int openLine = 0;
        int openColumn = 0;
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++, column++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
            if (quoted) {
                if (c == '"' && next == '"') {
                    i++;
                    column++;
                } else if (c == '"') {
                    quoted = false;
                    if (next != sep && next != '\n' && next != '\r') {
                        return new BrokenDataFiles.Problem(
                                file,
                                line,
                                column + 1,
                                file + " has text after the closing quote of a field (Ruby's CSV: \"Any value after "
                                        + "quoted field isn't allowed\")",
                                "end the field at its closing quote, or quote the whole field and write each quote "
                                        + "inside it twice (\"\")");
                    }
                } else if (c == '\n') {
                    line++;
                    column = 0;
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                openLine = line;
                openColumn = column;
                fieldStart = false;
            } else if (c == '"') {
                return new BrokenDataFiles.Problem(
                        file,
                        line,
                        column,
                        file + " has a quote inside a field that does not start with one (Ruby's CSV: \"Illegal "
                                + "quoting\"; a space before an opening quote is part of the field)",
                        "quote the whole field and write each quote inside it twice (\"5\"\" screen\"), with "
                                + "nothing between the separator and the opening quote");
            } else if (c == sep) {
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                fieldStart = true;
                if (c == '\n') {
                    line++;
                    column = 0;
                }
            } else {
                fieldStart = false;
            }
        }
        if (quoted) {
            return new BrokenDataFiles.Problem(
                    file,
                    openLine,
                    openColumn,
                    file + " has a quoted field that is never closed (Ruby's CSV: \"Unclosed quoted field\")",
                    "close the field with a '\"'; a quote inside a quoted field is written twice (\"\")");
        }
        return null;
    }
}
