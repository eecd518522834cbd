package io.github.faqkit.core;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loop variables of a page, read once when the page is parsed. Here in the site model rather than
 * with the Liquid evaluator in {@code core.refs}, which reads pages: the page must not depend on it.
 */
public final class LiquidLoops {
    private static final Pattern FOR_TAG = Pattern.compile("\\{%-?\\s*for\\s+([A-Za-z_][\\w-]*)\\s+in\\s");

    private LiquidLoops() {}

    /** Names bound by {@code {% for name in … %}} tags in {@code text}. */
    public static Set<String> variables(String text) {
        if (!text.contains("{%")) {
            return Set.of();
        }
        Set<String> names = new TreeSet<>();
        Matcher m = FOR_TAG.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return Set.copyOf(names);
    }
}
