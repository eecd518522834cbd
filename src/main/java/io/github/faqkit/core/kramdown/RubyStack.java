package io.github.faqkit.core.kramdown;

/**
 * How deep kramdown can nest before Ruby stops it with "stack level too deep" (SystemStackError), which
 * stops the Jekyll build. kramdown's parsers recurse once per level of a blockquote, a list, a raw HTML
 * element or an HTML element whose content is Markdown; each level takes a share of Ruby's stack. Measured
 * with {@code scripts/kramdown-depth/measure.sh} (Jekyll 4.3.1, kramdown 2.4.0, kramdown-parser-gfm 1.1.0,
 * Ruby 3.1 with its default 1 MiB VM stack): each limit below is the deepest nesting of its kind a page still
 * builds with, one level more stops the build; mixed nestings add up, each level taking 1/limit of the stack
 * (400 list levels leave room for 861 blockquotes: 400/825 + 861/1672 &le; 1, 862 stop the build).
 */
final class RubyStack {
    /** {@code >} levels. */
    static final int BLOCKQUOTES = 1672;
    /** Nested list items. */
    static final int LISTS = 825;
    /** Nested elements in a raw HTML block ({@code <div>} in {@code <div>} …, closed or not). */
    static final int RAW_HTML = 1976;
    /** Nested HTML elements whose content is parsed as Markdown blocks ({@code markdown="1"}). */
    static final int MARKDOWN_HTML = 1026;
    /** Nested inline HTML elements in a paragraph ({@code <span>} in {@code <span>} …). */
    static final int SPAN_HTML = 1975;
    /**
     * What one blockquote level around a paragraph takes while kramdown parses the paragraph's inline HTML
     * (its spans are parsed after the blocks, by a lighter recursion over the tree): 800 blockquote levels
     * leave room for 1,514 nested spans, 1,515 fail.
     */
    static final int BLOCKQUOTES_AROUND_SPANS = 3430;

    private RubyStack() {}

    /** The share of the stack one level takes. */
    static double share(int limit) {
        return 1.0 / limit;
    }

    /** Whether {@code used} shares of the stack are more than it holds (rounding aside: 1672/1672 still builds). */
    static boolean exceeded(double used) {
        return used > 1 + 1e-9;
    }

    /** How many more levels of a kind taking {@code share} stop the build when {@code used} is taken already. */
    static int levelsToStop(double used, double share) {
        return (int) Math.floor((1 - used) / share + 1e-9) + 1;
    }
}
