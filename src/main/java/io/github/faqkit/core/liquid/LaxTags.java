package io.github.faqkit.core.liquid;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Ruby Liquid's lax parser makes of a tag's markup that its strict parser rejects, as Jekyll runs it
 * ({@code error_mode: warn}: a warning, then the lax reading). The lax parsers of {@code if}, {@code elsif},
 * {@code unless}, {@code case}, {@code when}, {@code for} and {@code capture} are ported here from Liquid 5.4, and
 * their reading is written back as strict markup Liqp parses; markup that even the lax parser refuses stops the
 * build, with Liquid's words (liquid-golden lax-tag, stop-*).
 */
final class LaxTags {
    /** A tag read the lax way: the markup to parse instead, or why the build stops. */
    record Reading(String markup, String fatal) {
        static Reading of(String markup) {
            return new Reading(markup, null);
        }

        static Reading stop(String fatal) {
            return new Reading(null, fatal);
        }
    }

    private static final String QUOTED = "\"[^\"]*\"|'[^']*'";
    /** Ruby Liquid's QuotedFragment. */
    static final String FRAGMENT = "(?:" + QUOTED + "|(?:[^\\s,|'\"]|" + QUOTED + ")+)";

    private static final Pattern EXPRESSIONS_AND_OPERATORS = Pattern.compile("(?:\\b(?:\\s?and\\s?|\\s?or\\s?)\\b"
            + "|(?:\\s*(?!\\b(?:\\s?and\\s?|\\s?or\\s?)\\b)(?:" + FRAGMENT + "|\\S+)\\s*)+)");
    private static final Pattern IF_SYNTAX =
            Pattern.compile("(" + FRAGMENT + ")\\s*([=!<>a-z_]+)?\\s*(" + FRAGMENT + ")?");
    private static final Pattern FOR_SYNTAX =
            Pattern.compile("\\A([\\w-]+)\\s+in\\s+((?:" + FRAGMENT + ")+)\\s*(reversed)?");
    private static final Pattern TAG_ATTRIBUTES = Pattern.compile("(\\w[\\w-]*)\\s*:\\s*(" + FRAGMENT + ")");
    private static final Pattern CASE_SYNTAX = Pattern.compile("(" + FRAGMENT + ")");
    private static final Pattern WHEN_SYNTAX =
            Pattern.compile("(" + FRAGMENT + ")(?:(?:\\s+or\\s+|\\s*,\\s*)(" + FRAGMENT + ".*))?", Pattern.DOTALL);
    private static final Pattern CYCLE_NAMED = Pattern.compile("\\A(" + FRAGMENT + ")\\s*:\\s*(.*)", Pattern.DOTALL);
    private static final Pattern CYCLE_SIMPLE = Pattern.compile("\\A(?:" + FRAGMENT + ")+");
    private static final Pattern CYCLE_VALUE = Pattern.compile("\\s*(" + FRAGMENT + ")\\s*");
    private static final Pattern CAPTURE_SYNTAX = Pattern.compile("((?:\\(?[\\w\\-.\\[\\]]\\)?)+)");
    private static final Pattern VARIABLE_PARSER = Pattern.compile("\\[[^\\]]+]|[\\w-]+\\??");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern FLOAT = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern RANGE = Pattern.compile("\\(\\s*(\\S+)\\s*\\.\\.\\s*(\\S+)\\s*\\)");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_]\\w*");

    private static final Set<String> OPERATORS = Set.of("==", "!=", "<>", "<", ">", ">=", "<=", "contains");
    /** Ruby compares nothing with these when one side is nil: the condition is false. */
    private static final Set<String> ORDERING = Set.of("<", ">", ">=", "<=", "contains");

    /** Markup longer than this is left to the strict parser (the lax patterns backtrack on long runs). */
    private static final int MAX_MARKUP = 2000;

    private LaxTags() {}

    /**
     * The lax reading of tag {@code name} with {@code markup} inside a block named {@code enclosing} (null at the
     * top); null when this tag has no lax reading of its own (the strict error stands).
     */
    static Reading read(String name, String markup, String enclosing) {
        if (markup.length() > MAX_MARKUP) {
            return null;
        }
        return switch (name) {
            case "if", "elsif", "unless" -> condition(name, markup);
            case "for" -> forLoop(markup);
            case "case" -> caseTag(markup);
            case "when" -> when(markup);
            case "capture" -> capture(markup);
            case "comment" -> Reading.of("comment");
            case "cycle" -> cycle(markup);
            case "else" ->
                "case".equals(enclosing) && !markup.isBlank()
                        ? Reading.stop("Syntax Error in tag 'case' - Valid else condition: {% else %} (no parameters)")
                        : Reading.of("else");
            default -> name.startsWith("end") && name.length() > 3 ? Reading.of(name) : null;
        };
    }

    /** Ruby's {@code If#lax_parse}: comparisons joined by 'and'/'or', each read by a loose pattern. */
    private static Reading condition(String name, String markup) {
        Deque<String> expressions = new ArrayDeque<>();
        Matcher m = EXPRESSIONS_AND_OPERATORS.matcher(markup);
        while (m.find()) {
            expressions.addLast(m.group());
        }
        String invalid = "Syntax Error in tag 'if' - Valid syntax: if [expression]";
        String last = expressions.pollLast();
        List<String> parts = new ArrayList<>();
        Reading first = comparison(last);
        if (first == null) {
            return Reading.stop(invalid);
        }
        if (first.fatal() != null) {
            return first;
        }
        parts.add(first.markup());
        while (!expressions.isEmpty()) {
            String operator = expressions.pollLast().strip();
            Reading next = comparison(expressions.pollLast());
            if (next == null || !(operator.equals("and") || operator.equals("or"))) {
                return Reading.stop(invalid);
            }
            if (next.fatal() != null) {
                return next;
            }
            parts.add(0, operator);
            parts.add(0, next.markup());
        }
        StringBuilder out = new StringBuilder(name);
        for (String p : parts) {
            if (p == null) {
                return null;
            }
            out.append(' ').append(p);
        }
        return Reading.of(out.toString());
    }

    /** One comparison as strict markup; null when {@code expression} is no comparison at all. */
    private static Reading comparison(String expression) {
        if (expression == null) {
            return null;
        }
        Matcher m = IF_SYNTAX.matcher(expression);
        if (!m.find()) {
            return null;
        }
        String left = expression(m.group(1));
        String op = m.group(2);
        if (op == null) {
            return new Reading(left, null);
        }
        if (!OPERATORS.contains(op)) {
            // Ruby builds the condition and raises only when it evaluates it: a branch never taken is fine
            return Reading.of(UnknownOperator.marker(op));
        }
        if (m.group(3) == null) {
            if (ORDERING.contains(op)) {
                return Reading.of("false");
            }
            return new Reading(left == null ? null : left + (op.equals("==") ? "==" : "!=") + "nil", null);
        }
        String right = expression(m.group(3));
        return new Reading(left == null || right == null ? null : left + " " + op + " " + right, null);
    }

    /** Ruby's {@code For#lax_parse}: the variable, the collection, 'reversed', then any limit/offset. */
    private static Reading forLoop(String markup) {
        Matcher m = FOR_SYNTAX.matcher(markup);
        if (!m.find()) {
            return Reading.stop("Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]");
        }
        String collection = expression(m.group(2));
        if (!NAME.matcher(m.group(1)).matches() || collection == null) {
            return null;
        }
        StringBuilder out =
                new StringBuilder("for ").append(m.group(1)).append(" in ").append(collection);
        if (m.group(3) != null) {
            out.append(" reversed");
        }
        String limit = null;
        String offset = null;
        StringBuilder range = new StringBuilder();
        Matcher a = TAG_ATTRIBUTES.matcher(markup);
        while (a.find()) {
            if (a.group(1).equals(LoopItems.RANGE_FROM) || a.group(1).equals(LoopItems.RANGE_TO)) {
                // a range's bounds, as LoopRange passes them (no attribute of the writer's)
                range.append(' ').append(a.group(1)).append(':').append(a.group(2));
            } else if (a.group(1).equals("limit")) {
                limit = expression(a.group(2));
            } else if (a.group(1).equals("offset")) {
                offset = a.group(2).equals("continue") ? "continue" : expression(a.group(2));
            }
        }
        if (limit != null) {
            out.append(" limit:").append(limit);
        }
        if (offset != null) {
            out.append(" offset:").append(offset);
        }
        return Reading.of(out.append(range).toString());
    }

    /** Ruby's {@code Case}: the first fragment is the value; the rest is ignored. */
    private static Reading caseTag(String markup) {
        Matcher m = CASE_SYNTAX.matcher(markup);
        if (!m.find()) {
            return Reading.stop("Syntax Error in 'case' - Valid syntax: case [condition]");
        }
        String value = expression(m.group(1));
        return value == null ? null : Reading.of("case " + value);
    }

    /** Whether a {@code case} tag Liqp accepts holds more than the one fragment Ruby reads. */
    static boolean caseHasMore(String markup) {
        Matcher m = CASE_SYNTAX.matcher(markup);
        return m.find() && !markup.substring(m.end()).isBlank();
    }

    /**
     * Whether a condition holds a parenthesis outside quotes and no range: Ruby's strict parser reads '(' only as
     * the start of a range and refuses the rest, while Liqp groups with it ({@code if (page.n == 2)} is false in
     * Jekyll: the lax reading compares {@code page.n} with a variable named '2').
     */
    static boolean hasParenthesis(String markup) {
        if (markup.indexOf('(') < 0) {
            return false;
        }
        String unquoted = markup.replaceAll(QUOTED, "\"\"");
        return unquoted.indexOf('(') >= 0 && !unquoted.contains("..");
    }

    /** Ruby's {@code Case#record_when_condition}: values separated by 'or' or ',', each a fragment. */
    private static Reading when(String markup) {
        List<String> values = new ArrayList<>();
        String rest = markup;
        while (rest != null) {
            Matcher m = WHEN_SYNTAX.matcher(rest);
            if (!m.find()) {
                return Reading.stop("Syntax Error in tag 'case' - Valid when condition: "
                        + "{% when [condition] [or condition2...] %}");
            }
            String value = expression(m.group(1));
            if (value == null) {
                return null;
            }
            values.add(value);
            rest = m.group(2);
        }
        return Reading.of("when " + String.join(", ", values));
    }

    /** Ruby's {@code Cycle}: an optional group name before ':', then values separated by commas. */
    private static Reading cycle(String markup) {
        Matcher named = CYCLE_NAMED.matcher(markup);
        String group = null;
        String values = markup;
        if (named.find()) {
            group = expression(named.group(1));
            values = named.group(2);
        } else if (!CYCLE_SIMPLE.matcher(markup).find()) {
            return Reading.stop("Syntax Error in 'cycle' - Valid syntax: cycle [name :] var [, var2, var3 ...]");
        }
        List<String> out = new ArrayList<>();
        for (String v : values.split(",", -1)) {
            Matcher m = CYCLE_VALUE.matcher(v);
            if (m.find()) {
                String e = expression(m.group(1));
                if (e == null) {
                    return null;
                }
                out.add(e);
            }
        }
        if (out.isEmpty()) {
            return null;
        }
        return Reading.of("cycle " + (group == null ? "" : group + ": ") + String.join(", ", out));
    }

    /** Ruby's {@code Capture}: the first run of name characters is the variable. */
    private static Reading capture(String markup) {
        Matcher m = CAPTURE_SYNTAX.matcher(markup);
        if (!m.find()) {
            return Reading.stop("Syntax Error in 'capture' - Valid syntax: capture [var]");
        }
        return NAME.matcher(m.group(1)).matches() ? Reading.of("capture " + m.group(1)) : null;
    }

    /**
     * Ruby's {@code Expression.parse} of a fragment, as strict markup: literals as they are, a variable lookup
     * rebuilt from the segments Ruby reads. Null when Liqp has no way to say it.
     */
    static String expression(String markup) {
        if (markup == null) {
            return "nil";
        }
        String s = markup.strip();
        if (s.length() >= 2 && ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("'") && s.endsWith("'")))) {
            return s.indexOf(s.charAt(0), 1) == s.length() - 1 ? s : null;
        }
        if (INTEGER.matcher(s).matches() || FLOAT.matcher(s).matches()) {
            return s;
        }
        Matcher range = RANGE.matcher(s);
        if (range.matches()) {
            String from = expression(range.group(1));
            String to = expression(range.group(2));
            return from == null || to == null ? null : "(" + from + ".." + to + ")";
        }
        switch (s) {
            case "", "nil", "null" -> {
                return "nil";
            }
            case "true", "false", "blank", "empty" -> {
                return s;
            }
            default -> {}
        }
        Matcher seg = VARIABLE_PARSER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (seg.find()) {
            String part = seg.group();
            if (part.endsWith("?")) {
                return null;
            }
            if (part.startsWith("[")) {
                String inner = expression(part.substring(1, part.length() - 1));
                if (inner == null || out.isEmpty()) {
                    return null;
                }
                out.append('[').append(inner).append(']');
            } else if (out.isEmpty()) {
                if (!NAME.matcher(part).matches()) {
                    // Ruby looks up a variable named '1' or 'a-b' at the top: no page sets one
                    return part.matches("[\\w-]+") ? "nil" : null;
                }
                out.append(part);
            } else if (NAME.matcher(part).matches()) {
                out.append('.').append(part);
            } else {
                out.append("[\"").append(part).append("\"]");
            }
        }
        return out.isEmpty() ? "nil" : out.toString();
    }
}
