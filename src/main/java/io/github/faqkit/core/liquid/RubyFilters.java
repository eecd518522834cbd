package io.github.faqkit.core.liquid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * Liquid's standard filters where Liqp computes otherwise than Ruby Liquid does (liquid-golden filters-ruby and
 * filter-split, recorded with Jekyll 4.3.1; the other filters of that golden agree).
 */
final class RubyFilters {
    private RubyFilters() {}

    static List<Filter> all() {
        List<Filter> out = new ArrayList<>();
        out.add(new Filter("split") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                String separator = params.length > 0 && params[0] != null ? asString(params[0], context) : "";
                return split(asString(value, context), separator).toArray(new String[0]);
            }
        });
        out.add(new Filter("size") {
            private final Filter liqpSize = new liqp.filters.Size();

            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                // Ruby's size filter asks the value for a size, which a loop drop has not: 0
                return value instanceof LoopDrop ? 0L : liqpSize.apply(value, context, params);
            }
        });
        out.add(new Filter("capitalize") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return capitalize(asString(value, context));
            }
        });
        out.add(new TextAsNumber(new IntegerOperation("divided_by", Math::floorDiv)));
        out.add(new TextAsNumber(new IntegerOperation("modulo", Math::floorMod)));
        for (String name : List.of("plus", "minus", "times")) {
            out.add(new TextAsNumber(liqp.filters.Filters.JEKYLL_FILTERS.get(name)));
        }
        return out;
    }

    /**
     * Ruby Liquid's {@code Utils.to_number} for a text that is no number: {@code String#to_i}, the digits it begins
     * with or 0 ({@code "3 apples" | plus: 1} is 4, {@code "a" | times: 2} is 0), where Liqp took it as 0 or failed.
     */
    private static final class TextAsNumber extends Filter {
        private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(?:\\.\\d+)?");
        private static final java.util.regex.Pattern LEADING_INTEGER = java.util.regex.Pattern.compile("[-+]?\\d+");
        private final Filter operation;

        TextAsNumber(Filter operation) {
            super(operation.name);
            this.operation = operation;
        }

        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            Object[] operands = params.clone();
            if (operands.length > 0) {
                operands[0] = number(operands[0]);
            }
            return operation.apply(number(value), context, operands);
        }

        private static Object number(Object v) {
            if (!(v instanceof CharSequence text)
                    || NUMBER.matcher(text.toString().strip()).matches()) {
                return v;
            }
            java.util.regex.Matcher m = LEADING_INTEGER.matcher(text.toString().stripLeading());
            if (!m.lookingAt()) {
                return 0L;
            }
            String digits = m.group();
            return digits.length() > 18 ? v : Long.parseLong(digits.startsWith("+") ? digits.substring(1) : digits);
        }
    }

    /**
     * Ruby's {@code String#split} with a string: a leading empty field stays and trailing ones go, {@code " "} splits
     * on runs of blanks after leading ones, {@code ""} into characters. Liqp's dropped a field before a leading
     * separator and split {@code " "} at every space.
     */
    static List<String> split(String text, String separator) {
        List<String> out = new ArrayList<>();
        if (separator.equals(" ")) {
            for (String field : text.split("[ \\t\\n\\x0B\\f\\r]+")) {
                if (!field.isEmpty()) {
                    out.add(field);
                }
            }
            return out;
        }
        if (separator.isEmpty()) {
            text.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
            return out;
        }
        int from = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
            out.add(text.substring(from, at));
            from = at + separator.length();
        }
        out.add(text.substring(from));
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Ruby's {@code String#capitalize}: the first character in title case, the rest in lower case (Liqp kept them). */
    static String capitalize(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new String(Character.toChars(Character.toTitleCase(first)))
                + text.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }

    /**
     * An operation on two integers as Ruby's {@code Integer} does it, rounding toward negative infinity ({@code -7 /
     * 2} is -4, {@code -7 % 3} is 2; Liqp truncated toward zero); Liqp's own filter for anything else.
     */
    private static final class IntegerOperation extends Filter {
        private final Filter liqps;
        private final java.util.function.LongBinaryOperator op;

        IntegerOperation(String name, java.util.function.LongBinaryOperator op) {
            super(name);
            this.liqps = liqp.filters.Filters.JEKYLL_FILTERS.get(name);
            this.op = op;
        }

        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            Long a = integer(value);
            Long b = params.length > 0 ? integer(params[0]) : null;
            if (a == null || b == null || b == 0) {
                return liqps.apply(value, context, params);
            }
            return op.applyAsLong(a, b);
        }

        /** The value as Ruby Liquid's {@code Utils.to_number} gives an Integer, or null. */
        private static Long integer(Object v) {
            if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
                return ((Number) v).longValue();
            }
            if (v instanceof CharSequence s && s.toString().strip().matches("-?\\d{1,18}")) {
                return Long.parseLong(s.toString().strip());
            }
            return null;
        }
    }
}
