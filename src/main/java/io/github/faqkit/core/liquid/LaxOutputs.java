package io.github.faqkit.core.liquid;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outputs ({@code {{ … }}}) and {@code assign} values that Liquid's strict parser rejects. Jekyll parses
 * Liquid with {@code error_mode: warn}: such markup gets a warning and is read again the lax way, which keeps
 * the first value and the filters after a '|' and ignores the rest ({@code {{ 'a' + 'b' }}} shows {@code a},
 * {@code {{ -x }}} nothing; liquid-golden lax-output). Liqp knows only the strict way, so each one it cannot
 * parse is rewritten to what the lax reading evaluates, padded to its own length so that every offset stays.
 */
final class LaxOutputs {
    /** The start of a raw or comment block (skipped whole, to its end tag). */
    private static final Pattern BLOCK_START = Pattern.compile("\\{%-?\\s*(raw|comment)\\s*-?%}");

    /** An assign tag's markup: the name and '=' kept, the value read as an output. */
    private static final Pattern ASSIGN = Pattern.compile("(-?\\s*assign\\s+[\\w-]+\\s*=)(.*?)(-?)", Pattern.DOTALL);

    /** Ruby Liquid's QuotedFragment: a quoted string or a run without spaces, commas, pipes and quotes. */
    private static final Pattern FRAGMENT = Pattern.compile("\"[^\"]*\"|'[^']*'|(?:[^\\s,|'\"]|\"[^\"]*\"|'[^']*')+");

    /**
     * '||' outside quotes: Ruby's strict parser rejects it and the lax one skips the empty filter, while Liqp
     * reads it as something else ({@code {{ page.title || upcase }}} shows the title in capitals in Jekyll).
     */
    private static final Pattern EMPTY_FILTER = Pattern.compile("^(?:[^\"'|]|\"[^\"]*\"|'[^']*'|\\|(?!\\|))*\\|\\|");

    /** Whether {@code text} may hold markup that {@link #rewrite} changes even where Liqp parses it. */
    static boolean mayHoldEmptyFilter(String text) {
        return text.contains("||");
    }

    private LaxOutputs() {}

    /**
     * {@code text} with every output and assign value that {@code parses} rejects replaced by its lax reading;
     * null when there is none.
     */
    static String rewrite(String text, Predicate<String> parses) {
        StringBuilder out = null;
        int i = 0;
        // one pass, as Ruby's tokenizer reads: an output ends at its first '}', a tag at its first '%}'
        while ((i = text.indexOf('{', i)) >= 0 && i + 1 < text.length()) {
            char next = text.charAt(i + 1);
            int from;
            int to;
            String open;
            String close;
            if (next == '{') {
                int brace = text.indexOf('}', i + 2);
                if (brace < 0) {
                    break;
                }
                if (brace + 1 >= text.length() || text.charAt(brace + 1) != '}') {
                    i = brace + 1; // not closed there: the build stops, which is not for this class to judge
                    continue;
                }
                from = i + 2 + (text.startsWith("-", i + 2) ? 1 : 0);
                to = Math.max(from, brace - (text.charAt(brace - 1) == '-' ? 1 : 0));
                open = text.substring(i, from);
                close = text.substring(to, brace + 2);
                i = brace + 2;
            } else if (next == '%') {
                int end = text.indexOf("%}", i + 2);
                if (end < 0) {
                    break;
                }
                Matcher block = BLOCK_START.matcher(text).region(i, text.length());
                if (block.lookingAt()) {
                    Matcher endTag = Pattern.compile("\\{%-?\\s*end" + block.group(1) + "\\s*-?%}")
                            .matcher(text);
                    if (!endTag.find(block.end())) {
                        break;
                    }
                    i = endTag.end();
                    continue;
                }
                Matcher assign = ASSIGN.matcher(text).region(i + 2, end);
                if (!assign.matches()) {
                    i = end + 2;
                    continue;
                }
                from = assign.start(2);
                to = assign.end(2);
                open = text.substring(i, from);
                close = text.substring(to, end + 2);
                i = end + 2;
            } else {
                i++;
                continue;
            }
            String markup = text.substring(from, to);
            if (markup.chars().anyMatch(c -> Character.isSurrogate((char) c))
                    || (!EMPTY_FILTER.matcher(markup).find() && parses.test(open + markup + close))) {
                continue;
            }
            String lax = lax(markup, s -> parses.test(open + s + close));
            if (out == null) {
                out = new StringBuilder(text);
            }
            out.replace(from, to, lax);
        }
        return out == null ? null : out.toString();
    }

    /** What the lax parser evaluates of {@code markup}, as strict markup of the same length. */
    private static String lax(String markup, Predicate<String> parses) {
        Matcher name = FRAGMENT.matcher(markup);
        if (name.find()) {
            String rest = markup.substring(name.end());
            int pipe = rest.indexOf('|');
            StringBuilder withFilters = new StringBuilder(" ").append(name.group());
            if (pipe >= 0) {
                for (String filter : rest.substring(pipe + 1).split("\\|")) {
                    // a filter without a word is skipped, as Liquid's lax parser skips it
                    if (filter.matches("(?s).*\\w.*")) {
                        withFilters.append('|').append(filter.strip());
                    }
                }
            }
            for (String candidate : new String[] {withFilters.toString(), " " + name.group()}) {
                if (candidate.length() <= markup.length() && parses.test(pad(candidate, markup.length()))) {
                    return pad(candidate, markup.length());
                }
            }
        }
        // a value the lax parser cannot look up ('-x', '@x', nothing at all) is nil: it shows nothing ('_' where
        // 'nil' does not fit: a name no page sets)
        return pad(markup.length() >= 4 ? " nil" : markup.isEmpty() ? "" : "_", markup.length());
    }

    private static String pad(String s, int length) {
        return s + " ".repeat(Math.max(0, length - s.length()));
    }
}
