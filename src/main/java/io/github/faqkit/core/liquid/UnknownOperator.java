package io.github.faqkit.core.liquid;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import liqp.TemplateContext;
import liqp.TemplateParser;

/**
 * A comparison with an operator Liquid does not know ({@code {% if page.title = 'A' %}}). Ruby Liquid's lax parser
 * accepts it and raises "Unknown operator" only when the condition is evaluated, which stops Jekyll's build: in a
 * branch never taken, or after an {@code and} that is already false, the page builds (liquid-golden
 * lax-operator-untaken, stop-lax-operator-*). The lax reading puts a lookup of a marker variable where the comparison
 * was; the render's context raises this exception when Liqp looks the marker up, that is when Liquid would.
 */
final class UnknownOperator extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private static final String PREFIX = "faq_unknown_operator_";

    /** The operator as written. */
    final String operator;
    /** Which marker of the text it was read from (in text order). */
    final int index;
    /** The include chain the comparison sits in, as the innermost include names it; null: the page itself. */
    String include;

    private UnknownOperator(String operator, int index) {
        super("Liquid error: Unknown operator " + operator, null, false, false);
        this.operator = operator;
        this.index = index;
    }

    /** The marker that stands for a comparison with {@code operator}, not yet numbered. */
    static String marker(String operator) {
        return PREFIX + HexFormat.of().formatHex(operator.getBytes(StandardCharsets.UTF_8)) + "_";
    }

    /** Whether {@code markup} holds a marker. */
    static boolean marks(String markup) {
        return markup.contains(PREFIX);
    }

    /** {@code markup} with its markers numbered from {@code next}; returns the next number. */
    static String number(String markup, int next, java.util.function.IntConsumer numbered) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        int at;
        int n = next;
        while ((at = markup.indexOf(PREFIX, from)) >= 0) {
            int end = markup.indexOf('_', at + PREFIX.length()) + 1;
            out.append(markup, from, end).append(n);
            numbered.accept(n++);
            from = end;
        }
        return out.append(markup, from, markup.length()).toString();
    }

    /** The exception a marker variable named {@code key} stands for; null when it is no marker. */
    static UnknownOperator of(String key) {
        if (!key.startsWith(PREFIX)) {
            return null;
        }
        String[] parts = key.substring(PREFIX.length()).split("_", 2);
        try {
            String op = new String(HexFormat.of().parseHex(parts[0]), StandardCharsets.UTF_8);
            return new UnknownOperator(op, Integer.parseInt(parts[1]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    /** The unknown operator {@code t} was raised for, looking through the exceptions Liqp wraps it in; or null. */
    static UnknownOperator in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof UnknownOperator u) {
                return u;
            }
        }
        return null;
    }

    /** A render context that raises this exception when a marker is looked up (includes look up through it). */
    static TemplateContext context(TemplateParser parser, Map<String, Object> variables) {
        return new TemplateContext(parser, variables) {
            @Override
            public boolean containsKey(String key) {
                UnknownOperator u = of(key);
                if (u != null) {
                    throw u;
                }
                return super.containsKey(key);
            }
        };
    }
}
