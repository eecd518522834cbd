package io.github.faqkit.core.platform;

/**
 * Which major version of Jekyll builds the site. GitHub Pages runs the github-pages gem, which pins Jekyll 3
 * (3.10.0); a build of the site's own takes the version its Gemfile.lock locks, or the one its Gemfile pins.
 * The difference readers meet: Jekyll 3's {@code {% link %}} and {@code {% post_url %}} give a page's URL
 * without the baseurl, Jekyll 4's put it in front.
 */
final class JekyllVersions {
    /** The major version and what says so (null source: nothing does, Jekyll 4 assumed). */
    record Found(int major, String source) {}

    private JekyllVersions() {}

    static Found of(Platform platform, Gemfile gemfile, String gemfileName) {
        if (platform == Platform.GITHUB_PAGES) {
            return new Found(3, "GitHub Pages runs Jekyll 3.10");
        }
        if (gemfile == null) {
            return new Found(io.github.faqkit.core.SiteConfig.DEFAULT_JEKYLL_MAJOR, null);
        }
        String locked = GemVersions.locked(gemfile.file().resolveSibling("Gemfile.lock"), "jekyll");
        if (locked != null) {
            return new Found(GemVersions.major(locked), gemfileName + ".lock");
        }
        String pinned = GemVersions.pinned(gemfile.file(), "jekyll");
        if (pinned != null) {
            return new Found(GemVersions.major(pinned), gemfileName);
        }
        if (gemfile.has("github-pages")) {
            return new Found(3, "the github-pages gem of " + gemfileName + " pins Jekyll 3");
        }
        return new Found(io.github.faqkit.core.SiteConfig.DEFAULT_JEKYLL_MAJOR, null);
    }
}
