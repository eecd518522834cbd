package io.github.faqkit.core.kramdown;

/**
 * A line of a source text read in place: the line tests of the block parser run on it without copying the
 * line. Mutable and reused, so it never leaves the loop that points it; what must outlive the loop is copied
 * with {@link #toString}.
 */
final class Line implements CharSequence {
    private String text = "";
    int from;
    int to;

    /** Points this view at {@code text[from, to)}. */
    Line set(String text, int from, int to) {
        this.text = text;
        this.from = from;
        this.to = to;
        return this;
    }

    /** The text this view reads. */
    String text() {
        return text;
    }

    @Override
    public int length() {
        return to - from;
    }

    @Override
    public char charAt(int index) {
        return text.charAt(from + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(from + start, from + end);
    }

    @Override
    public String toString() {
        return text.substring(from, to);
    }
}
