package io.github.faqkit.core.kramdown;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * kramdown's lists of HTML element names, which decide how the block parser reads raw HTML: span elements
 * (never a block), elements without a body, and the content model {@code markdown="1"} gives an element.
 */
final class HtmlNames {
    private HtmlNames() {}

    static final Set<String> SPAN_ELEMENTS = Set.of(
            "a", "abbr", "acronym", "b", "big", "bdo", "br", "button", "cite", "code", "del", "dfn", "em", "i", "img",
            "input", "ins", "kbd", "label", "mark", "option", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "samp",
            "select", "small", "span", "strong", "sub", "sup", "tt", "u", "var");
    static final Set<String> LAZY_END_SPAN = union(SPAN_ELEMENTS, Set.of("script"));
    static final Set<String> WITHOUT_BODY = Set.of(
            "area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
            "source", "track", "wbr");
    static final Set<String> MODEL_BLOCK = Set.of(
            "address",
            "applet",
            "article",
            "aside",
            "blockquote",
            "body",
            "dd",
            "details",
            "div",
            "dl",
            "fieldset",
            "figure",
            "figcaption",
            "footer",
            "form",
            "header",
            "hgroup",
            "iframe",
            "li",
            "main",
            "map",
            "menu",
            "nav",
            "noscript",
            "object",
            "section",
            "summary",
            "td");
    static final Set<String> MODEL_SPAN = Set.of(
            "a",
            "abbr",
            "acronym",
            "b",
            "bdo",
            "big",
            "button",
            "cite",
            "caption",
            "del",
            "dfn",
            "dt",
            "em",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "i",
            "ins",
            "label",
            "legend",
            "optgroup",
            "p",
            "q",
            "rb",
            "rbc",
            "rp",
            "rt",
            "rtc",
            "ruby",
            "select",
            "small",
            "span",
            "strong",
            "sub",
            "sup",
            "th",
            "tt");

    /**
     * kramdown's HTML_ELEMENT: the names it knows (their tags match in any case; other names, such as
     * custom elements, only in the case they were written in).
     */
    static final Set<String> KNOWN = known();

    private static Set<String> known() {
        Set<String> s = new HashSet<>(SPAN_ELEMENTS);
        s.addAll(WITHOUT_BODY);
        s.addAll(MODEL_BLOCK);
        s.addAll(MODEL_SPAN);
        s.addAll(List.of("script", "style", "math", "option", "textarea", "pre", "code", "kbd", "samp", "var"));
        s.addAll(List.of(
                "address",
                "article",
                "aside",
                "applet",
                "body",
                "blockquote",
                "caption",
                "col",
                "colgroup",
                "dd",
                "div",
                "dl",
                "dt",
                "fieldset",
                "figcaption",
                "footer",
                "form",
                "h1",
                "h2",
                "h3",
                "h4",
                "h5",
                "h6",
                "header",
                "hgroup",
                "hr",
                "html",
                "head",
                "iframe",
                "legend",
                "menu",
                "li",
                "main",
                "map",
                "nav",
                "ol",
                "optgroup",
                "p",
                "pre",
                "section",
                "summary",
                "table",
                "tbody",
                "td",
                "th",
                "thead",
                "tfoot",
                "tr",
                "ul"));
        return Set.copyOf(s);
    }

    /** Inline elements whose content kramdown parses as spans, one recursion per element. */
    static final Set<String> NESTING_SPANS = Set.of(
            "a", "abbr", "b", "bdo", "big", "cite", "del", "dfn", "em", "i", "ins", "label", "mark", "q", "small",
            "span", "strong", "sub", "sup", "tt", "u");

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }
}
