package io.github.faqkit.core.liquid;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tags Liquid 5 brought that Liquid 4.0.4 does not know. Every Jekyll release runs Liquid 4 (Jekyll's gemspec
 * says {@code liquid ~> 4.0}, GitHub Pages pins 4.0.4), which reads a page's whole text before it renders any of it:
 * an unknown tag stops the build wherever it stands, also in a branch that is never taken ("Liquid syntax error: Unknown
 * tag 'render'", liquid-golden stop-liquid5-*, recorded with Jekyll 4.3.1 and GitHub Pages' 3.10.0 on Liquid 4.0.4).
 * Only {@code raw} and {@code comment} bodies are not read for tags. The inline comment {@code {% # … %}} (Liquid 5.4)
 * is no tag at all to Liquid 4 ("Tag '{% # … %}' was not properly terminated"): no plugin can define it.
 */
public final class Liquid4Tags {
    private Liquid4Tags() {}

    /** Liquid 5's own tags; a Jekyll plugin may register one of them on Liquid 4 (octopress-render-tag: render). */
    public static final Set<String> LIQUID5 = Set.of("render", "echo", "liquid");

    /**
     * jekyll-include-cache's tag: Liquid 4 knows it only where that plugin is loaded, and stops on it as on a Liquid 5
     * tag where it certainly is not ({@code Liquid4Plugins#includeCacheUnloaded}).
     */
    public static final String INCLUDE_CACHED = "include_cached";

    /** Where a tag stops the build: the body offset, and what the writer reads. */
    public record Stop(int offset, String tag, String message) {}

    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(#|[A-Za-z_]\\w*)");

    /**
     * The first tag of {@code text} that stops a Liquid 4 build: an inline comment, or a tag of {@code unknown} (the
     * Liquid 5 tags no plugin of the build defines). Null when there is none.
     */
    public static Stop first(String text, Set<String> unknown) {
        if (text.indexOf("{%") < 0) {
            return null;
        }
        Stop[] first = {null};
        ReadTags.each(TAG, text, m -> {
            String name = m.group(1);
            if (name.equals("#")) {
                first[0] = new Stop(
                        m.start(),
                        "#",
                        "Liquid 4, which Jekyll runs, has no inline comment '{% # … %}' (it "
                                + "came with Liquid 5.4): the build stops (\"Tag … was not properly terminated\")");
            } else if (unknown.contains(name) && name.equals(INCLUDE_CACHED)) {
                first[0] = new Stop(
                        m.start(),
                        name,
                        "{% include_cached %} is the tag of the jekyll-include-cache plugin, which this build does not"
                                + " load (it is in neither 'plugins:' nor the Gemfile's jekyll_plugins group, and the"
                                + " theme does not bring it): Liquid 4 does not know the tag and the build stops"
                                + " (\"Unknown tag 'include_cached'\")");
            } else if (unknown.contains(name)) {
                first[0] = new Stop(
                        m.start(),
                        name,
                        "Liquid 4, which Jekyll runs (GitHub Pages too), has no {% " + name
                                + " %} tag (it came with Liquid 5) and no plugin of this build defines one: the build stops"
                                + " (\"Unknown tag '" + name + "'\")");
            }
            return first[0] == null;
        });
        return first[0];
    }

    /** What to write instead, as the writer reads it. */
    public static String fix(String tag) {
        return switch (tag) {
            case "render" ->
                "use {% include file.html param=value %} (the include reads include.param) instead of "
                        + "{% render %}";
            case "echo" -> "write {{ … }} instead of {% echo … %}";
            case INCLUDE_CACHED ->
                "write {% include %} instead of {% include_cached %}, or load the plugin: add jekyll-include-cache to"
                        + " 'plugins:' in _config.yml (and to the Gemfile's jekyll_plugins group for a build of your"
                        + " own)";
            case "liquid" -> "write each line of {% liquid %} as a tag of its own ({% assign … %}, {% if … %} …)";
            default -> "write {% comment %}…{% endcomment %} instead of {% # … %}";
        };
    }
}
