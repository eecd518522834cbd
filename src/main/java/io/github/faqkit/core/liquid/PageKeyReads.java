package io.github.faqkit.core.liquid;

import java.util.regex.Pattern;

/**
 * Whether a template reads the page's keys without naming them: {@code {% for field in page %}} (Liquid gives each
 * key of a page, or each key name of a collection's document, one table row per key on CreditTools/CreditTools.org),
 * {@code {{ page | jsonify }}} (every key in the output), {@code page[name]} with a name computed at render time
 * ({@code page[field_key]} over a data file's list of fields). Any key of the page may then change the output, so
 * none can be called one that nothing reads. Golden {@code page-keys-golden} (recorded with Jekyll 4.3.1, Liquid
 * 4.0.4). Only the Liquid markup of the text counts; {@code page["title"]} and {@code page.title} name their key.
 */
public final class PageKeyReads {
    /** {@code for x in page} (then the tag's end or a loop parameter), {@code page | jsonify}, {@code page[name]}. */
    private static final Pattern WHOLE = Pattern.compile("\\bfor\\s+[\\w-]+\\s+in\\s+page\\s*(?:-?%}|[\\s,)]|$)"
            + "|(?<![\\w.\\]-])page\\s*\\|\\s*(?:jsonify|inspect)\\b"
            + "|(?<![\\w.\\]-])page\\s*\\[\\s*(?![\"'\\s])");

    private PageKeyReads() {}

    /** True when the Liquid of {@code text} reads keys of {@code page} whose names it does not write. */
    public static boolean readsUnnamedKeys(String text) {
        if (text == null || !LiquidText.hasLiquid(text)) {
            return false;
        }
        boolean[] found = {false};
        LiquidMarkup.forEach(text, false, (start, end) -> {
            if (!found[0] && WHOLE.matcher(text).region(start, end).find()) {
                found[0] = true;
            }
        });
        return found[0];
    }
}
