package io.github.faqkit.core.kramdown;

import java.util.Locale;

/**
 * A line like {@code ##Text} that GFM renders as paragraph text.
 *
 * @param line the line in the file
 * @param after the character after the hashes: often a letter, sometimes a Unicode space (a no-break space
 *     pasted from a word processor or typed with Option-Space) that looks like a space but is not one to GFM
 */
public record NoSpaceHeading(int line, int after) {

    /** True when the hashes are followed by a space character that GFM does not take as a space. */
    public boolean unicodeSpace() {
        return after != ' ' && Character.getType(after) == Character.SPACE_SEPARATOR;
    }

    /** The character after the hashes by its Unicode name and code point: {@code no-break space (U+00A0)}. */
    public String afterName() {
        String name = Character.getName(after);
        return (name == null ? "character" : name.toLowerCase(Locale.ROOT))
                + String.format(Locale.ROOT, " (U+%04X)", after);
    }
}
