package io.github.faqkit.core.refs;

import io.github.faqkit.core.LiquidLoops;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates the Liquid that URL paths use, from {@code _config.yml}, as Jekyll renders it before
 * kramdown runs: {@code {{ site.baseurl }}}, {@code {{ site.url }}}, {@code {{ "x" | relative_url }}},
 * {@code {{ "x" | absolute_url }}} and {@code {% link path %}}. Anything else cannot be known from
 * the source.
 */
public final class Liquid {
    // each pattern runs on one short {{ … }} or {% … %} segment and has no nested quantifiers
    private static final Pattern SITE_VAR = Pattern.compile("\\{\\{-?\\s*site\\.(baseurl|url)\\s*-?}}");
    private static final Pattern FILTER =
            Pattern.compile("\\{\\{-?\\s*(?:\"([^\"]*)\"|'([^']*)')\\s*\\|\\s*(relative_url|absolute_url)\\s*-?}}");
    private static final Pattern LINK = Pattern.compile("\\{%-?\\s*link\\s+([^\\s%{}]+)\\s*-?%}");

    /** The evaluated text, or why it cannot be evaluated ({@code missingLink}: a {@code {% link %}} to nothing). */
    public record Result(String value, String problem, String missingLink) {
        public boolean ok() {
            return problem == null && missingLink == null;
        }
    }

    private Liquid() {}

    public static Result evaluate(String s, Site site) {
        if (!s.contains("{{") && !s.contains("{%")) {
            return new Result(s, null, null);
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int open = nextOpen(s, i);
            if (open < 0) {
                out.append(s, i, s.length());
                break;
            }
            out.append(s, i, open);
            String close = s.charAt(open + 1) == '{' ? "}}" : "%}";
            int end = s.indexOf(close, open + 2);
            if (end < 0) {
                return new Result(null, "'" + s.substring(open) + "' is never closed", null);
            }
            String seg = s.substring(open, end + 2);
            String baseurl = site.config().baseurl();
            Matcher m;
            if ((m = SITE_VAR.matcher(seg)).matches()) {
                out.append(
                        m.group(1).equals("baseurl")
                                ? site.config().printedBaseurl()
                                : site.config().url());
            } else if ((m = FILTER.matcher(seg)).matches()) {
                String arg = m.group(1) != null ? m.group(1) : m.group(2);
                String rel = relativeUrl(arg, baseurl);
                out.append(
                        m.group(3).equals("absolute_url") && !Reference.isExternal(arg)
                                ? site.config().url() + rel
                                : rel);
            } else if ((m = LINK.matcher(seg)).matches()) {
                String path = m.group(1).replaceFirst("^/+", "");
                Page p = site.pageByPath(path);
                // Jekyll 4's link tag puts the baseurl in front, Jekyll 3's does not
                String prefix = site.config().linkTagPrefix();
                if (p != null && p.rendered()) {
                    out.append(prefix).append(p.url());
                } else if (site.files().exists(path)) {
                    out.append(prefix).append('/').append(path);
                } else {
                    return new Result(null, null, path);
                }
            } else {
                return new Result(
                        null,
                        "'" + seg + "' cannot be evaluated from "
                                + site.config().file(),
                        null);
            }
            i = end + 2;
        }
        return new Result(out.toString(), null, null);
    }

    private static final Pattern OUTPUT_ROOT = Pattern.compile("\\{\\{-?\\s*([A-Za-z_][\\w-]*)");

    /**
     * True when {@code expr} starts with a Liquid output whose variable is the loop variable of a
     * {@code {% for x in … %}} in {@code text}: one value per item of data, so no single path to check.
     */
    public static boolean fromLoopVariable(String expr, String text) {
        return fromLoopVariable(expr, LiquidLoops.variables(text));
    }

    /** The same, given the loop variables of the page ({@link Page#loopVariables}). */
    public static boolean fromLoopVariable(String expr, java.util.Set<String> loopVariables) {
        Matcher out = OUTPUT_ROOT.matcher(expr.strip());
        return out.lookingAt() && loopVariables.contains(out.group(1));
    }

    private static int nextOpen(String s, int from) {
        int a = s.indexOf("{{", from);
        int b = s.indexOf("{%", from);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /** Jekyll's {@code relative_url}: baseurl + the input with a leading slash; absolute URLs unchanged. */
    static String relativeUrl(String input, String baseurl) {
        if (Reference.isExternal(input)) {
            return input;
        }
        return baseurl + (input.startsWith("/") ? input : "/" + input);
    }
}
