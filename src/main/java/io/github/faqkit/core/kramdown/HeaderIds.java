package io.github.faqkit.core.kramdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Header ids as Jekyll renders them. {@link #gfm} is kramdown-parser-gfm's generate_gfm_header_id:
 * lower-case with Ruby's String#downcase (code point by code point: it has no Greek final-sigma context),
 * keep Ruby's {@code \p{Word}}, {@code -}, space and tab; each space or tab becomes {@code -}; dedupe with a
 * counter keyed on the unsuffixed id. Both come from the Unicode data of the Ruby that builds the site
 * ({@link RubyUnicode}), never from the JDK's. {@link #plain} is the converter's generate_id, used for headings
 * inside HTML elements with {@code markdown="1"} (the GFM parser does not visit them).
 */
final class HeaderIds {
    private final String prefix;
    private final RubyUnicode unicode;
    private final Map<String, Integer> gfmCounter = new HashMap<>();
    private final Map<String, Integer> plainUsed = new HashMap<>();

    HeaderIds(String prefix, RubyUnicode unicode) {
        this.prefix = prefix;
        this.unicode = unicode;
    }

    /** The id text of {@code text} before deduplication, with the Unicode data of {@code unicode}. */
    static String slug(String text, RubyUnicode unicode) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            // a loop, not a callback: a capturing lambda per code point was a large share of what ids allocated
            if (cp < 0x80) {
                appendIdChar(out, cp >= 'A' && cp <= 'Z' ? cp + 32 : cp, unicode);
                continue;
            }
            int[] lower = unicode.lower(cp);
            if (lower == null) {
                appendIdChar(out, cp, unicode);
            } else {
                for (int l : lower) {
                    appendIdChar(out, l, unicode);
                }
            }
        }
        return out.toString();
    }

    /**
     * Where {@link #slug}{@code (text.substring(from, to), unicode)} ends when it is found in {@code id} at
     * {@code at}; -1 when it is not there. Compares without building the slug (a page summary that derives its
     * heading ids asks this for every fragment link to it).
     */
    static int matchSlug(String text, int from, int to, RubyUnicode unicode, String id, int at) {
        int p = at;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int[] lower = cp < 0x80 ? null : unicode.lower(cp);
            if (lower == null) {
                p = matchIdChar(cp < 0x80 && cp >= 'A' && cp <= 'Z' ? cp + 32 : cp, unicode, id, p);
            } else {
                for (int l : lower) {
                    p = matchIdChar(l, unicode, id, p);
                    if (p < 0) {
                        break;
                    }
                }
            }
            if (p < 0) {
                return -1;
            }
        }
        return p;
    }

    /** {@link #appendIdChar} as a comparison with {@code id} at {@code p}: where the match ends, or -1. */
    private static int matchIdChar(int l, RubyUnicode unicode, String id, int p) {
        int c = l == ' ' || l == '\t' ? '-' : l == '-' || unicode.word(l) ? l : -1;
        if (c < 0) {
            return p;
        }
        if (p >= id.length() || id.codePointAt(p) != c) {
            return -1;
        }
        return p + Character.charCount(c);
    }

    /** Keeps a code point of the lower-cased text: word characters and '-' as they are, a space or tab as '-'. */
    private static void appendIdChar(StringBuilder out, int l, RubyUnicode unicode) {
        if (l == ' ' || l == '\t') {
            out.append('-');
        } else if (l == '-' || unicode.word(l)) {
            out.appendCodePoint(l);
        }
    }

    String gfm(String text) {
        String result = slug(text, unicode);
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
