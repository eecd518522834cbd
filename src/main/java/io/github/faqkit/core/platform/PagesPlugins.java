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
    /** The gem that pins GitHub Pages' versions; a build of the site's own may load it too. */
    public static final String PAGES_GEM = "github-pages";

    /** What the {@code github-pages} gem switches on for every site, whatever {@code plugins:} lists. */
    public static final Set<String> GITHUB_PAGES_DEFAULTS = Set.of(
            OPTIONAL_FRONT_MATTER, RELATIVE_LINKS, TITLES_FROM_HEADINGS, DEFAULT_LAYOUT, README_INDEX, GITHUB_METADATA);

    /**
     * The plugins of {@code loaded} that do something under {@code config}: jekyll-optional-front-matter,
     * -relative-links, -titles-from-headings and -readme-index each stop when their own key says
     * {@code enabled: false} (the boolean, as their {@code disabled?} tests it), and jekyll-optional-front-matter
     * also when {@code require_front_matter} is set (platform-golden/plugins-off).
     */
    public static Set<String> active(Set<String> loaded, com.fasterxml.jackson.databind.JsonNode config) {
        Set<String> out = new java.util.LinkedHashSet<>(loaded);
        for (java.util.Map.Entry<String, String> e : OWN_KEYS.entrySet()) {
            com.fasterxml.jackson.databind.JsonNode enabled =
                    config.path(e.getValue()).path("enabled");
            if (enabled.isBoolean() && !enabled.booleanValue()) {
                out.remove(e.getKey());
            }
        }
        com.fasterxml.jackson.databind.JsonNode require = config.path("require_front_matter");
        if (!require.isMissingNode() && !require.isNull() && !(require.isBoolean() && !require.booleanValue())) {
            out.remove(OPTIONAL_FRONT_MATTER);
        }
        return out;
    }

    /** Each plugin's key in {@code _config.yml}. */
    private static final java.util.Map<String, String> OWN_KEYS = java.util.Map.of(
            OPTIONAL_FRONT_MATTER, "optional_front_matter",
            RELATIVE_LINKS, "relative_links",
            TITLES_FROM_HEADINGS, "titles_from_headings",
            README_INDEX, "readme_index");

    private PagesPlugins() {}
}
