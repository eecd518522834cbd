package io.github.faqkit.rules.frontmatter;

import java.util.Set;

/** Front matter keys that Jekyll, its common plugins and just-the-docs read. */
final class KnownKeys {
    private KnownKeys() {}

    /**
     * Known keys that are switches (true or false): just-the-docs' booleans, Jekyll's {@code published} and
     * {@code render_with_liquid}, and {@code comments}, which layouts test for truth. A key holding prose is no
     * misspelling of one of them.
     */
    static final Set<String> SWITCHES = Set.of(
            "has_children",
            "has_toc",
            "nav_exclude",
            "nav_enabled",
            "nav_fold",
            "search_exclude",
            "comments",
            "published",
            "render_with_liquid");

    /** YAML words that read as booleans; quoted, they are still meant as one. */
    private static final Set<String> BOOLEAN_WORDS = Set.of("true", "false", "yes", "no", "on", "off");

    /** Words that name a note for people ({@code comment}, {@code editor_note}, {@code todo}). */
    private static final Set<String> NOTE_WORDS =
            Set.of("comment", "note", "notes", "todo", "todos", "remark", "remarks", "memo", "fixme");

    /**
     * The keys of {@code known} that {@code value} can be meant for: all of them, except the switches when the value
     * is text that is no boolean word.
     */
    static Set<String> fitting(Set<String> known, com.fasterxml.jackson.databind.JsonNode value) {
        if (!prose(value)) {
            return known;
        }
        Set<String> out = new java.util.TreeSet<>(known);
        out.removeAll(SWITCHES);
        return out;
    }

    /** True when the key names a note for people and its value is text. */
    static boolean isNote(String key, com.fasterxml.jackson.databind.JsonNode value) {
        if (!prose(value)) {
            return false;
        }
        for (String word : key.toLowerCase(java.util.Locale.ROOT).split("[_\\-\\s]+")) {
            if (NOTE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean prose(com.fasterxml.jackson.databind.JsonNode value) {
        return value != null
                && value.isTextual()
                && !value.asText().isBlank()
                && !BOOLEAN_WORDS.contains(value.asText().trim().toLowerCase(java.util.Locale.ROOT));
    }

    static final Set<String> JUST_THE_DOCS = Set.of(
            "title",
            "parent",
            "grand_parent",
            "ancestor",
            "nav_order",
            "nav_exclude",
            "has_children",
            "has_toc",
            "child_nav_order",
            "nav_enabled",
            "search_exclude",
            "summary",
            "last_modified_date",
            "description",
            "layout",
            "permalink",
            "nav_fold",
            "mermaid",
            "back_to_top",
            "has_children_title");

    static final Set<String> JEKYLL = Set.of(
            "layout",
            "permalink",
            "published",
            "title",
            "date",
            "category",
            "categories",
            "tags",
            "excerpt",
            "excerpt_separator",
            "description",
            "lang",
            "slug",
            "author",
            "authors",
            "image",
            "sitemap",
            "render_with_liquid",
            // Jekyll's Regenerator writes a page with regenerate: true again at every incremental build
            // (page-keys-golden/regenerate.tsv)
            "regenerate",
            "redirect_from",
            "redirect_to",
            "last_modified_at",
            "seo",
            // jekyll-seo-tag, which every just-the-docs head runs: page.twitter.card picks the card
            "twitter",
            "canonical_url",
            "keywords",
            "comments",
            "toc",
            "math",
            "output",
            "type",
            "order",
            "hide",
            "draft",
            "locale");
}
