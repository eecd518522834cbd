package io.github.faqkit.core.kramdown;

/** What the parser learns about one attribute line while it places it. */
final class AttributeLineBuilder {
    final int line;
    final int column;
    final String text;
    /** True when kramdown attached it to the block directly above. */
    boolean attachedAbove;
    /** The kind of element directly before it when it was read (null: start of its container). */
    String before;

    Element target;
    /** The block above it in its container (blank lines and attached attribute lines skipped). */
    Element above;
    /** The container it was read in. */
    Element container;
    /** True when a blank line follows it (after any directly following attribute lines). */
    boolean blankAfter;

    AttributeLineBuilder(int line, int column, String text) {
        this.line = line;
        this.column = column;
        this.text = text;
    }
}
