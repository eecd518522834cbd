package io.github.faqkit.core.kramdown;

import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.markdown.MarkdownBody;

/** Derives headings, ids, attribute-line placement and the TOC from a page body, as kramdown does. */
public final class KramdownAnalyzer {
    private KramdownAnalyzer() {
    }

    public static KramdownModel analyze(MarkdownBody body, SiteConfig config) {
        return KramdownModel.empty();
    }
}
