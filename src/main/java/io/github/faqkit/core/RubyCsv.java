package io.github.faqkit.core;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV and TSV as Ruby's CSV reads them for Jekyll (quotes quote in both, no liberal parsing; measured with
 * {@code jekyll build}: scripts/data-golden and liquid-golden/data-tsv-quotes): the rows, and the first of the three
 * things that make it stop the build — a quoted field never closed, text after a field's closing quote, a quote
 * inside a field that does not start with one (also after a space: {@code a, "b"}). Line breaks and ragged rows are
 * read either way.
 */
public final class RubyCsv {
    /** The rows (an empty, unquoted field is null, as Ruby's nil), and the first problem or null. */
    public record Parsed(List<List<String>> rows, DataFiles.Problem problem) {}

    private final String file;
    private final String text;
    private final char sep;
    private DataFiles.Problem problem;
    private int line = 1;
    private int column = 0;

    private RubyCsv(String file, String text, char sep) {
        this.file = file;
        this.text = text;
        this.sep = sep;
    }

    /** Reads {@code text} of data file {@code file} (named in the problem) with separator {@code sep}. */
    public static Parsed parse(String file, String text, char sep) {
        RubyCsv csv = new RubyCsv(file, text, sep);
        List<List<String>> rows = csv.rows();
        return new Parsed(rows, csv.problem);
    }

    private List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        // whether the cell being read had quotes: only then is an empty cell a string
        boolean wasQuoted = false;
        int openLine = 0;
        int openColumn = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                    column++;
                } else if (c == '"') {
                    quoted = false;
                    char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
                    if (next != sep && next != '\n' && next != '\r') {
                        problem(
                                line,
                                column + 1,
                                " has text after the closing quote of a field (Ruby's CSV: \"Any value after quoted "
                                        + "field isn't allowed\")",
                                "end the field at its closing quote, or quote the whole field and write each quote "
                                        + "inside it twice (\"\")");
                    }
                } else {
                    cell.append(c);
                    newLine(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
                wasQuoted = true;
                any = true;
                openLine = line;
                openColumn = column;
            } else if (c == sep) {
                row.add(cell(cell, wasQuoted));
                cell.setLength(0);
                wasQuoted = false;
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || cell.length() > 0) {
                    row.add(cell(cell, wasQuoted));
                    rows.add(row);
                }
                row = new ArrayList<>();
                cell.setLength(0);
                wasQuoted = false;
                any = false;
                line++;
                column = 0;
            } else {
                if (c == '"') {
                    problem(
                            line,
                            column,
                            " has a quote inside a field that does not start with one (Ruby's CSV: \"Illegal "
                                    + "quoting\"; a space before an opening quote is part of the field)",
                            "quote the whole field and write each quote inside it twice (\"5\"\" screen\"), with "
                                    + "nothing between the separator and the opening quote");
                }
                cell.append(c);
                any = true;
            }
        }
        if (quoted) {
            problem(
                    openLine,
                    openColumn,
                    " has a quoted field that is never closed (Ruby's CSV: \"Unclosed quoted field\")",
                    "close the field with a '\"'; a quote inside a quoted field is written twice (\"\")");
        }
        if (any || cell.length() > 0) {
            row.add(cell(cell, wasQuoted));
            rows.add(row);
        }
        return rows;
    }

    /** A line break inside a quoted field: positions after it are on the next line. */
    private void newLine(char c) {
        if (c == '\n') {
            line++;
            column = 0;
        }
    }

    private void problem(int atLine, int atColumn, String what, String hint) {
        if (problem == null) {
            problem = new DataFiles.Problem(file, atLine, atColumn, file + what, hint);
        }
    }

    /** A field's value: nil (null) when it is empty and unquoted, as Ruby's CSV reads it. */
    private static String cell(StringBuilder cell, boolean quoted) {
        return cell.length() == 0 && !quoted ? null : cell.toString();
    }
}
