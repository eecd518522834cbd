package io.github.faqkit.core.kramdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A node of the block tree kramdown builds (only what IAL placement, ids and the TOC depend on). */
final class Element {
    private static final List<Element> NONE = List.of();

    final String type;
    final int line;
    /**
     * The child elements, read-only and shared until {@link #add} gives the element its own list: most elements
     * (blank lines, paragraphs, headers) never have one, and a page has hundreds of elements.
     */
    List<Element> children = NONE;
    /**
     * The attributes, read-only until {@link #attrs()} is asked for them to write: most elements (blank lines,
     * paragraphs) never get one, and a page has hundreds of elements.
     */
    Map<String, String> attr = Map.of();
    /** For {@code eob}: why the invisible end-of-block element exists (null: a {@code ^} line). */
    String eobKind;
    /** For the {@code eob} of a link, footnote or abbreviation definition: the definition's first line. */
    int definitionLine;
    /** The block IAL kramdown stores in {@code options[:ial]}. */
    Ial ial;

    int level;
    /** The source line of a header, list item or paragraph; see {@link #rawText()}. */
    String rawText;
    /** A paragraph's first line not copied yet: {@code rawSource[rawFrom, rawTo)}. */
    private String rawSource;

    private int rawFrom;
    private int rawTo;
    String htmlName;
    boolean autoId;
    /** The element this one is a child of (null for the root), set when the analyzer walks the tree. */
    Element parent;
    /** For headers: the text kramdown-parser-gfm makes ids from, and the text a reader sees. */
    String idText;

    String displayText;

    Element(String type, int line) {
        this.type = type;
        this.line = line;
    }

    /** Records a line of {@code source} as the raw text, copied only if someone reads it. */
    void rawTextAt(String source, int from, int to) {
        rawSource = source;
        rawFrom = from;
        rawTo = to;
    }

    /**
     * The attributes, to write to: a small map (an element has one to three attributes), which the page's model
     * keeps as it is ({@link BlockAttributes}).
     */
    Map<String, String> attrs() {
        if (attr.isEmpty() && !(attr instanceof LinkedHashMap)) {
            attr = new LinkedHashMap<>(4);
        }
        return attr;
    }

    String rawText() {
        if (rawText == null && rawSource != null) {
            rawText = rawSource.substring(rawFrom, rawTo);
            rawSource = null;
        }
        return rawText;
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
