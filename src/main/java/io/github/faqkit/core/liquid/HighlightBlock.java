package io.github.faqkit.core.liquid;

import liqp.TemplateContext;
import liqp.blocks.Block;
import liqp.nodes.LNode;

/** Jekyll's {@code highlight} block: the rendered body, escaped, in Rouge's wrapper. */
final class HighlightBlock extends Block {
    HighlightBlock() {
        super("highlight");
    }

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        String lang = nodes.length > 1
                ? asString(nodes[0].render(context), context).strip().split("\\s+")[0]
                : "";
        // Jekyll removes only the line breaks around the code (LEADING_OR_TRAILING_LINE_TERMINATORS): the first
        // line's indentation stays (liquid-golden/code/highlight.md)
        String code =
                asString(nodes[nodes.length - 1].render(context), context).replaceAll("\\A[\\r\\n]+|[\\r\\n]+\\z", "");
        String escaped = code.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<figure class=\"highlight\"><pre><code class=\"language-" + lang + "\" data-lang=\"" + lang + "\">"
                + escaped + "</code></pre></figure>";
    }
}
