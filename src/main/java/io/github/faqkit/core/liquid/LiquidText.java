package io.github.faqkit.core.liquid;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cheap facts about a text before any Liquid runs: whether it holds Liquid at all (pages without it are
 * never rendered) and which tag and filter names it uses, so names that no engine here knows (Ruby
 * plugins, themes) can be registered as opaque before the text is parsed.
 */
public final class LiquidText {
    /** What an opaque tag or filter writes: a character no page writes, so consumers can tell it apart. */
    public static final char OPAQUE = '\uFFFC';

    private LiquidText() {}

    public static boolean hasLiquid(CharSequence s) {
        for (int i = 0, n = s.length() - 1; i < n; i++) {
            if (s.charAt(i) == '{') {
                char c = s.charAt(i + 1);
                if (c == '{' || c == '%') {
                    return true;
                }
            }
        }
        return false;
    }

    /** The same on UTF-8 bytes ({@code {} and {@code %} are single bytes that never occur inside a sequence). */
    public static boolean hasLiquid(byte[] bytes) {
        for (int i = 0, n = bytes.length - 1; i < n; i++) {
            if (bytes[i] == '{' && (bytes[i + 1] == '{' || bytes[i + 1] == '%')) {
                return true;
            }
        }
        return false;
    }

    public static boolean hasOpaque(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == OPAQUE) {
                return true;
            }
        }
        return false;
    }

    /** Names used in a text: tag names (first word after {@code {%}) and filter names (word after {@code |}). */
    public record Names(Map<String, Integer> tags, Map<String, Integer> filters) {}

    /**
     * Tag and filter names with the offset of their first use. A lexical pass over the delimiters only:
     * the grammar is Liqp's, this just tells it in advance which extra names to accept.
     */
    public static Names names(String s) {
        Map<String, Integer> tags = new LinkedHashMap<>();
        Map<String, Integer> filters = new LinkedHashMap<>();
        int i = 0;
        while (true) {
            int open = s.indexOf('{', i);
            if (open < 0 || open + 1 >= s.length()) {
                break;
            }
            char c = s.charAt(open + 1);
            if (c != '{' && c != '%') {
                i = open + 1;
                continue;
            }
            String close = c == '{' ? "}}" : "%}";
            int end = s.indexOf(close, open + 2);
            if (end < 0) {
                break;
            }
            String inner = s.substring(open + 2, end);
            if (c == '%') {
                String name = firstWord(inner);
                if (!name.isEmpty()) {
                    tags.putIfAbsent(name, open);
                    if (name.equals("raw")) {
                        int endRaw = s.indexOf("endraw", end);
                        i = endRaw < 0 ? end + 2 : endRaw;
                        continue;
                    }
                    if (name.equals("comment")) {
                        int endComment = s.indexOf("endcomment", end);
                        i = endComment < 0 ? end + 2 : endComment;
                        continue;
                    }
                }
            }
            filterNames(inner, open, filters);
            i = end + 2;
        }
        return new Names(tags, filters);
    }

    private static String firstWord(String inner) {
        int p = 0;
        while (p < inner.length() && (inner.charAt(p) == '-' || Character.isWhitespace(inner.charAt(p)))) {
            p++;
        }
        int q = p;
        while (q < inner.length() && (Character.isLetterOrDigit(inner.charAt(q)) || inner.charAt(q) == '_')) {
            q++;
        }
        return inner.substring(p, q);
    }

    private static void filterNames(String inner, int at, Map<String, Integer> out) {
        char quote = 0;
        for (int p = 0; p < inner.length(); p++) {
            char c = inner.charAt(p);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '|' && (p + 1 >= inner.length() || inner.charAt(p + 1) != '|')) {
                int s = p + 1;
                while (s < inner.length() && Character.isWhitespace(inner.charAt(s))) {
                    s++;
                }
                int e = s;
                while (e < inner.length() && (Character.isLetterOrDigit(inner.charAt(e)) || inner.charAt(e) == '_')) {
                    e++;
                }
                if (e > s) {
                    out.putIfAbsent(inner.substring(s, e), at);
                }
            }
        }
    }
}
