package io.github.faqkit.core.kramdown;

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
}
