package io.github.faqkit.fix;

/**
 * Replace the characters {@code [start, end)} of a page's decoded text with {@code replacement}
 * ({@code start == end}: an insertion). Offsets are in the text the page was parsed from; the engine
 * maps them onto the original bytes.
 */
public record Edit(int start, int end, String replacement) {

    public Edit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range " + start + ".." + end);
        }
    }

    public static Edit insert(int at, String text) {
        return new Edit(at, at, text);
    }

    public static Edit delete(int start, int end) {
        return new Edit(start, end, "");
    }

    /** True when both touch the same characters, or insert at the same place (order would be ambiguous). */
    boolean overlaps(Edit o) {
        if (start == o.start && (start == end || o.start == o.end)) {
            return true;
        }
        return start < o.end && o.start < end;
    }
}
