package io.github.faqkit.core.platform;

import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.ThemeVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The just-the-docs version a site is built with, read from the site: a vendored theme's gemspec, the
 * {@code Gemfile.lock}, a version pinned in the {@code Gemfile}, {@code remote_theme: owner/repo@vX}, or the
 * release whose layout files the site copied ({@link ThemeFiles}).
 */
public final class ThemeVersions {

    /** A version and where it was read. */
    public record Found(ThemeVersion version, String source) {
        public String consoleLine() {
            return "faq theme: just-the-docs " + version + " (" + source + ")";
        }
    }

    private static final String GEM = "just-the-docs";
    private static final Pattern GEMSPEC_VERSION = Pattern.compile("\\.version\\s*=\\s*[\"']([0-9][^\"']*)[\"']");
    private static final Pattern REMOTE =
            Pattern.compile("(?i)^\\s*[\\w.-]+/just-the-docs(?:\\.git)?@v?([0-9][\\w.-]*)\\s*$");

    private ThemeVersions() {}

    /** {@code given} (faq.themeVersion) when set, else what the site says, else {@link ThemeVersion#DEFAULT}. */
    public static Found find(String given, Path contentDirectory, SiteConfig config) {
        return find(given, contentDirectory, config, null);
    }

    /**
     * The same for a site built on {@code platform} (null: not known). GitHub Pages builds with its own gems
     * (actions/jekyll-build-pages only warns when they do not satisfy the site's Gemfile): there the Gemfile and
     * Gemfile.lock pin nothing, and the theme is the one {@code remote_theme} names.
     */
    public static Found find(String given, Path contentDirectory, SiteConfig config, Platform platform) {
        return find(given, contentDirectory, config, platform, false);
    }

    /**
     * The same, knowing whether a build of the site's own loads jekyll-remote-theme ({@code remoteThemeLoaded}: the
     * Gemfile's github-pages gem adds it whenever _config.yml has {@code remote_theme}, or the Gemfile or
     * {@code plugins:} name it). Such a build takes the theme {@code remote_theme} names, whatever just-the-docs gem
     * the Gemfile.lock holds: the plugin replaces the site's theme (a gem is the theme only through {@code theme:}).
     */
    public static Found find(
            String given, Path contentDirectory, SiteConfig config, Platform platform, boolean remoteThemeLoaded) {
        if (given != null && !given.isBlank()) {
            return new Found(ThemeVersion.parse(given), "faq.themeVersion");
        }
        String remoteTheme = SiteConfigText.scalar(config.raw(), "remote_theme");
        boolean remoteJustTheDocs = remoteTheme != null
                && remoteTheme.toLowerCase(java.util.Locale.ROOT).contains(GEM);
        boolean gemfileBuilds = platform != Platform.GITHUB_PAGES && !(remoteThemeLoaded && remoteJustTheDocs);
        Found unused = null;
        Path repoRoot = Repository.rootOf(contentDirectory);
        Path content = contentDirectory.toAbsolutePath().normalize();
        for (Path dir : folders(contentDirectory, repoRoot)) {
            // files of the site folder are named as they are; those of the repository root say where they are
            Path rel = dir.equals(content) ? null : dir;
            Found f = version(
                    GEMSPEC_VERSION, dir.resolve(GEM + ".gemspec"), rel, "the vendored theme's " + GEM + ".gemspec");
            if (f != null) {
                return f;
            }
            f = gem(GemVersions.locked(dir.resolve("Gemfile.lock"), GEM), rel, "Gemfile.lock");
            if (f == null) {
                f = required(GemVersions.requirement(dir.resolve("Gemfile"), GEM), rel);
            }
            if (f != null && gemfileBuilds) {
                return f;
            }
            if (unused == null) {
                unused = f;
            }
        }
        String ignored = unused == null
                ? ""
                : platform != Platform.GITHUB_PAGES
                        ? " (the build loads jekyll-remote-theme, which takes the theme from remote_theme: "
                                + unused.version() + " from " + unused.source() + " does not apply)"
                        : " (GitHub Pages builds without the Gemfile: " + unused.version() + " from " + unused.source()
                                + " does not apply)";
        String remote = SiteConfigText.scalar(config.raw(), "remote_theme");
        if (remote != null) {
            Matcher m = REMOTE.matcher(remote);
            if (m.matches()) {
                Found f = parsed(m.group(1), "remote_theme: " + remote + ignored);
                if (f != null) {
                    return f;
                }
            }
            if (remote.toLowerCase(java.util.Locale.ROOT).contains(GEM)) {
                // GitHub Pages (jekyll-remote-theme) then downloads the default branch as it is at each build
                String pinned = remote.strip().replaceFirst("@.*$", "") + "@v" + ThemeVersion.NEWEST_KNOWN;
                return new Found(
                        ThemeVersion.NEWEST_KNOWN,
                        "remote_theme: " + remote + " names no release, so each build takes the theme's default"
                                + " branch as it is that day: checked as " + ThemeVersion.NEWEST_KNOWN + ", the newest"
                                + " release this plugin knows" + ignored + "; to build with a fixed release, name it"
                                + " after '@' (remote_theme: " + pinned + "), or set faq.themeVersion to the one"
                                + " to check against");
            }
        }
        Found copied = ThemeFiles.shipped().match(contentDirectory);
        if (copied != null) {
            return copied;
        }
        return new Found(
                ThemeVersion.DEFAULT,
                (unused == null
                                ? "no gemspec, Gemfile.lock or remote_theme names a version: "
                                : "no remote_theme names a version" + ignored + ": ")
                        + ThemeVersion.DEFAULT + " assumed; faq.themeVersion overrides it");
    }

    private static java.util.List<Path> folders(Path contentDirectory, Path repoRoot) {
        Path content = contentDirectory.toAbsolutePath().normalize();
        if (repoRoot == null || repoRoot.equals(content)) {
            return java.util.List.of(content);
        }
        return java.util.List.of(content, repoRoot);
    }

    private static Found version(Pattern pattern, Path file, Path folder, String what) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
            return m.find() ? parsed(m.group(1), folder == null ? what : what + " in " + folder) : null;
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    /**
     * The release Bundler installs for the Gemfile's requirement when no Gemfile.lock fixes one: the newest it
     * allows ({@code "~> 0.4"}, {@code ">= 0.4"}: the newest release this plugin knows, when that is newer and,
     * for {@code ~>}, of the same major version), else the version as written.
     */
    private static Found required(GemVersions.Requirement r, Path folder) {
        if (r == null) {
            return null;
        }
        Found written = gem(r.version(), folder, "the version pinned in Gemfile");
        if (written == null || !r.allowsNewer()) {
            return written;
        }
        ThemeVersion newest = ThemeVersion.NEWEST_KNOWN;
        if (newest.compareTo(written.version()) <= 0
                || (r.operator().equals("~>")
                        && newest.major() != written.version().major())) {
            return written;
        }
        String what = "Gemfile requires '" + r.operator() + " " + r.version() + "' and no Gemfile.lock fixes a"
                + " release, so Bundler installs the newest it allows: checked as " + newest + ", the newest"
                + " release this plugin knows; faq.themeVersion overrides it";
        return new Found(newest, folder == null ? what : what + " (in " + folder + ")");
    }

    private static Found gem(String version, Path folder, String what) {
        return version == null ? null : parsed(version, folder == null ? what : what + " in " + folder);
    }

    private static Found parsed(String text, String source) {
        try {
            return new Found(ThemeVersion.parse(text), source);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
