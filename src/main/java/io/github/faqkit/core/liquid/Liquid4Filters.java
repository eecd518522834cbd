package io.github.faqkit.core.liquid;

import java.util.HashSet;
import java.util.Set;

/**
 * The filter names a real build knows: Liquid 4.0.4's standard filters (every Jekyll runs Liquid 4; GitHub Pages pins
 * 4.0.4) and Jekyll's. Liqp, which renders here, knows others: its own {@code json}, and Liquid 5's where a newer Liqp
 * brings them. To the build such a name is no filter at all: lax Liquid 4 hands the filter's input on, whatever its
 * arguments ({@code Strainer#invoke}); a plugin of the build may define it. Recorded from the real engines by
 * {@code scripts/liquid-golden/filters.sh} (src/test/resources/liquid-filters, compared by Liquid4FiltersTest).
 */
public final class Liquid4Filters {
    private Liquid4Filters() {}

    /** GitHub Pages' Jekyll 3.10.0 on Liquid 4.0.4. */
    static final Set<String> JEKYLL_3 = Set.of(
            "abs",
            "absolute_url",
            "append",
            "array_to_sentence_string",
            "at_least",
            "at_most",
            "capitalize",
            "ceil",
            "cgi_escape",
            "compact",
            "concat",
            "date",
            "date_to_long_string",
            "date_to_rfc822",
            "date_to_string",
            "date_to_xmlschema",
            "default",
            "divided_by",
            "downcase",
            "escape",
            "escape_once",
            "first",
            "floor",
            "group_by",
            "group_by_exp",
            "h",
            "inspect",
            "join",
            "jsonify",
            "last",
            "lstrip",
            "map",
            "markdownify",
            "minus",
            "modulo",
            "newline_to_br",
            "normalize_whitespace",
            "number_of_words",
            "plus",
            "pop",
            "prepend",
            "push",
            "relative_url",
            "remove",
            "remove_first",
            "replace",
            "replace_first",
            "reverse",
            "round",
            "rstrip",
            "sample",
            "sassify",
            "scssify",
            "shift",
            "size",
            "slice",
            "slugify",
            "smartify",
            "sort",
            "sort_natural",
            "split",
            "strip",
            "strip_html",
            "strip_index",
            "strip_newlines",
            "times",
            "to_integer",
            "truncate",
            "truncatewords",
            "uniq",
            "unshift",
            "upcase",
            "uri_escape",
            "url_decode",
            "url_encode",
            "where",
            "where_exp",
            "xml_escape");

    /** What Jekyll 4.1 added ({@code Jekyll::Filters#find}, {@code #find_exp}); Jekyll 4.3.1 on Liquid 4.0.4. */
    static final Set<String> JEKYLL_4_ADDS = Set.of("find", "find_exp");

    /** The filter names the build of Jekyll {@code jekyllMajor} knows before any plugin adds its own. */
    public static Set<String> known(int jekyllMajor) {
        if (jekyllMajor < 4) {
            return JEKYLL_3;
        }
        Set<String> out = new HashSet<>(JEKYLL_3);
        out.addAll(JEKYLL_4_ADDS);
        return Set.copyOf(out);
    }
}
