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

    /**
     * A version and where it was read, with the releases the build may install: {@code span} null when not known
     * (a version assumed, or the files a site copied).
     */
    public record Found(ThemeVersion version, String source, Span span) {
        public Found(ThemeVersion version, String source) {
            this(version, source, null);
        }

        /** This version, built as {@code span}. */
        Found spanning(Span span) {
            return new Found(version, source, span);
        }

        public String consoleLine() {
            return "faq theme: just-the-docs " + version + " (" + source + ")";
        }
    }

    /**
     * The releases a build may install: {@code earliest} alone, or with {@code orNewer} any release from it on,
     * including ones this plugin does not know (a Gemfile requirement, a remote theme's default branch).
     */
    public record Span(ThemeVersion earliest, boolean orNewer) {
        static Span exactly(ThemeVersion v) {
            return new Span(v, false);
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
        return find(given, contentDirectory, config, platform, java.util.Set.of());
    }

    /**
     * The same for a build that loads {@code plugins}. Where jekyll-remote-theme runs (named by the Gemfile or
     * 'plugins:', or added by the github-pages gem when {@code remote_theme} is set) and {@code remote_theme} is
     * set, it replaces the site's theme by the one it downloads ({@code Munger#configure_theme} sets
     * {@code site.theme}): the just-the-docs gem a Gemfile.lock locks is then installed but builds nothing.
     */
    public static Found find(
            String given, Path contentDirectory, SiteConfig config, Platform platform, java.util.Set<String> plugins) {
        if (given != null && !given.isBlank()) {
            ThemeVersion v = ThemeVersion.parse(given);
            return new Found(v, "faq.themeVersion", Span.exactly(v));
        }
        String remoteTheme = SiteConfigText.scalar(config.raw(), "remote_theme");
        boolean remoteThemeRuns = remoteTheme != null
                && (plugins.contains(PlatformDetector.REMOTE_THEME_PLUGIN) || plugins.contains(PagesPlugins.PAGES_GEM));
        boolean gemfileBuilds = platform != Platform.GITHUB_PAGES && !remoteThemeRuns;
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
                : platform == Platform.GITHUB_PAGES
                        ? " (GitHub Pages builds without the Gemfile: " + unused.version() + " from " + unused.source()
                                + " does not apply)"
                        : " (jekyll-remote-theme replaces the theme with it: " + unused.version() + " from "
                                + unused.source() + " builds nothing)";
        String remote = remoteTheme;
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
                // the hint names no release: pinning the one checked would take a site back from newer releases
                String pinned = remote.strip().replaceFirst("@.*$", "") + "@vX.Y.Z";
                return new Found(
                        ThemeVersion.NEWEST_KNOWN,
                        "remote_theme: " + remote + " names no release, so each build takes the theme's default"
                                + " branch as it is that day: checked as " + ThemeVersion.NEWEST_KNOWN + ", whose"
                                + " navigation the later releases keep" + ignored + "; to build with a fixed release,"
                                + " name it after '@' (remote_theme: " + pinned + "), or set faq.themeVersion to the"
                                + " one to check against",
                        new Span(ThemeVersion.NEWEST_KNOWN, true));
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
        if (written == null) {
            return null;
        }
        // a requirement ('~> 0.4.1' installs 0.4.2 too): the releases from the one written on; '< 0.5' says no
        // earliest
        boolean below = r.operator().startsWith("<") || r.operator().startsWith("!");
        written = written.spanning(below ? null : new Span(written.version(), true));
        if (!r.allowsNewer()) {
            return written;
        }
        ThemeVersion newest = ThemeVersion.NEWEST_KNOWN;
        if (newest.compareTo(written.version()) <= 0
                || (r.operator().equals("~>")
                        && newest.major() != written.version().major())) {
            return written;
        }
        String what = "Gemfile requires '" + r.operator() + " " + r.version() + "' and no Gemfile.lock fixes a"
                + " release, so Bundler installs the newest it allows: checked as " + newest + ", whose navigation"
                + " the later releases keep; faq.themeVersion overrides it";
        return new Found(newest, folder == null ? what : what + " (in " + folder + ")", written.span());
    }

    private static Found gem(String version, Path folder, String what) {
        return version == null ? null : parsed(version, folder == null ? what : what + " in " + folder);
    }

    private static Found parsed(String text, String source) {
        try {
            ThemeVersion v = ThemeVersion.parse(text);
            return new Found(v, source, Span.exactly(v));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
