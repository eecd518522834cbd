package io.github.faqkit.core.kramdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of the block tree kramdown builds (only what IAL placement, ids and the TOC depend on). A page has
 * hundreds of them, most blank lines and paragraphs that carry nothing but their type, line and first line of
 * text: what only some elements have (attributes, an IAL, a header's texts, an end-of-block's kind) lives in
 * {@link More}, made for the few that need it.
 */
final class Element {
    private static final List<Element> NONE = List.of();

    final String type;
    final int line;
    /**
     * The child elements, read-only and shared until {@link #add} gives the element its own list: most elements
     * (blank lines, paragraphs, headers) never have one.
     */
    List<Element> children = NONE;
    /** The element this one is a child of (null for the root), set when the analyzer walks the tree. */
    Element parent;
    /**
     * The raw text (see {@link #rawText()}) is {@code rawSource[rawFrom, rawTo)}: a paragraph's or list item's
     * first line is not copied out of the page unless someone reads it.
     */
    private String rawSource;

    private int rawFrom;
    private int rawTo;
    /** What only some elements have; null until one of its fields is set. */
    private More more;

    /** The fields few elements use, kept out of the many that use none of them. */
    private static final class More {
        /** The attributes: a small map (an element has one to three), which the page's model keeps as it is. */
        Map<String, String> attr = Map.of();
        /** The block IAL kramdown stores in {@code options[:ial]}. */
        Ial ial;
        /** For {@code eob}: why the invisible end-of-block element exists (null: a {@code ^} line). */
        String eobKind;
        /** For the {@code eob} of a link, footnote or abbreviation definition: the definition's first line. */
        int definitionLine;

        int level;
        String htmlName;
        boolean autoId;
        /** For headers: the text kramdown-parser-gfm makes ids from. */
        String idText;
        /** For headers: the text a reader sees. */
        String displayText;
    }

    Element(String type, int line) {
        this.type = type;
        this.line = line;
    }

    private More more() {
        if (more == null) {
            more = new More();
        }
        return more;
    }

    /** Records a line of {@code source} as the raw text, copied only if someone reads it. */
    void rawTextAt(String source, int from, int to) {
        rawSource = source;
        rawFrom = from;
        rawTo = to;
    }

    /** The source line of a header, list item or paragraph (null for other elements). */
    String rawText() {
        String s = rawSource;
        if (s != null && (rawFrom != 0 || rawTo != s.length())) {
            s = s.substring(rawFrom, rawTo);
            rawTextAt(s, 0, s.length());
        }
        return s;
    }

    void rawText(String text) {
        rawTextAt(text, 0, text == null ? 0 : text.length());
    }

    /** The attributes, read-only (empty) until {@link #attrs()} is asked for them to write. */
    Map<String, String> attr() {
        return more == null ? Map.of() : more.attr;
    }

    /** The attributes, to write to. */
    Map<String, String> attrs() {
        More m = more();
        if (m.attr.isEmpty() && !(m.attr instanceof LinkedHashMap)) {
            m.attr = new LinkedHashMap<>(4);
        }
        return m.attr;
    }

    Ial ial() {
        return more == null ? null : more.ial;
    }

    void ial(Ial ial) {
        if (ial != null || more != null) {
            more().ial = ial;
        }
    }

    String eobKind() {
        return more == null ? null : more.eobKind;
    }

    void eobKind(String kind) {
        more().eobKind = kind;
    }

    int definitionLine() {
        return more == null ? 0 : more.definitionLine;
    }

    void definitionLine(int line) {
        more().definitionLine = line;
    }

    int level() {
        return more == null ? 0 : more.level;
    }

    void level(int level) {
        more().level = level;
    }

    String htmlName() {
        return more == null ? null : more.htmlName;
    }

    void htmlName(String name) {
        more().htmlName = name;
    }

    boolean autoId() {
        return more != null && more.autoId;
    }

    void autoId(boolean auto) {
        more().autoId = auto;
    }

    String idText() {
        return more == null ? null : more.idText;
    }

    void idText(String text) {
        more().idText = text;
    }

    String displayText() {
        return more == null ? null : more.displayText;
    }

    void displayText(String text) {
        more().displayText = text;
    }

    void add(Element child) {
        if (children == NONE) {
            children = new ArrayList<>();
        }
        children.add(child);
    }

    void addAll(List<Element> more) {
        if (children == NONE) {
            children = new ArrayList<>(more.size());
        }
        children.addAll(more);
    }

    Element last() {
        return children.isEmpty() ? null : children.get(children.size() - 1);
    }

    boolean isList() {
        return type.equals("ul") || type.equals("ol");
    }
}
