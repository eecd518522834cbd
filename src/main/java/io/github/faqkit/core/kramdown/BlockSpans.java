package io.github.faqkit.core.kramdown;

import java.util.List;

/**
 * Where kramdown's block parser stops reading Markdown in a page body: code blocks, raw HTML elements
 * and HTML comment blocks, and the link definitions it found, as body offsets in document order. Every consumer that must not look for
 * Markdown (or for directives) in such places reads these spans, so they all agree with kramdown and
 * with each other.
 *
 * <p>Markdown inside a {@code markdown="1"} (or {@code "block"}, {@code "span"}) element is Markdown, so
 * such elements have no span; nor has a lone tag such as {@code <hr>}. Spans never overlap.
 */
public record BlockSpans(List<Span> spans) {

    public static final BlockSpans NONE = new BlockSpans(List.of());

    /** What kramdown makes of the text of a span. */
    public enum Kind {
        /** A fenced or indented code block, to the end of its last line: text, neither Markdown nor HTML. */
        CODE,
        /** A raw HTML element from its start tag to its end tag: HTML, in which Markdown is text. */
        RAW_HTML,
        /** An HTML comment block, {@code <!--} to {@code -->}. */
        COMMENT,
        /** A {@code script} or {@code style} element: its body is text for the browser, neither Markdown nor HTML. */
        SCRIPT,
        /**
         * The first line of a link definition ({@code [id]: url "title"}), from its {@code [}: it renders
         * nothing. A line that only looks like one inside a paragraph is paragraph text, and has no span.
         */
        DEFINITION
    }

    /** Body offsets {@code [start, end)}. */
    public record Span(Kind kind, int start, int end) {}

    public BlockSpans {
        spans = List.copyOf(spans);
    }

    public boolean isEmpty() {
        return spans.isEmpty();
    }
}
