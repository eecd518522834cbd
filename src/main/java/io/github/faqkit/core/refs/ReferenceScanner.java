package io.github.faqkit.core.refs;

import io.github.faqkit.core.markdown.MarkdownBody;
import java.util.List;

/** Finds every image and link reference of a page body as kramdown sees them. */
public final class ReferenceScanner {
    private ReferenceScanner() {
    }

    public static List<Reference> scan(MarkdownBody body) {
        return List.of();
    }
}
