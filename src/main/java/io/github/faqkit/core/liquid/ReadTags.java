package io.github.faqkit.core.liquid;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The tags of a text that Liquid reads: those inside a {@code raw} or {@code comment} body are never parsed. */
final class ReadTags {
    private ReadTags() {}

    /**
     * Calls {@code visit} with each match of {@code tag} (group 1: the tag's name) outside {@code raw} and
     * {@code comment} bodies, in text order, until it returns false.
     */
    static void each(Pattern tag, String text, Predicate<Matcher> visit) {
        Matcher m = tag.matcher(text);
        String skipUntil = null;
        while (m.find()) {
            String name = m.group(1);
            if (skipUntil != null) {
                if (name.equals(skipUntil)) {
                    skipUntil = null;
                }
            } else if (name.equals("raw") || name.equals("comment")) {
                skipUntil = "end" + name;
            } else if (!visit.test(m)) {
                return;
            }
        }
    }
}
