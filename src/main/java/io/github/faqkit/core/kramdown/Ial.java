package io.github.faqkit.core.kramdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An inline attribute list as kramdown parses {@code {: … }}: classes accumulate, the last id wins,
 * bare words are references to attribute list definitions (so {@code toc} is a reference, not a class).
 */
final class Ial {
    final Map<String, String> attrs = new LinkedHashMap<>();
    final List<String> refs = new ArrayList<>();
    /** The attribute lines that contributed (several when consecutive lines merge). */
    final List<AttributeLineBuilder> sources = new ArrayList<>();

    /** kramdown's parse_attribute_list: tokens separated by white space. */
    void parse(String s) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int nameEnd = wordEnd(s, i);
            if (nameEnd > i
                    && nameEnd + 1 < n
                    && s.charAt(nameEnd) == '='
                    && (s.charAt(nameEnd + 1) == '"' || s.charAt(nameEnd + 1) == '\'')) {
                int after = keyValue(s, i, nameEnd);
                if (after >= 0) {
                    i = after;
                    continue;
                }
            }
            int end = i;
            while (end < n && !Character.isWhitespace(s.charAt(end))) {
                end++;
            }
            token(s.substring(i, end));
            i = end;
        }
    }

    /**
     * A {@code name="value"} (or single-quoted) pair from {@code i}, the name ending at {@code nameEnd}: the
     * offset after it, or -1 when the quote is never closed. Its own method: rare, and the JIT compiles
     * {@link #parse} again whenever a page takes a branch no page before it took.
     */
    private int keyValue(String s, int i, int nameEnd) {
        int n = s.length();
        char q = s.charAt(nameEnd + 1);
        int j = nameEnd + 2;
        StringBuilder v = new StringBuilder();
        while (j < n && s.charAt(j) != q) {
            if (s.charAt(j) == '\\' && j + 1 < n && (s.charAt(j + 1) == q || s.charAt(j + 1) == '}')) {
                j++;
            }
            v.append(s.charAt(j));
            j++;
        }
        if (j >= n) {
            return -1;
        }
        attrs.put(s.substring(i, nameEnd), v.toString());
        return j + 1;
    }

    private void token(String t) {
        if (wordEnd(t, 0) == t.length()) {
            refs.add(t);
            return;
        }
        List<String[]> parts = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            int j = i + 1;
            if (c == '#') {
                if (j >= t.length() || !isAsciiLetter(t.charAt(j))) {
                    return;
                }
                while (j < t.length() && (isWord(t.charAt(j)) || t.charAt(j) == ':' || t.charAt(j) == '-')) {
                    j++;
                }
            } else if (c == '.') {
                while (j < t.length() && t.charAt(j) != '.' && t.charAt(j) != '#') {
                    j++;
                }
                if (j == i + 1) {
                    return;
                }
            } else {
                return;
            }
            parts.add(new String[] {String.valueOf(c), t.substring(i + 1, j)});
            i = j;
        }
        for (String[] p : parts) {
            if (p[0].equals("#")) {
                attrs.put("id", p[1]);
            } else {
                addClass(attrs, p[1]);
            }
        }
    }

    static void addClass(Map<String, String> attrs, String cls) {
        String old = attrs.get("class");
        attrs.put("class", old == null || old.isEmpty() ? cls : (old + " " + cls).strip());
    }

    /** kramdown's update_ial_with_ial / update_attr_with_ial: merge another list into this one. */
    void mergeFrom(Ial other) {
        refs.addAll(other.refs);
        for (Map.Entry<String, String> e : other.attrs.entrySet()) {
            if (e.getKey().equals("class")) {
                addClass(attrs, e.getValue());
            } else {
                attrs.put(e.getKey(), e.getValue());
            }
        }
    }

    private static int wordEnd(String s, int i) {
        if (i >= s.length() || !isWord(s.charAt(i))) {
            return i;
        }
        int j = i + 1;
        while (j < s.length() && (isWord(s.charAt(j)) || s.charAt(j) == '-')) {
            j++;
        }
        return j;
    }

    static boolean isWord(char c) {
        return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
