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
    /** A Liquid output or an assign tag; raw and comment blocks are skipped whole. */
    private static final Pattern MARKUP = Pattern.compile(
            "\\{%-?\\s*raw\\s*-?%}.*?\\{%-?\\s*endraw\\s*-?%}"
                    + "|\\{%-?\\s*comment\\s*-?%}.*?\\{%-?\\s*endcomment\\s*-?%}"
                    // Ruby's tokenizer ends an output at its first '}': one not closed right there stops the build
                    + "|\\{\\{(-?)([^}]*?)(-?)}}"
                    + "|\\{%(-?)(\\s*assign\\s+[\\w-]+\\s*=)(.*?)(-?)%}",
            Pattern.DOTALL);

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
        Matcher m = MARKUP.matcher(text);
        while (m.find()) {
            int group;
            String open;
            String close;
            if (m.group(2) != null) {
                group = 2;
                open = "{{" + m.group(1);
                close = m.group(3) + "}}";
            } else if (m.group(6) != null) {
                group = 6;
                open = "{%" + m.group(4) + m.group(5);
                close = m.group(7) + "%}";
            } else {
                continue;
            }
            String markup = m.group(group);
            if (markup.chars().anyMatch(c -> Character.isSurrogate((char) c))
                    || (!EMPTY_FILTER.matcher(markup).find() && parses.test(open + markup + close))) {
                continue;
            }
            String lax = lax(markup, s -> parses.test(open + s + close));
            if (out == null) {
                out = new StringBuilder(text);
            }
            out.replace(m.start(group), m.end(group), lax);
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
