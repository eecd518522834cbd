package io.github.faqkit.core.liquid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Liquid outputs ({@code {{…}}}) and tags ({@code {%…%}}) of a text, one after the other, each ending at the
 * first closing mark after it: what {@code \{\{.*?}}|\{%.*?%}} finds, in time linear in the text. That pattern
 * looks for a closing mark again from every later opening mark once one is missing, which made a page with
 * thousands of unclosed {@code {{} take minutes; here a missing closing mark ends the search for its kind.
 */
final class LiquidMarkup {
    /** Receives one span: its start and its end (exclusive). */
    @FunctionalInterface
    interface Span {
        void accept(int start, int end);
    }

    private static final Pattern BLOCK_OPEN = Pattern.compile("\\{%-?\\s*(raw|comment)\\s*-?%}");
    private static final Pattern RAW_END = Pattern.compile("\\{%-?\\s*endraw\\s*-?%}");
    private static final Pattern COMMENT_END = Pattern.compile("\\{%-?\\s*endcomment\\s*-?%}");

    private LiquidMarkup() {}

    /**
     * Every output and tag of {@code text} in order. With {@code wholeBlocks}, a {@code raw} or {@code comment} tag
     * with its end tag after it is one span from its start to the end of the end tag (as
     * {@code \{%-?\s*raw\s*-?%}.*?\{%-?\s*endraw\s*-?%}} tried first finds it).
     */
    static void forEach(String text, boolean wholeBlocks, Span each) {
        boolean outputs = true;
        boolean tags = true;
        boolean raws = wholeBlocks;
        boolean comments = wholeBlocks;
        int length = text.length();
        int p = text.indexOf('{');
        while (p >= 0 && p + 1 < length && (outputs || tags)) {
            char next = text.charAt(p + 1);
            int end = -1;
            if (next == '%') {
                if (raws || comments) {
                    Matcher open = BLOCK_OPEN.matcher(text).region(p, length);
                    if (open.lookingAt()) {
                        boolean raw = open.group(1).equals("raw");
                        if (raw ? raws : comments) {
                            Matcher close =
                                    (raw ? RAW_END : COMMENT_END).matcher(text).region(open.end(), length);
                            if (close.find()) {
                                end = close.end();
                            } else if (raw) {
                                raws = false; // no end tag after this one: none after a later one either
                            } else {
                                comments = false;
                            }
                        }
                    }
                }
                if (end < 0 && tags) {
                    int close = text.indexOf("%}", p + 2);
                    tags = close >= 0;
                    end = close < 0 ? -1 : close + 2;
                }
            } else if (next == '{' && outputs) {
                int close = text.indexOf("}}", p + 2);
                outputs = close >= 0;
                end = close < 0 ? -1 : close + 2;
            }
            if (end >= 0) {
                each.accept(p, end);
                p = text.indexOf('{', end);
            } else {
                p = text.indexOf('{', p + 1);
            }
        }
    }
}
