package io.github.faqkit.core.kramdown;

import java.util.LinkedHashMap;
import java.util.Map;

/** A raw HTML start tag as kramdown's HTML_TAG_RE reads it (name, attributes, {@code />}). */
final class HtmlTag {
    final String name;
    final Map<String, String> attrs = new LinkedHashMap<>();
    boolean selfClosed;
    int end;

    private HtmlTag(String name) {
        this.name = name;
    }

    /** Reads a start tag at {@code p} (which holds {@code <}); null when there is none. */
    static HtmlTag read(String s, int p) {
        if (p >= s.length() || s.charAt(p) != '<') {
            return null;
        }
        int i = p + 1;
        int ns = i;
        if (i >= s.length() || !nameStart(s.charAt(i))) {
            return null;
        }
        while (i < s.length() && nameChar(s.charAt(i))) {
            i++;
        }
        HtmlTag tag = new HtmlTag(s.substring(ns, i));
        while (true) {
            int ws = i;
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                return null;
            }
            char c = s.charAt(i);
            if (c == '>') {
                tag.end = i + 1;
                return tag;
            }
            if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '>') {
                tag.selfClosed = true;
                tag.end = i + 2;
                return tag;
            }
            if (ws == i || !nameStart(c)) {
                return null;
            }
            int as = i;
            while (i < s.length() && nameChar(s.charAt(i))) {
                i++;
            }
            String attr = s.substring(as, i);
            int j = i;
            while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            String value = "";
            if (j < s.length() && s.charAt(j) == '=') {
                j++;
                while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                if (j < s.length() && (s.charAt(j) == '"' || s.charAt(j) == '\'')) {
                    int close = s.indexOf(s.charAt(j), j + 1);
                    if (close < 0) {
                        return null;
                    }
                    value = s.substring(j + 1, close);
                    i = close + 1;
                } else {
                    int vs = j;
                    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                        j++;
                    }
                    if (j == vs) {
                        return null;
                    }
                    value = s.substring(vs, j);
                    i = j;
                }
            }
            tag.attrs.put(attr, value);
        }
    }

    /**
     * Where the element's body ends: after the matching end tag (nested tags of the same name are
     * counted; comments skipped when {@code raw}), or the end of the text when it is never closed.
     */
    static int findEnd(String s, int from, String name, boolean raw) {
        int depth = 1;
        int i = from;
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        while (true) {
            int lt = s.indexOf('<', i);
            if (lt < 0) {
                return s.length();
            }
            if (raw && s.startsWith("<!--", lt)) {
                int e = s.indexOf("-->", lt + 4);
                if (e < 0) {
                    return s.length();
                }
                i = e + 3;
                continue;
            }
            if (lt + 1 < s.length() && s.charAt(lt + 1) == '/') {
                int ne = lt + 2;
                while (ne < s.length() && nameChar(s.charAt(ne))) {
                    ne++;
                }
                int gt = ne;
                while (gt < s.length() && Character.isWhitespace(s.charAt(gt))) {
                    gt++;
                }
                if (gt < s.length() && s.charAt(gt) == '>'
                        && s.substring(lt + 2, ne).toLowerCase(java.util.Locale.ROOT).equals(lower)) {
                    depth--;
                    if (depth == 0) {
                        return gt + 1;
                    }
                }
                i = lt + 2;
                continue;
            }
            if (raw) {
                HtmlTag t = read(s, lt);
                if (t != null && t.name.equalsIgnoreCase(name) && !t.selfClosed) {
                    depth++;
                    i = t.end;
                    continue;
                }
            }
            i = lt + 1;
        }
    }

    private static boolean nameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == ':';
    }

    private static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '-' || c == '.';
    }
}
