package io.github.faqkit.core.platform;

import java.util.Set;

/**
 * The platform a site is checked for, the plugins that run on it, why it was chosen, and the baseurl the
 * platform gives a site whose {@code _config.yml} sets none ({@code implicitBaseurl}, null when it gives none
 * or it cannot be known; {@code baseurlNote} then says what is missing). {@code ruby} is the Ruby version that
 * runs the build (its Unicode data makes the heading ids), {@code rubySource} where that was read (null: the
 * platform's own, or Debian's Jekyll when nothing names one). {@code builtForPages} is true when the site's own
 * build is handed to GitHub Pages by its workflow and GitHub Pages serves the host {@code url:} names.
 */
public record PlatformChoice(
        Platform platform,
        Set<String> plugins,
        String reason,
        String implicitBaseurl,
        String baseurlNote,
        boolean guessed,
        String ruby,
        String rubySource,
        int jekyllMajor,
        String jekyllSource,
        boolean builtForPages) {

    /** GitHub Pages builds with Ruby 3.3 (actions/jekyll-build-pages: FROM ruby:3.3-slim). */
    public static final String PAGES_RUBY = "3.3";

    public PlatformChoice {
        plugins = Set.copyOf(plugins);
    }

    /** Plain Jekyll with the given plugins, known from the site's files or the configuration. */
    public static PlatformChoice jekyll(Set<String> plugins, String reason) {
        return new PlatformChoice(
                Platform.JEKYLL,
                plugins,
                reason,
                null,
                null,
                false,
                io.github.faqkit.core.SiteConfig.DEFAULT_RUBY,
                null,
                io.github.faqkit.core.SiteConfig.DEFAULT_JEKYLL_MAJOR,
                null,
                false);
    }

    /** Nothing says how the site is built: Jekyll with the 'plugins:' of _config.yml is assumed. */
    public static PlatformChoice guessedJekyll(Set<String> plugins, String reason) {
        return new PlatformChoice(
                Platform.JEKYLL,
                plugins,
                reason,
                null,
                null,
                true,
                io.github.faqkit.core.SiteConfig.DEFAULT_RUBY,
                null,
                io.github.faqkit.core.SiteConfig.DEFAULT_JEKYLL_MAJOR,
                null,
                false);
    }

    /** What the plugin assumed before platforms were modelled. */
    public static final PlatformChoice LEGACY = guessedJekyll(Set.of(), "not detected");

    /**
     * True when GitHub Pages serves the built site (its own build, or a workflow's build it deploys): paths are
     * then matched in their exact letter case.
     */
    public boolean servedByGitHubPages() {
        return platform == Platform.GITHUB_PAGES || builtForPages;
    }

    /**
     * True when the path the site is served under cannot be known from its files: the build takes it from where
     * GitHub Pages serves the repository, and only a custom domain's settings (not in the repository) say it
     * ({@code baseurlNote} says which). The site may then be one path of its {@code url:} host among others.
     */
    public boolean servedPathUnknown() {
        return implicitBaseurl == null && baseurlNote != null;
    }

    public boolean runs(String plugin) {
        return plugins.contains(plugin);
    }

    /**
     * Whether a {@code .md} link to a page counts as reaching it: where jekyll-relative-links runs, and where the
     * build is not known (unknown is not absent: such a link is not called a 404 on a guess).
     */
    public boolean markdownLinksRewritten() {
        return guessed || runs(PagesPlugins.RELATIVE_LINKS);
    }

    /** The one console line that says which platform was chosen and why. */
    public String consoleLine() {
        StringBuilder sb = new StringBuilder("faq platform: ")
                .append(platform)
                .append(" (")
                .append(reason)
                .append(')');
        if (implicitBaseurl != null) {
            sb.append("; served under baseurl '").append(implicitBaseurl).append('\'');
        }
        if (baseurlNote != null) {
            sb.append("; ").append(baseurlNote);
        }
        if (rubySource != null) {
            sb.append("; heading ids as Ruby ")
                    .append(ruby)
                    .append(" makes them (")
                    .append(rubySource)
                    .append(')');
        }
        if (jekyllMajor < 4 && jekyllSource != null) {
            sb.append("; Jekyll ")
                    .append(jekyllMajor)
                    .append(" (")
                    .append(jekyllSource)
                    .append("): {% link %} and {% post_url %} give URLs without the baseurl");
        }
        return sb.toString();
    }
}
