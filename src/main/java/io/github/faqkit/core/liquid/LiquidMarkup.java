package io.github.faqkit.core.liquid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Liquid outputs ({@code {{…}}}) and tags ({@code {%…%}}) of a text, one after the other, in time linear in the
 * text: a missing closing mark ends the search for its kind (a pattern such as {@code \{\{.*?}}|\{%.*?%}} looks for
 * it again from every later opening mark, which made a page with thousands of unclosed {@code {{} take minutes).
 * Two readings share the one scan: {@link #forEach} finds what that pattern finds (an output ends at its first
 * {@code }}}); {@link #tokens} reads as Ruby Liquid's tokenizer does (an output ends at its first '}', and a
 * {@code raw} or {@code comment} tag with text after its name still opens its block).
 */
final class LiquidMarkup {
    /** Receives one span: its start and its end (exclusive). */
    @FunctionalInterface
    interface Span {
        void accept(int start, int end);
    }

    /** What a token is. */
    enum Kind {
        /** {@code {{…}}}; in Ruby's reading one that ends at a single '}' (not properly terminated) too. */
        OUTPUT,
        TAG,
        /** A {@code raw} or {@code comment} tag through its end tag. */
        BLOCK
    }

    /** Receives one token: its kind, start and end (exclusive). */
    @FunctionalInterface
    interface Token {
        void accept(Kind kind, int start, int end);
    }

    private static final Pattern BLOCK_OPEN = Pattern.compile("\\{%-?\\s*(raw|comment)\\s*-?%}");
    /** A raw or comment tag as Ruby's tokenizer reads it: any text may follow the name (checked on one tag). */
    private static final Pattern BLOCK_OPEN_ANY = Pattern.compile("\\{%-?\\s*(raw|comment)\\b.*%}", Pattern.DOTALL);

    private static final Pattern RAW_END = Pattern.compile("\\{%-?\\s*endraw\\s*-?%}");
    private static final Pattern COMMENT_END = Pattern.compile("\\{%-?\\s*endcomment\\s*-?%}");

    private LiquidMarkup() {}

    /**
     * Every output and tag of {@code text} in order. With {@code wholeBlocks}, a {@code raw} or {@code comment} tag
     * with its end tag after it is one span from its start to the end of the end tag (as
     * {@code \{%-?\s*raw\s*-?%}.*?\{%-?\s*endraw\s*-?%}} tried first finds it).
     */
    static void forEach(String text, boolean wholeBlocks, Span each) {
        scan(text, false, wholeBlocks, (kind, start, end) -> each.accept(start, end));
    }

    /**
     * Every token of {@code text} as Ruby Liquid's tokenizer reads it: a tag ends at its first {@code %}}, an
     * output at its first '}' (an {@link Kind#OUTPUT} not ending in {@code }}} is one Liquid stops on; one without
     * any '}' after it is the {@code {{} alone), a {@code raw} or {@code comment} block is one token.
     */
    static void tokens(String text, Token each) {
        scan(text, true, true, each);
    }

    private static void scan(String text, boolean ruby, boolean wholeBlocks, Token each) {
        boolean outputs = true;
        boolean tags = true;
        boolean raws = wholeBlocks;
        boolean comments = wholeBlocks;
        int length = text.length();
        int p = text.indexOf('{');
        while (p >= 0 && p + 1 < length && (outputs || tags)) {
            char next = text.charAt(p + 1);
            int end = -1;
            Kind kind = null;
            if (next == '%') {
                int close = tags ? text.indexOf("%}", p + 2) : -1;
                tags = tags && close >= 0;
                if (raws || comments) {
                    Matcher open = ruby
                            ? (close < 0 ? null : BLOCK_OPEN_ANY.matcher(text).region(p, close + 2))
                            : BLOCK_OPEN.matcher(text).region(p, length);
                    if (open != null && (ruby ? open.matches() : open.lookingAt())) {
                        boolean raw = open.group(1).equals("raw");
                        if (raw ? raws : comments) {
                            Matcher blockEnd =
                                    (raw ? RAW_END : COMMENT_END).matcher(text).region(open.end(), length);
                            if (blockEnd.find()) {
                                end = blockEnd.end();
                                kind = Kind.BLOCK;
                            } else if (raw) {
                                raws = false; // no end tag after this one: none after a later one either
                            } else {
                                comments = false;
                            }
                        }
                    }
                }
                if (end < 0 && close >= 0) {
                    end = close + 2;
                    kind = Kind.TAG;
                }
            } else if (next == '{' && outputs) {
                int close = ruby ? text.indexOf('}', p + 2) : text.indexOf("}}", p + 2);
                outputs = close >= 0;
                if (close >= 0) {
                    end = close + (ruby && (close + 1 >= length || text.charAt(close + 1) != '}') ? 1 : 2);
                    kind = Kind.OUTPUT;
                } else if (ruby) {
                    each.accept(Kind.OUTPUT, p, p + 2);
                }
            }
            if (end >= 0) {
                each.accept(kind, p, end);
                p = text.indexOf('{', end);
            } else {
                p = text.indexOf('{', p + 1);
            }
        }
    }
}
