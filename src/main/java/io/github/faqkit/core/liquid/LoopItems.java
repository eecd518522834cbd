package io.github.faqkit.core.liquid;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.TemplateContext;
import liqp.parser.Inspectable;

/**
 * What Ruby Liquid's {@code for} and {@code tablerow} iterate (its {@code Utils.slice_collection}), measured in
 * liquid-golden for-ruby: an array item by item, a hash as [key, value] pairs, a text once as a whole (Liquid 4 and
 * 5), a range {@code (a..b)} number by number, and nil, a number or true nothing; then the items from {@code from}
 * up to {@code to}.
 */
final class LoopItems {
    private LoopItems() {}

    /** The name under which {@link LaxMarkup} passes a range to the loop tags, with its bounds as attributes. */
    static final String RANGE = "faq_range";

    static final String RANGE_FROM = "faq_range_from";
    static final String RANGE_TO = "faq_range_to";

    /** The items of {@code value} as Ruby's {@code each} yields them. */
    static List<Object> of(Object value, TemplateContext context) {
        if (value instanceof Inspectable && !(value instanceof Map) && !(value instanceof Collection)) {
            value = context.getParser().evaluate(value).toLiquid();
        }
        if (value instanceof String s) {
            return s.isEmpty() ? List.of() : List.of(s);
        }
        if (value instanceof Map<?, ?> map) {
            List<Object> pairs = new ArrayList<>(map.size());
            map.forEach((k, v) -> pairs.add(Arrays.asList(k, v)));
            return pairs;
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        return List.of();
    }

    /** The numbers {@code a} to {@code b}, both included, without holding them. */
    static List<Object> range(long a, long b) {
        long n = Math.max(0, b - a + 1);
        int size = (int) Math.min(n, Integer.MAX_VALUE);
        return new AbstractList<>() {
            @Override
            public Object get(int i) {
                return a + i;
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** Ruby's slice: the items whose index is at least {@code from} and below {@code to} (null: no end). */
    static List<Object> slice(List<Object> items, long from, Long to) {
        long start = Math.max(0, from);
        long end = to == null ? items.size() : Math.min(items.size(), to);
        if (start >= end) {
            return List.of();
        }
        return new ArrayList<>(items.subList((int) start, (int) end));
    }

    private static final Pattern INTEGER = Pattern.compile("\\s*([+-]?\\d+(?:_\\d+)*)\\s*");
    private static final Pattern LEADING_INTEGER = Pattern.compile("\\s*([+-]?\\d+(?:_\\d+)*)");

    /** Liquid 5's {@code Utils.to_integer} (offset and limit of {@code for}): what is no integer stops the render. */
    static long toInteger(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        Matcher m = INTEGER.matcher(String.valueOf(value));
        if (value != null && m.matches()) {
            return Long.parseLong(m.group(1).replace("_", ""));
        }
        throw new IllegalArgumentException("Liquid error: invalid integer");
    }

    /** Ruby's {@code to_i} (tablerow's attributes; a range's bounds when nil or text): what is no number is 0. */
    static long toI(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        Matcher m = LEADING_INTEGER.matcher(String.valueOf(value));
        return m.lookingAt() ? Long.parseLong(m.group(1).replace("_", "")) : 0;
    }

    /** A range's bound as Liquid's RangeLookup reads it: an integer, or a text or nil by {@code to_i}. */
    static long bound(Object value) {
        return value == null || value instanceof String ? toI(value) : toInteger(value);
    }

    /** The loop's items from its range attributes (when {@link LaxMarkup} passed a range), else null. */
    static List<Object> rangeOf(Map<String, Object> attributes) {
        if (!attributes.containsKey(RANGE_FROM) || !attributes.containsKey(RANGE_TO)) {
            return null;
        }
        return range(bound(attributes.get(RANGE_FROM)), bound(attributes.get(RANGE_TO)));
    }

    /** The attributes ({@code limit: 2}) of a loop tag, from node {@code first} on. */
    static Map<String, Object> attributes(TemplateContext context, int first, liqp.nodes.LNode... nodes) {
        Map<String, Object> out = new java.util.HashMap<>();
        for (int i = first; i < nodes.length; i++) {
            if (nodes[i] != null && nodes[i].render(context) instanceof Object[] pair && pair.length == 2) {
                out.put(String.valueOf(pair[0]), pair[1]);
            }
        }
        return out;
    }
}
