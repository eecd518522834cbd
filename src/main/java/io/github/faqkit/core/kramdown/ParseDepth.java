package io.github.faqkit.core.kramdown;

import java.util.ArrayList;
import java.util.List;

/**
 * The levels of each kind of kramdown recursion open at the current position of a parse, counted against
 * Ruby's stack ({@link RubyStack}): where they fill it, kramdown stops and the build fails, so the parse
 * stops there too and says what nests.
 */
final class ParseDepth {
    int quotes;
    int lists;
    int markdownHtml;
    /** Where kramdown runs out of Ruby's stack (kramdown line), or -1; then the parse stopped there. */
    int stopLine = -1;
    /** What nests where kramdown stops, in words. */
    String stopNesting;

    /** Thrown to stop the whole parse where kramdown would stop: nothing after that point is built. */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super(null, null, false, false);
        }
    }

    /** The share of Ruby's stack the open levels take, with {@code rawHtml} raw HTML levels on top. */
    double used(int rawHtml) {
        return quotes * RubyStack.share(RubyStack.BLOCKQUOTES)
                + lists * RubyStack.share(RubyStack.LISTS)
                + markdownHtml * RubyStack.share(RubyStack.MARKDOWN_HTML)
                + rawHtml * RubyStack.share(RubyStack.RAW_HTML);
    }

    /** Stops the parse at {@code line} when the open levels (and {@code rawHtml} raw HTML levels) fill Ruby's stack. */
    void check(int line, int rawHtml) {
        if (RubyStack.exceeded(used(rawHtml))) {
            List<String> parts = new ArrayList<>();
            if (quotes > 0) {
                parts.add(quotes + " nested blockquotes");
            }
            if (lists > 0) {
                parts.add(lists + " nested list items");
            }
            if (markdownHtml > 0) {
                parts.add(markdownHtml + " nested HTML elements with Markdown content");
            }
            if (rawHtml > 0) {
                parts.add(rawHtml + " nested HTML elements");
            }
            stop(line, String.join(" inside ", parts));
        }
    }

    /** Stops the parse at {@code line}, where {@code nesting} fills Ruby's stack. */
    void stop(int line, String nesting) {
        stopLine = line;
        stopNesting = nesting;
        throw new TooDeep();
    }
}
