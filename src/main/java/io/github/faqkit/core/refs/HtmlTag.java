package io.github.faqkit.core.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One HTML start tag read leniently, as browsers do: attribute names, values quoted with {@code "}
 * or {@code '} or unquoted. Liquid inside a quoted value is skipped as a unit, because Jekyll renders
 * it before the HTML exists ({@code src="{{ "/x.png" | relative_url }}"}).
 */
record HtmlTag(List<Attr> attrs, int end) {

    /** An attribute; {@code valueOffset} is the offset of the value's first character in the text. */
    record Attr(String name, String value, int valueOffset) {}

    /** Parses the attributes of the tag whose name ends at {@code from}; null when no {@code >} closes it. */
    static HtmlTag parse(String t, int start, int from, int max) {
        List<Attr> attrs = new ArrayList<>();
        int i = from;
        while (i < max) {
            char c = t.charAt(i);
            if (c == '>') {
                return new HtmlTag(attrs, i + 1);
            }
            if (Character.isWhitespace(c) || c == '/') {
                i++;
                continue;
            }
            if (c == '<') {
                return null;
            }
            int ns = i;
            while (i < max && !Character.isWhitespace(t.charAt(i)) && "=>/".indexOf(t.charAt(i)) < 0) {
                if (t.startsWith("{{", i) || t.startsWith("{%", i)) {
                    i = skipLiquid(t, i, max);
                } else {
                    i++;
                }
            }
            String name = t.substring(ns, i).toLowerCase(Locale.ROOT);
            int j = i;
            while (j < max && Character.isWhitespace(t.charAt(j))) {
                j++;
            }
            if (j < max && t.charAt(j) == '=') {
                j++;
                while (j < max && Character.isWhitespace(t.charAt(j))) {
                    j++;
                }
                if (j >= max) {
                    return null;
                }
                char q = t.charAt(j);
                if (q == '"' || q == '\'') {
                    int vs = j + 1;
                    int k = vs;
                    while (k < max && t.charAt(k) != q) {
                        k = t.startsWith("{{", k) || t.startsWith("{%", k) ? skipLiquid(t, k, max) : k + 1;
                    }
                    if (k >= max) {
                        return null;
                    }
                    attrs.add(new Attr(name, t.substring(vs, k), vs));
                    i = k + 1;
                } else {
                    int vs = j;
                    int k = vs;
                    while (k < max && !Character.isWhitespace(t.charAt(k)) && t.charAt(k) != '>') {
                        k++;
                    }
                    attrs.add(new Attr(name, t.substring(vs, k), vs));
                    i = k;
                }
            } else if (!name.isEmpty()) {
                attrs.add(new Attr(name, "", i));
            }
        }
        return null;
    }

    private static int skipLiquid(String t, int i, int max) {
        String close = t.charAt(i + 1) == '{' ? "}}" : "%}";
        int e = t.indexOf(close, i + 2);
        return e >= 0 && e + 2 <= max ? e + 2 : i + 2;
    }

    Attr attr(String name) {
        for (Attr a : attrs) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    String value(String name) {
        Attr a = attr(name);
        return a == null ? null : a.value();
    }
}
