package io.github.faqkit.core.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which major version of Jekyll builds the site. GitHub Pages runs the github-pages gem, which pins Jekyll 3
 * (3.10.0); a build of the site's own takes the version its Gemfile.lock locks, or the one its Gemfile pins.
 * The difference readers meet: Jekyll 3's {@code {% link %}} and {@code {% post_url %}} give a page's URL
 * without the baseurl, Jekyll 4's put it in front.
 */
final class JekyllVersions {
    /** A locked gem in Gemfile.lock's specs: four spaces, the name, the version in parentheses. */
    private static final Pattern LOCKED = Pattern.compile("(?m)^\\s{4}jekyll \\(([0-9]+)\\.[^)]*\\)\\s*$");
    /** {@code gem "jekyll", "~> 3.9"}, {@code gem 'jekyll', '3.8.5'}. */
    private static final Pattern PINNED = Pattern.compile(
            "(?m)^\\s*gem\\s*\\(?\\s*[\"']jekyll[\"']\\s*,\\s*[\"'](?:[=~>]+\\s*)?([0-9]+)[0-9.]*[\"']");

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
        Path lock = gemfile.file().resolveSibling("Gemfile.lock");
        Integer locked = first(LOCKED, lock);
        if (locked != null) {
            return new Found(locked, gemfileName + ".lock");
        }
        Integer pinned = first(PINNED, gemfile.file());
        if (pinned != null) {
            return new Found(pinned, gemfileName);
        }
        if (gemfile.has("github-pages")) {
            return new Found(3, "the github-pages gem of " + gemfileName + " pins Jekyll 3");
        }
        return new Found(io.github.faqkit.core.SiteConfig.DEFAULT_JEKYLL_MAJOR, null);
    }

    private static Integer first(Pattern pattern, Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
            return m.find() ? Integer.valueOf(m.group(1)) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
