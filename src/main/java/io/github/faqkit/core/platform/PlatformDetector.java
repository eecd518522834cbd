package io.github.faqkit.core.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.faqkit.core.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Decides who builds a site (see {@link Platform}) from the site's own files, as its build would: a workflow
 * that uses {@code actions/jekyll-build-pages} or a {@code github-pages} gem means GitHub Pages; a workflow
 * running {@code jekyll build}, or a Gemfile without that gem, means the site's own plugins; a
 * {@code remote_theme} without a Gemfile only works on GitHub Pages. With no sign at all, plain Jekyll is
 * assumed (the console line says how to choose).
 */
public final class PlatformDetector {

    private PlatformDetector() {}

    /**
     * @param setting {@code faq.platform}: auto (or null), github-pages or jekyll
     * @param baseurlGiven true when the user set {@code faq.baseUrl}, which wins over any implicit baseurl
     * @param env the environment ({@code PAGES_REPO_NWO})
     */
    public static PlatformChoice detect(
            Path contentDirectory, SiteConfig config, String setting, boolean baseurlGiven, Map<String, String> env) {
        Platform forced = Platform.parseSetting(setting);
        Path repoRoot = Repository.rootOf(contentDirectory);
        Gemfile gemfile = Gemfile.in(contentDirectory);
        if (gemfile == null
                && repoRoot != null
                && !repoRoot.equals(contentDirectory.toAbsolutePath().normalize())) {
            gemfile = Gemfile.in(repoRoot);
        }
        Platform platform;
        String reason;
        boolean guessed = false;
        if (forced != null) {
            platform = forced;
            reason = "faq.platform=" + forced;
        } else {
            // without a git checkout (a downloaded archive) the site folder is taken as the repository
            Workflows workflows = Workflows.in(repoRoot != null ? repoRoot : contentDirectory);
            String remoteTheme = SiteConfigText.scalar(config.raw(), "remote_theme");
            if (workflows.pagesAction() != null) {
                platform = Platform.GITHUB_PAGES;
                reason = workflows.pagesAction() + " uses actions/jekyll-build-pages";
            } else if (workflows.ownBuild() != null) {
                platform = Platform.JEKYLL;
                reason = workflows.ownBuild() + " runs 'jekyll build'"
                        + (gemfile == null
                                ? ""
                                : " with the plugins of " + relative(repoRoot, contentDirectory, gemfile.file()));
            } else if (gemfile != null && gemfile.has("github-pages")) {
                platform = Platform.GITHUB_PAGES;
                reason = relative(repoRoot, contentDirectory, gemfile.file()) + " uses the github-pages gem";
            } else if (gemfile != null) {
                platform = Platform.JEKYLL;
                reason = relative(repoRoot, contentDirectory, gemfile.file())
                        + " has no github-pages gem: Jekyll runs the plugins it and 'plugins:' name";
            } else if (remoteTheme != null) {
                platform = Platform.GITHUB_PAGES;
                reason = "'remote_theme: " + remoteTheme + "' without a Gemfile builds only on GitHub Pages";
            } else {
                platform = Platform.JEKYLL;
                guessed = true;
                reason = "no Gemfile, build workflow or remote_theme says how the site is built: Jekyll with the "
                        + "'plugins:' of _config.yml is assumed, and '.md' links are taken as rewritten; set "
                        + "faq.platform to github-pages or jekyll to check exactly";
            }
        }
        Set<String> plugins = new LinkedHashSet<>(configuredPlugins(config.raw()));
        if (platform == Platform.GITHUB_PAGES) {
            plugins.addAll(PagesPlugins.GITHUB_PAGES_DEFAULTS);
        } else if (gemfile != null) {
            plugins.addAll(gemfile.jekyllPlugins());
        }
        String implicit = null;
        String note = null;
        if (platform == Platform.GITHUB_PAGES
                && !baseurlGiven
                && !hasBaseurl(config.raw())
                && !Files.isRegularFile(contentDirectory.resolve("CNAME"))) {
            Repository repo = Repository.find(SiteConfigText.scalar(config.raw(), "repository"), env, repoRoot);
            if (repo == null) {
                note = "GitHub Pages serves a project site under /<repository> when _config.yml sets no baseurl, and "
                        + "no repository is known ('repository:' in _config.yml, PAGES_REPO_NWO or a git remote "
                        + "'origin'): faq.baseUrl is required (the path the site is served under, '' for a user "
                        + "site or a custom domain); links and images are checked as if at the host root";
            } else if (!repo.userSite()) {
                implicit = "/" + repo.name();
                note = "a project site of " + repo + ", from " + repo.source() + ", without baseurl in _config.yml";
            }
        }
        return new PlatformChoice(platform, plugins, reason, implicit, note, guessed);
    }

    /** jekyll-github-metadata sets baseurl only when _config.yml leaves it unset (or '/'). */
    static boolean hasBaseurl(JsonNode raw) {
        JsonNode b = raw.get("baseurl");
        return b != null && !b.isNull() && !(b.isTextual() && b.asText().trim().equals("/"));
    }

    static Set<String> configuredPlugins(JsonNode raw) {
        Set<String> out = new LinkedHashSet<>();
        for (String key : new String[] {"plugins", "gems"}) {
            JsonNode n = raw.get(key);
            if (n != null && n.isArray()) {
                n.forEach(p -> out.add(p.asText().trim()));
            } else if (n != null && n.isTextual()) {
                out.add(n.asText().trim());
            }
        }
        return out;
    }

    private static String relative(Path repoRoot, Path contentDirectory, Path file) {
        Path base =
                repoRoot != null ? repoRoot : contentDirectory.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}
