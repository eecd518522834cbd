package io.github.faqkit.core.liquid;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Jekyll's {@code markdownify}: Markdown to HTML. The HTML only feeds our own checks (links, images,
 * alt text of what an include emits), so flexmark's renderer stands in for kramdown's converter: the
 * elements and URLs are the same, only whitespace and heading ids can differ.
 */
final class Markdownify {
    private static final MutableDataSet OPTIONS = new MutableDataSet();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    private Markdownify() {}

    static String toHtml(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        return RENDERER.render(PARSER.parse(markdown));
    }
}
