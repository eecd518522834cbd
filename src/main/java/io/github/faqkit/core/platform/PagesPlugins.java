package io.github.faqkit.core.platform;

import java.util.Set;

/** The Jekyll plugins whose effect on pages, links and URLs the rules model. */
public final class PagesPlugins {
    public static final String OPTIONAL_FRONT_MATTER = "jekyll-optional-front-matter";
    public static final String RELATIVE_LINKS = "jekyll-relative-links";
    public static final String TITLES_FROM_HEADINGS = "jekyll-titles-from-headings";
    public static final String DEFAULT_LAYOUT = "jekyll-default-layout";
    public static final String README_INDEX = "jekyll-readme-index";
    public static final String GITHUB_METADATA = "jekyll-github-metadata";

    /** What the {@code github-pages} gem switches on for every site, whatever {@code plugins:} lists. */
    public static final Set<String> GITHUB_PAGES_DEFAULTS = Set.of(
            OPTIONAL_FRONT_MATTER, RELATIVE_LINKS, TITLES_FROM_HEADINGS, DEFAULT_LAYOUT, README_INDEX, GITHUB_METADATA);

    private PagesPlugins() {}
}
