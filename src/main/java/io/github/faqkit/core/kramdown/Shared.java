package io.github.faqkit.core.kramdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance per equal immutable value of the kramdown model that recurs from page to page (the
 * attribute lines of a page template, "the TOC list at line 17"): every page summary of a site keeps them.
 * Bounded, so a site of unique values cannot grow it without limit.
 */
final class Shared {
    private static final int MAX_SIZE = 1 << 14;
    private static final Map<Object, Object> VALUES = new ConcurrentHashMap<>();

    private Shared() {}

    /** {@code value}, or an equal one already shared. Only for immutable values (records of immutable parts). */
    @SuppressWarnings("unchecked")
    static <T> T value(T value) {
        Object known = VALUES.get(value);
        if (known != null) {
            return (T) known;
        }
        if (VALUES.size() < MAX_SIZE) {
            Object raced = VALUES.putIfAbsent(value, value);
            return raced != null ? (T) raced : value;
        }
        return value;
    }

    /** Keeps the written order: Map.copyOf iterates in an order that changes from one JVM to the next. */
    private static Map<String, String> orderedCopy(Map<String, String> attrs) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attrs));
    }

    /** {@link #orderedCopy}, as a small immutable map when there is at most one entry (no order to keep). */
    static Map<String, String> attributes(Map<String, String> attrs) {
        if (attrs.isEmpty()) {
            return Map.of();
        }
        if (attrs.size() == 1) {
            Map.Entry<String, String> e = attrs.entrySet().iterator().next();
            // {class=no_toc} and a few others on every page: one map for all of them
            return value(Map.of(text(e.getKey()), text(e.getValue())));
        }
        return orderedCopy(attrs);
    }

    /** Short texts that recur from page to page (attribute lines, class names) as one shared string each. */
    static String text(String s) {
        return s.length() <= 64 ? s.intern() : s;
    }

    static List<String> texts(List<String> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(list.size());
        list.forEach(s -> out.add(text(s)));
        return List.copyOf(out);
    }
}
