package io.github.faqkit.core.liquid;

import io.github.faqkit.core.SiteConfig;

/** Code blocks and code spans of a page body, as LIQ004 finds Liquid in them; for its repair. */
public final class CodeRanges {
    private CodeRanges() {}

    /**
     * The code block (from its first line to the end of its last) or code span (backticks included) of
     * {@code body} that holds body offset {@code offset}, as {@code {start, end}}; null when it is in none.
     */
    public static int[] at(String body, SiteConfig config, int offset) {
        for (int[] c : CodeLiquid.codeRanges(body, config)) {
            if (offset >= c[0] && offset < c[1]) {
                return c;
            }
        }
        return null;
    }
}
