package io.github.faqkit.core;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One node per short front matter text that recurs from page to page ({@code layout: default}, a parent's
 * title): every page summary keeps its front matter, and a site has as many copies of these as pages.
 * Bounded, so an unusual site cannot grow it without limit (a full set starts again); nodes are immutable, so
 * sharing them is safe.
 */
final class SharedText {
    private static final int MAX_LENGTH = 48;
    private static final int MAX_SIZE = 1 << 15;
    private static final Map<String, TextNode> NODES = new ConcurrentHashMap<>();

    private SharedText() {}

    static TextNode node(String text) {
        if (text.length() > MAX_LENGTH) {
            return JsonNodeFactory.instance.textNode(text);
        }
        TextNode n = NODES.get(text);
        if (n != null) {
            return n;
        }
        n = JsonNodeFactory.instance.textNode(text);
        if (NODES.size() >= MAX_SIZE) {
            // Full of texts that did not recur (each page's own title): they make room, and the values that do
            // recur (a parent's title, a layout) come back at once. Kept full, it shared nothing on a site of
            // 100,000 pages once their titles had filled it.
            NODES.clear();
        }
        TextNode raced = NODES.putIfAbsent(text, n);
        return raced != null ? raced : n;
    }
}
