package io.github.faqkit.core.liquid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range {@code (a..b)} as the collection of a {@code for} or {@code tablerow} tag. Liqp's grammar allows no
 * {@code else} after a range in {@code for} and no range at all in {@code tablerow} (a false LIQ001 where Jekyll
 * renders; liquid-golden for-ruby f17, r1), so the range is passed as a lookup Liqp takes, {@code faq_range['(1..3)']}
 * (the text Ruby names the loop by, for {@code offset: continue}), and its bounds as two more attributes, which
 * {@link RubyFor} and {@link RubyTablerow} read.
 */
final class LoopRange {
    private LoopRange() {}

    /** Ruby's range: {@code (} a bound {@code ..} a bound {@code )}, each bound one word (Liquid's RangesRegex). */
    private static final Pattern RANGE =
            Pattern.compile("[\\w-]+\\s+in\\s+(\\(\\s*(\\S+?)\\s*\\.\\.\\s*(\\S+?)\\s*\\))", Pattern.DOTALL);

    /** The range's start and end in the markup, the lookup in its place, and the attributes to add at the end. */
    record Rewrite(int start, int end, String lookup, String attributes) {}

    /** The rewrite of a loop tag's markup over a range; null when the collection is no range. */
    static Rewrite read(String markup) {
        Matcher m = RANGE.matcher(markup);
        if (!m.lookingAt()) {
            return null;
        }
        String from = m.group(2);
        String to = m.group(3);
        String text = "(" + from + ".." + to + ")";
        String quote = text.contains("'") ? "\"" : "'";
        if (text.contains(quote)) {
            return null;
        }
        return new Rewrite(
                m.start(1),
                m.end(1),
                LoopItems.RANGE + "[" + quote + text + quote + "]",
                " " + LoopItems.RANGE_FROM + ":" + from + " " + LoopItems.RANGE_TO + ":" + to + " ");
    }
}
