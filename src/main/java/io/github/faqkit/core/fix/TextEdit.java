package io.github.faqkit.core.fix;

/**
 * Replace the characters {@code [start, end)} of a page's decoded text, which the rule expects to read
 * {@code expected}, with {@code replacement} ({@code start == end}: an insertion, {@code expected} empty).
 * The fixing engine applies the edit only when the text still holds {@code expected} there, and maps the
 * offsets onto the file's bytes.
 */
public record TextEdit(int start, int end, String expected, String replacement) {

    public TextEdit {
        if (start < 0 || end < start || expected.length() != end - start) {
            throw new IllegalArgumentException("bad edit " + start + ".." + end + " expecting '" + expected + "'");
        }
    }

    /** Replaces {@code [start, end)} of {@code text}, expecting what is there now. */
    public static TextEdit replace(PageText text, int start, int end, String replacement) {
        return new TextEdit(start, end, text.text().substring(start, end), replacement);
    }

    public static TextEdit insert(int at, String replacement) {
        return new TextEdit(at, at, "", replacement);
    }

    public static TextEdit delete(PageText text, int start, int end) {
        return replace(text, start, end, "");
    }
}
