package io.github.faqkit.rules.frontmatter;

import java.util.Set;

/** Front matter keys that Jekyll, its common plugins and just-the-docs read. */
final class KnownKeys {
    private KnownKeys() {}

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
