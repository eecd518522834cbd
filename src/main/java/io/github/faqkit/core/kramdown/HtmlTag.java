package io.github.faqkit.core.kramdown;

import java.util.LinkedHashMap;
import java.util.Locale;
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
    static HtmlTag read(CharSequence s, int p) {
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
        HtmlTag tag = new HtmlTag(s.subSequence(ns, i).toString());
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
            String attr = s.subSequence(as, i).toString();
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
                    int close = indexOf(s, s.charAt(j), j + 1);
                    if (close < 0) {
                        return null;
                    }
                    value = s.subSequence(j + 1, close).toString();
                    i = close + 1;
                } else {
                    int vs = j;
                    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                        j++;
                    }
                    if (j == vs) {
                        return null;
                    }
                    value = s.subSequence(vs, j).toString();
                    i = j;
                }
            }
            tag.attrs.put(attr, value);
        }
    }

    /** The name kramdown gives an element: lower case when it knows the name. */
    static String elementName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return HtmlNames.KNOWN.contains(lower) ? lower : name;
    }

    /** True for {@code script} and {@code style}, whose body kramdown takes verbatim up to the first end tag. */
    static boolean verbatim(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("script") || lower.equals("style");
    }

    /**
     * Whether kramdown reads the body of this tag, met inside raw HTML, as span-level text up to its first end tag:
     * {@code markdown="span"}, or {@code markdown="1"} on an element whose content model is span ({@code <p>},
     * {@code <th>}, {@code <a>} …). Its own handler does so whatever the element around it is.
     */
    static boolean spanBody(HtmlTag tag) {
        if (tag.selfClosed || verbatim(tag.name)) {
            return false;
        }
        String markdown = tag.attrs.get("markdown");
        String name = tag.name.toLowerCase(Locale.ROOT);
        return "span".equals(markdown)
                || "1".equals(markdown)
                        && HtmlNames.MODEL_SPAN.contains(name)
                        && !HtmlNames.WITHOUT_BODY.contains(name);
    }

    /**
     * Whether kramdown reads the body of this tag, met inside raw HTML, as Markdown blocks up to its end tag:
     * {@code markdown="block"}, or {@code markdown="1"} on an element whose content model is block ({@code <div>},
     * {@code <details>} …). Its own handler does so whatever the element around it is (kramdown golden g21).
     */
    static boolean blockBody(HtmlTag tag) {
        if (tag.selfClosed || verbatim(tag.name)) {
            return false;
        }
        String markdown = tag.attrs.get("markdown");
        String name = tag.name.toLowerCase(Locale.ROOT);
        return !HtmlNames.WITHOUT_BODY.contains(name)
                && ("block".equals(markdown) || "1".equals(markdown) && HtmlNames.MODEL_BLOCK.contains(name));
    }

    /** After the first end tag of {@code name} (any case) at or after {@code from}, or the end of the text. */
    static int firstEndTag(CharSequence s, int from, String name) {
        int i = from;
        while (true) {
            int lt = indexOf(s, "</", i);
            if (lt < 0) {
                return s.length();
            }
            int close = endTag(s, lt);
            if (close > 0
                    && s.subSequence(lt + 2, nameEnd(s, lt + 2)).toString().equalsIgnoreCase(name)) {
                return close;
            }
            i = lt + 2;
        }
    }

    /**
     * The end tag of the open element {@code open} (as {@link #elementName} gives it) at {@code lt}: the offset
     * after it, or -1 when there is none or it closes another element (kramdown reads that as text).
     */
    static int endTagOf(CharSequence s, int lt, String open) {
        int close = endTag(s, lt);
        if (close < 0) {
            return -1;
        }
        String closing = s.subSequence(lt + 2, nameEnd(s, lt + 2)).toString();
        return open.equals(HtmlNames.KNOWN.contains(open) ? closing.toLowerCase(Locale.ROOT) : closing) ? close : -1;
    }

    /** HTML_TAG_CLOSE_RE at {@code lt}: the offset after {@code </name >}, or -1. */
    private static int endTag(CharSequence s, int lt) {
        if (!startsWith(s, "</", lt) || lt + 2 >= s.length() || !nameStart(s.charAt(lt + 2))) {
            return -1;
        }
        int gt = nameEnd(s, lt + 2);
        while (gt < s.length() && Character.isWhitespace(s.charAt(gt))) {
            gt++;
        }
        return gt < s.length() && s.charAt(gt) == '>' ? gt + 1 : -1;
    }

    private static int nameEnd(CharSequence s, int i) {
        while (i < s.length() && nameChar(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean nameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == ':';
    }

    private static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '-' || c == '.';
    }

    /** {@link String#indexOf(int, int)} of a page's text or of a container's view of it. */
    static int indexOf(CharSequence s, char c, int from) {
        if (s instanceof String t) {
            return t.indexOf(c, from);
        }
        if (s instanceof Src src) {
            return src.indexOf(c, from);
        }
        for (int i = Math.max(from, 0); i < s.length(); i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** {@link String#indexOf(String, int)} of a page's text or of a container's view of it. */
    static int indexOf(CharSequence s, String what, int from) {
        if (s instanceof String t) {
            return t.indexOf(what, from);
        }
        for (int i = indexOf(s, what.charAt(0), from); i >= 0; i = indexOf(s, what.charAt(0), i + 1)) {
            if (startsWith(s, what, i)) {
                return i;
            }
        }
        return -1;
    }

    /** {@link String#startsWith(String, int)} of a page's text or of a container's view of it. */
    static boolean startsWith(CharSequence s, String prefix, int at) {
        if (s instanceof String t) {
            return t.startsWith(prefix, at);
        }
        if (at < 0 || at + prefix.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (s.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
