package io.github.faqkit.core.kramdown;

import java.util.Set;

/**
 * The text kramdown renders for a heading's span content, in one left-to-right pass: code spans keep
 * their content, links keep their text (not the URL), images and HTML tags vanish, entities are
 * decoded, quotes become typographic quotes, {@code --}/{@code ...}/{@code <<} become symbols,
 * emphasis markers go. {@link #idText} is what kramdown-parser-gfm feeds to its id generator (no
 * footnote numbers), {@link #displayText} what a reader sees.
 */
final class SpanText {
    private static final String ESCAPABLE = "\\.*_+`<>()[]{}#!:|\"'$=-~";

    private static final java.util.regex.Pattern AUTOLINK =
            java.util.regex.Pattern.compile("(?:https?|ftp|mailto|file):[^\\s<>]+|[^\\s@<>]+@[^\\s@<>]+");
    private static final java.util.regex.Pattern TAG =
            java.util.regex.Pattern.compile("/?[A-Za-z][-\\w.:]*(?:\\s[^<>]*)?/?");

    final StringBuilder id = new StringBuilder();
    final StringBuilder display = new StringBuilder();
    /** Where the last span element ended: a span IAL right there is its attribute list, elsewhere text. */
    private int elementEnd = -1;

    private final Set<String> linkIds;

    private SpanText(Set<String> linkIds) {
        this.linkIds = linkIds;
    }

    static SpanText of(String raw, Set<String> linkIds) {
        SpanText t = new SpanText(linkIds);
        t.scan(raw, 0, raw.length());
        return t;
    }

    String idText() {
        return id.toString();
    }

    String displayText() {
        return display.toString();
    }

    private void both(CharSequence s) {
        id.append(s);
        display.append(s);
    }

    private void scan(String s, int from, int to) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            int start = i;
            int shown = display.length();
            if (c == '\\' && i + 1 < to && ESCAPABLE.indexOf(s.charAt(i + 1)) >= 0) {
                both(String.valueOf(s.charAt(i + 1)));
                i += 2;
                continue; // an escaped character is text
            } else if (c == '`') {
                i = codeSpan(s, i, to);
            } else if (c == '*' || c == '_') {
                i = emphasis(s, i, to);
            } else if (c == '~' && s.startsWith("~~", i)) {
                int close = s.indexOf("~~", i + 2);
                if (close > i + 2 && close + 2 <= to && !Character.isWhitespace(s.charAt(i + 2))) {
                    scan(s, i + 2, close);
                    i = close + 2;
                } else {
                    both("~~");
                    i += 2;
                }
            } else if (c == '<') {
                i = angle(s, i, to);
            } else if (c == '!' && i + 1 < to && s.charAt(i + 1) == '[') {
                i = link(s, i + 1, to, true, i);
            } else if (c == '[') {
                i = link(s, i, to, false, i);
            } else if (c == '&') {
                i = entity(s, i, to);
            } else if (c == '"' || c == '\'') {
                quote(s, i, c);
                i++;
            } else if (c == '-' && s.startsWith("--", i)) {
                if (s.startsWith("---", i)) {
                    both("\u2014");
                    i += 3;
                } else {
                    both("\u2013");
                    i += 2;
                }
            } else if (c == '.' && s.startsWith("...", i)) {
                both("\u2026");
                i += 3;
            } else if (c == ' ' && s.startsWith(" >>", i)) {
                both("\u00a0\u00bb");
                i += 3;
            } else if (c == '>' && s.startsWith(">>", i)) {
                both("\u00bb");
                i += 2;
            } else if (c == '{' && s.startsWith("{:", i) && s.indexOf('}', i) > 0 && s.indexOf('}', i) < to) {
                if (elementEnd == i) {
                    i = s.indexOf('}', i) + 1; // a span IAL: it goes to the element it follows
                    elementEnd = i;
                    continue;
                }
                // after text, or with nothing before it, kramdown takes the '{' as text (kramdown-golden a38)
                both("{");
                i++;
                continue;
            } else if (Character.isSurrogate(c)) {
                int cp = s.codePointAt(i);
                both(new String(Character.toChars(cp)));
                i += Character.charCount(cp);
            } else {
                // this character and every following one without a meaning of its own go over as they are
                int j = i + 1;
                while (j < to && !special(s.charAt(j))) {
                    j++;
                }
                id.append(s, i, j);
                display.append(s, i, j);
                i = j;
                continue;
            }
            // a span element (emphasis, code, link, tag, entity, typographic symbol) shows other than its source;
            // what kramdown leaves as text shows as written
            if (!display.substring(shown).contentEquals(s.subSequence(start, i))) {
                elementEnd = i;
            }
        }
    }

    /** The characters {@link #scan} has a branch for (and surrogates, which it copies as code points). */
    private static boolean special(char c) {
        return c < 128 ? SPECIAL[c] : Character.isSurrogate(c);
    }

    private static final boolean[] SPECIAL = new boolean[128];

    static {
        for (char c : "\\`*_~<![&\"'-. >{".toCharArray()) {
            SPECIAL[c] = true;
        }
    }

    private int codeSpan(String s, int i, int to) {
        int n = 0;
        while (i + n < to && s.charAt(i + n) == '`') {
            n++;
        }
        boolean simple = n == 1;
        boolean preWs = i == 0 || Character.isWhitespace(s.charAt(i - 1));
        if (simple && preWs && i + 1 < to && Character.isWhitespace(s.charAt(i + 1))) {
            both("`");
            return i + 1;
        }
        int close = s.indexOf("`".repeat(n), i + n);
        if (close < 0 || close + n > to) {
            both("`".repeat(n));
            return i + n;
        }
        String text = s.substring(i + n, close);
        if (!simple) {
            if (text.startsWith(" ")) {
                text = text.substring(1);
            }
            if (text.endsWith(" ")) {
                text = text.substring(0, text.length() - 1);
            }
        }
        both(text);
        return close + n;
    }

    private int emphasis(String s, int i, int to) {
        char d = s.charAt(i);
        int n = i + 1 < to && s.charAt(i + 1) == d ? 2 : 1;
        if (d == '_' && i > 0 && Character.isLetter(s.charAt(i - 1))
                || i + n >= to
                || Character.isWhitespace(s.charAt(i + n))) {
            both(s.substring(i, i + n));
            return i + n;
        }
        String delim = String.valueOf(d).repeat(n);
        int j = i + n;
        while ((j = s.indexOf(delim, j)) >= 0 && j < to) {
            boolean ok = j > i + n
                    && !Character.isWhitespace(s.charAt(j - 1))
                    && (d != '_' || j + n >= to || !Character.isLetterOrDigit(s.charAt(j + n)));
            if (n == 1 && j + 1 < to && s.charAt(j + 1) == d) {
                ok = false;
            }
            if (ok) {
                scan(s, i + n, j);
                return j + n;
            }
            j += 1;
        }
        if (n == 2) {
            // kramdown retries a failed strong as emphasis one character later
            both(String.valueOf(d));
            return emphasis(s, i + 1, to);
        }
        both(delim);
        return i + n;
    }

    private int angle(String s, int i, int to) {
        if (s.startsWith("<< ", i)) {
            // kramdown's laquo_space: a non-breaking space, which the id generator removes
            both("\u00ab\u00a0");
            return i + 3;
        }
        if (s.startsWith("<<", i)) {
            both("\u00ab");
            return i + 2;
        }
        if (s.startsWith("<!--", i)) {
            int e = s.indexOf("-->", i + 4);
            if (e >= 0 && e + 3 <= to) {
                return e + 3;
            }
        }
        int gt = s.indexOf('>', i);
        if (gt > 0 && gt < to) {
            String inner = s.substring(i + 1, gt);
            if (AUTOLINK.matcher(inner).matches()) {
                both(inner.replaceFirst("^mailto:", ""));
                return gt + 1;
            }
            if (TAG.matcher(inner).matches()) {
                return gt + 1;
            }
        }
        both("<");
        return i + 1;
    }

    private int link(String s, int open, int to, boolean image, int start) {
        int depth = 1;
        int j = open + 1;
        while (j < to && depth > 0) {
            char c = s.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
            j++;
        }
        if (depth != 0) {
            both(s.substring(start, open + 1));
            return open + 1;
        }
        int close = j - 1;
        String label = s.substring(open + 1, close);
        if (!image && label.startsWith("^")) {
            display.append("?");
            return close + 1;
        }
        int end;
        if (j < to && s.charAt(j) == '(') {
            int pd = 1;
            int k = j + 1;
            while (k < to && pd > 0) {
                if (s.charAt(k) == '(') {
                    pd++;
                } else if (s.charAt(k) == ')') {
                    pd--;
                }
                k++;
            }
            if (pd != 0) {
                both(s.substring(start, open + 1));
                return open + 1;
            }
            end = k;
        } else if (j < to && s.charAt(j) == '[') {
            int k = s.indexOf(']', j);
            if (k < 0 || k >= to) {
                both(s.substring(start, open + 1));
                return open + 1;
            }
            String ref = s.substring(j + 1, k);
            if (!linkIds.contains(BlockParser.normalizeLinkId(ref.isEmpty() ? label : ref))) {
                both(s.substring(start, open + 1));
                return open + 1;
            }
            end = k + 1;
        } else if (linkIds.contains(BlockParser.normalizeLinkId(label))) {
            end = j;
        } else {
            both(s.substring(start, open + 1));
            return open + 1;
        }
        if (!image) {
            scan(s, open + 1, close);
        }
        return end;
    }

    /** A character reference kramdown knows becomes its character; anything else keeps its {@code &} as text. */
    private int entity(String s, int i, int to) {
        int semi = s.indexOf(';', i);
        if (semi > i + 1 && semi < to && semi - i <= 32) {
            int cp = Entities.codePoint(s.substring(i + 1, semi));
            if (cp >= 0) {
                both(new String(Character.toChars(cp)));
                return semi + 1;
            }
        }
        both("&");
        return i + 1;
    }

    private void quote(String s, int i, char q) {
        boolean opening = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "([{-".indexOf(s.charAt(i - 1)) >= 0;
        if (q == '\'') {
            both(opening && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1)) ? "\u2018" : "\u2019");
        } else {
            both(opening ? "\u201c" : "\u201d");
        }
    }
}
