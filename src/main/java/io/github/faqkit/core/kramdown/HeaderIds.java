package io.github.faqkit.core.kramdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Header ids as Jekyll renders them. {@link #gfm} is kramdown-parser-gfm's generate_gfm_header_id:
 * lower-case code point by code point (Ruby's String#downcase has no Greek final-sigma context; a
 * whole-string Java toLowerCase would), keep Ruby's {@code \p{Word}} = alphabetic, marks, decimal
 * digits, connector punctuation, plus {@code -}, space and tab; each space or tab becomes {@code -};
 * dedupe with a counter keyed on the unsuffixed id. {@link #plain} is the converter's generate_id,
 * used for headings inside HTML elements with {@code markdown="1"} (the GFM parser does not visit them).
 */
final class HeaderIds {
    private final String prefix;
    private final Map<String, Integer> gfmCounter = new HashMap<>();
    private final Map<String, Integer> plainUsed = new HashMap<>();

    HeaderIds(String prefix) {
        this.prefix = prefix;
    }

    static String slug(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            // String.toLowerCase(ROOT) of one code point is Character.toLowerCase except for the two
            // context-dependent cases (dotted capital I, capital sigma): only those need the String path.
            if (cp != '\u0130' && cp != '\u03A3') {
                append(out, Character.toLowerCase(cp));
                continue;
            }
            String lower = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
            for (int j = 0; j < lower.length(); ) {
                int l = lower.codePointAt(j);
                j += Character.charCount(l);
                append(out, l);
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, int l) {
        if (l == ' ' || l == '\t') {
            out.append('-');
        } else if (l == '-' || isWord(l)) {
            out.appendCodePoint(l);
        }
    }

    /** Ruby's {@code \p{Word}}, verified over every code point against Ruby 3.1. */
    static boolean isWord(int cp) {
        if (Character.isAlphabetic(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK
                || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK
                || t == Character.DECIMAL_DIGIT_NUMBER
                || t == Character.CONNECTOR_PUNCTUATION;
    }

    String gfm(String text) {
        String result = slug(text);
        int n = gfmCounter.merge(result, 0, (a, b) -> a + 1);
        return prefix + (n > 0 ? result + "-" + n : result);
    }

    String plain(String text) {
        String s = text.replaceFirst("^[^a-zA-Z]+", "");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
                b.append(c);
            } else if (c == ' ') {
                b.append('-');
            }
        }
        String id = b.toString().toLowerCase(Locale.ROOT);
        if (id.isEmpty()) {
            id = "section";
        }
        Integer used = plainUsed.get(id);
        if (used != null) {
            plainUsed.put(id, used + 1);
            id = id + "-" + (used + 1);
        } else {
            plainUsed.put(id, 0);
        }
        return prefix + id;
    }
}
