package io.github.faqkit.core.liquid;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Jekyll's {@code markdownify}: Markdown to HTML. The HTML only feeds our own checks (links, images,
 * alt text of what an include emits), so commonmark-java's renderer stands in for kramdown's converter: the
 * elements and URLs are the same, only whitespace and heading ids can differ. Both are safe to share between
 * threads.
 */
final class Markdownify {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

    private Markdownify() {}

    static String toHtml(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        return RENDERER.render(PARSER.parse(markdown));
    }
}
