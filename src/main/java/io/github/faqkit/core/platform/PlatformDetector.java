package io.github.faqkit.core.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.faqkit.core.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides who builds a site (see {@link Platform}) from the site's own files, as its build would: a workflow
 * that uses {@code actions/jekyll-build-pages} or a {@code github-pages} gem means GitHub Pages; a workflow
 * running {@code jekyll build}, or a Gemfile without that gem, means the site's own plugins; a
 * {@code remote_theme} without a Gemfile, or with one that cannot load it, only works on GitHub Pages. With no
 * sign at all, plain Jekyll is assumed (the console line says how to choose).
 */
public final class PlatformDetector {

    private PlatformDetector() {}

    /**
     * @param setting {@code faq.platform}: auto (or null), github-pages or jekyll
     * @param baseurlGiven true when the user set {@code faq.baseUrl}, which wins over any implicit baseurl
     * @param env the environment ({@code PAGES_REPO_NWO})
     * @param workflows the repository's workflows, as the run's configuration load read them
     */
    public static PlatformChoice detect(
            Path contentDirectory,
            SiteConfig config,
            String setting,
            boolean baseurlGiven,
            Map<String, String> env,
            Workflows workflows) {
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
        String branch = null;
        String elsewhere = null;
        if (forced != null) {
            platform = forced;
            reason = "faq.platform=" + forced;
        } else {
            // without a git checkout (a downloaded archive) the site folder is taken as the repository
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
            } else if (gemfile != null && gemfile.has(PAGES_GEM)) {
                platform = Platform.GITHUB_PAGES;
                reason = relative(repoRoot, contentDirectory, gemfile.file()) + " uses the github-pages gem";
            } else if ((branch = branchBuild(contentDirectory, config, env, repoRoot)) != null
                    && (elsewhere = OtherBuilds.sign(repoRoot, contentDirectory)) == null) {
                // GitHub Pages builds a branch with its own github-pages gem set, whatever the Gemfile asks for
                // (actions/jekyll-build-pages runs the gem's build from its own folder and only warns "The
                // github-pages gem can't satisfy your Gemfile's dependencies")
                platform = Platform.GITHUB_PAGES;
                reason = branch
                        + " and no workflow builds it: GitHub Pages builds it from its branch with the github-pages "
                        + "gem's plugins"
                        + (gemfile == null
                                ? ""
                                : ", not those of " + relative(repoRoot, contentDirectory, gemfile.file()));
            } else if (gemfile != null && remoteTheme != null && !gemfileBuildMayHaveTheme(config, gemfile)) {
                // the github-pages gem adds jekyll-remote-theme by itself when _config.yml has remote_theme; plain
                // Jekyll loads it only from the Gemfile, so a build with this Gemfile would have no theme at all
                platform = Platform.GITHUB_PAGES;
                reason = "'remote_theme: " + remoteTheme + "' needs jekyll-remote-theme, which "
                        + relative(repoRoot, contentDirectory, gemfile.file())
                        + " does not name (a build with it would have no theme): only GitHub Pages, which adds that "
                        + "plugin itself, builds the site with its theme";
            } else if (branch != null && !(gemfile == null && remoteTheme != null)) {
                // (a remote_theme without a Gemfile builds only on GitHub Pages: the branch after this one)
                // served by GitHub Pages, but maybe built by another service and pushed built (a Travis job pushing
                // _site to gh-pages): either build may be the one readers get, so only what holds on both is said
                platform = Platform.JEKYLL;
                guessed = true;
                reason = branch + ", but " + elsewhere + " may build and publish it: GitHub Pages' branch build and "
                        + (gemfile == null
                                ? "a build of its own"
                                : "a build with " + relative(repoRoot, contentDirectory, gemfile.file()))
                        + " are both possible, and only what holds on both is reported ('.md' links are taken as "
                        + "rewritten); set faq.platform to github-pages or jekyll to check exactly";
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
                        + "'plugins:' of " + config.file() + " is assumed, and '.md' links are taken as rewritten; set "
                        + "faq.platform to github-pages or jekyll to check exactly";
            }
        }
        Set<String> plugins = new LinkedHashSet<>(configuredPlugins(config.raw()));
        if (platform == Platform.GITHUB_PAGES) {
            plugins.addAll(PagesPlugins.GITHUB_PAGES_DEFAULTS);
        } else if (gemfile != null) {
            plugins.addAll(gemfile.jekyllPlugins());
            if (plugins.contains(PAGES_GEM)) {
                // a build of its own that loads the github-pages gem (Bundler requires the :jekyll_plugins group):
                // the gem's hook adds its default plugins to every site it configures
                plugins.addAll(PagesPlugins.GITHUB_PAGES_DEFAULTS);
                reason += "; its github-pages gem adds GitHub Pages' plugins (jekyll-relative-links, "
                        + "jekyll-optional-front-matter, …)";
            }
        }
        String implicit = null;
        String note = null;
        if (platform == Platform.GITHUB_PAGES
                && !baseurlGiven
                && !hasBaseurl(config.raw())
                && !Files.isRegularFile(contentDirectory.resolve("CNAME"))) {
            Repository repo = Repository.find(SiteConfigText.scalar(config.raw(), "repository"), env, repoRoot);
            String host = urlHost(SiteConfigText.scalar(config.raw(), "url"));
            if (host != null && !host.endsWith(".github.io")) {
                // 'url' naming another host: a custom domain (served at its root; deployed by a workflow, the site
                // keeps it in the repository settings, not in a CNAME file), or a site built and hosted elsewhere
                // with the github-pages gem; the repository name does not say the path either way
                note = (workflows.pagesAction() != null
                                ? workflows.pagesAction()
                                        + " builds with the base path GitHub Pages serves the site under"
                                : "GitHub Pages would serve a project site without baseurl under /<repository>")
                        + ", but url: in " + config.file() + " names " + host + ", not github.io (a custom domain, or"
                        + " a host of its own): the path is not known from the repository; set faq.baseUrl to check "
                        + "links and images under it (checked with the baseurl of " + config.file() + ")";
            } else if (repo == null) {
                note = "GitHub Pages serves a project site under /<repository> when " + config.file()
                        + " sets no baseurl, and no repository is known ('repository:' in " + config.file()
                        + ", PAGES_REPO_NWO or a git remote "
                        + "'origin'): faq.baseUrl is required (the path the site is served under, '' for a user "
                        + "site or a custom domain); links and images are checked as if at the host root";
            } else if (!repo.userSite()) {
                implicit = "/" + repo.name();
                note = "a project site of " + repo + ", from " + repo.source() + ", without baseurl in "
                        + config.file();
            }
        }
        if (platform == Platform.JEKYLL && workflows.ownBuild() != null && !baseurlGiven) {
            // 'jekyll build --baseurl X' wins over the baseurl of _config.yml, as on the command line
            String[] served = workflowBaseurl(contentDirectory, config, env, repoRoot, workflows);
            implicit = served[0];
            note = served[1];
        }
        String ruby = PlatformChoice.PAGES_RUBY;
        String rubySource = null;
        if (platform == Platform.JEKYLL) {
            String[] named = namedRuby(contentDirectory, repoRoot, workflows);
            ruby = named == null ? SiteConfig.DEFAULT_RUBY : named[0];
            rubySource = named == null ? null : named[1];
        }
        JekyllVersions.Found jekyll = JekyllVersions.of(
                platform, gemfile, gemfile == null ? null : relative(repoRoot, contentDirectory, gemfile.file()));
        return new PlatformChoice(
                platform,
                PagesPlugins.active(plugins, config.raw()),
                reason,
                implicit,
                note,
                guessed,
                ruby,
                rubySource,
                jekyll.major(),
                jekyll.source(),
                workflows.ownBuildOnPages() && pagesServesUrlHost(config, contentDirectory, repoRoot, workflows));
    }

    /**
     * Whether GitHub Pages serves the host {@code url:} names, for a build a workflow hands to Pages: no host, or a
     * github.io one, or a custom domain a {@code CNAME} file of the site or the repository names (GitHub Pages keeps
     * the domain of a branch build there), or the deploy action's {@code cname:} input writes into the branch. A custom domain without one may point at another host: just-the-docs'
     * own site deploys to GitHub Pages from a workflow while just-the-docs.com is served by Netlify.
     */
    private static boolean pagesServesUrlHost(
            SiteConfig config, Path contentDirectory, Path repoRoot, Workflows workflows) {
        String host = urlHost(SiteConfigText.scalar(config.raw(), "url"));
        if (host == null || host.endsWith(".github.io") || host.equals(workflows.deployCname())) {
            // the deploy action's 'cname:' is the CNAME file of the branch GitHub Pages serves
            return true;
        }
        for (Path dir : repoRoot == null ? List.of(contentDirectory) : List.of(contentDirectory, repoRoot)) {
            Path cname = dir.resolve("CNAME");
            try {
                if (Files.isRegularFile(cname)
                        && Files.readString(cname)
                                .strip()
                                .toLowerCase(java.util.Locale.ROOT)
                                .equals(host)) {
                    return true;
                }
            } catch (java.io.IOException | RuntimeException e) {
                // an unreadable CNAME names no domain
            }
        }
        return false;
    }

    /**
     * The baseurl the workflow that builds the site passes to {@code jekyll build} and a note on where it comes
     * from: a literal path as written; GitHub's starter workflow passes the base path actions/configure-pages
     * reports, which is {@code /<repository>} for a project site and empty for a user site or one with a custom
     * domain (a {@code CNAME} file). {null, null} when the build passes none; {null, note} when only the workflow
     * run knows it.
     */
    static String[] workflowBaseurl(
            Path contentDirectory, SiteConfig config, Map<String, String> env, Path repoRoot, Workflows workflows) {
        if (workflows.ownBuildBaseurl() == null) {
            return new String[2];
        }
        String literal = workflows.literalBuildBaseurl();
        if (literal != null) {
            return new String[] {literal, workflows.ownBuild() + " builds with --baseurl '" + literal + "'"};
        }
        if (!workflows.buildsUnderPagesBasePath()) {
            return new String[] {
                null,
                workflows.ownBuild() + " builds with --baseurl " + workflows.ownBuildBaseurl()
                        + ", known only when the workflow runs: set faq.baseUrl to the path the site is served "
                        + "under; links and images are checked with the baseurl of " + config.file()
            };
        }
        String from = workflows.ownBuild() + " builds with --baseurl " + workflows.ownBuildBaseurl();
        if (Files.isRegularFile(contentDirectory.resolve("CNAME"))
                || repoRoot != null && Files.isRegularFile(repoRoot.resolve("CNAME"))) {
            // the CNAME of the repository's root counts too: the workflow builds a folder of it (VzBoT3D/docs)
            return new String[] {"", from + ", empty for the custom domain of the CNAME file"};
        }
        if (workflows.deployCname() != null) {
            return new String[] {
                "",
                from + ", empty for the custom domain " + workflows.deployCname() + " its deploy step writes as CNAME"
            };
        }
        String host = urlHost(SiteConfigText.scalar(config.raw(), "url"));
        if (host != null && !host.endsWith(".github.io")) {
            // a site deployed by a workflow keeps its custom domain in the repository settings, not in a CNAME
            // file: 'url' naming another host says there is one, and then the base path is empty, or the site is
            // hosted elsewhere; either way the repository name does not say it
            return new String[] {
                null,
                from + ", and url: in " + config.file() + " names " + host
                        + ", not github.io: the path is not known from the repository; set faq.baseUrl to check "
                        + "links and images under it (checked with the baseurl of " + config.file() + ")"
            };
        }
        Repository repo = Repository.runningWorkflow(SiteConfigText.scalar(config.raw(), "repository"), env, repoRoot);
        if (repo == null) {
            return new String[] {
                null,
                from + ", the path GitHub Pages serves the repository under, and no repository is known "
                        + "('repository:' in " + config.file() + ", PAGES_REPO_NWO or a git remote 'origin'): "
                        + "faq.baseUrl is required; links and images are checked with the baseurl of "
                        + config.file()
            };
        }
        if (repo.userSite()) {
            return new String[] {"", from + ", empty for the user site " + repo};
        }
        return new String[] {"/" + repo.name(), from + ", the project site of " + repo + " (from " + repo.source() + ")"
        };
    }

    /** The host of an absolute http(s) URL, lower case; null when there is none. */
    static String urlHost(String url) {
        if (url == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)^\\s*https?://([^/:?#\\s]+)")
                .matcher(url);
        return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : null;
    }

    private static final java.util.regex.Pattern RUBY_VERSION_FILE =
            java.util.regex.Pattern.compile("^\\s*(?:ruby-)?(\\d+\\.\\d+(?:\\.\\d+)?)");
    private static final java.util.regex.Pattern TOOL_VERSIONS =
            java.util.regex.Pattern.compile("(?m)^\\s*ruby\\s+(\\d+\\.\\d+(?:\\.\\d+)?)");

    /**
     * The Ruby a site built with its own Gemfile names, and where: the {@code ruby-version} the workflow that runs
     * {@code jekyll build} gives ruby/setup-ruby (that input wins over the files; the action reads them only when it
     * is not set), else {@code .ruby-version} or {@code .tool-versions} (site folder, then repository root). Null
     * when none names one.
     */
    static String[] namedRuby(Path contentDirectory, Path repoRoot, Workflows workflows) {
        if (workflows.ownBuildRuby() != null) {
            return new String[] {workflows.ownBuildRuby(), workflows.ownBuild()};
        }
        for (Path dir : repoRoot == null
                ? java.util.List.of(contentDirectory)
                : java.util.List.of(contentDirectory, repoRoot)) {
            String v = firstMatch(dir.resolve(".ruby-version"), RUBY_VERSION_FILE);
            if (v != null) {
                return new String[] {v, relative(repoRoot, contentDirectory, dir.resolve(".ruby-version"))};
            }
            v = firstMatch(dir.resolve(".tool-versions"), TOOL_VERSIONS);
            if (v != null) {
                return new String[] {v, relative(repoRoot, contentDirectory, dir.resolve(".tool-versions"))};
            }
        }
        return null;
    }

    private static String firstMatch(Path file, java.util.regex.Pattern p) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            java.util.regex.Matcher m = p.matcher(Files.readString(file));
            return m.find() ? m.group(1) : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * What says the site is published by GitHub Pages from a branch, when no workflow builds it: the repository
     * is a user or organization site ({@code owner.github.io}, which GitHub Pages publishes from its default
     * branch), or a {@code CNAME} file names the custom domain GitHub Pages serves it under (a custom workflow
     * ignores that file), or {@code url:} names the owner's GitHub Pages host ({@code owner.github.io}; another
     * owner's host is taken for a copied setting, not evidence). Null when none does.
     */
    static String branchBuild(Path contentDirectory, SiteConfig config, Map<String, String> env, Path repoRoot) {
        Repository repo = Repository.find(SiteConfigText.scalar(config.raw(), "repository"), env, repoRoot);
        if (repo != null && repo.userSite()) {
            return repo + " is a user site (from " + repo.source() + ")";
        }
        if (Files.isRegularFile(contentDirectory.resolve("CNAME"))) {
            return "a CNAME file names the site's custom domain";
        }
        String host = urlHost(SiteConfigText.scalar(config.raw(), "url"));
        if (repo != null && host != null && host.equalsIgnoreCase(repo.owner() + ".github.io")) {
            // the owner's own Pages host: nothing but GitHub Pages serves it (TDLiDAR/DOC: a Gemfile, no workflow,
            // 'url: https://tdlidar.github.io', published by the branch build)
            return "url: in " + config.file() + " names " + host + ", the GitHub Pages host of " + repo + " (from "
                    + repo.source() + ")";
        }
        return null;
    }

    /**
     * True when a build with {@code gemfile} can still have a theme although it does not load
     * {@code remote_theme}: the Gemfile names jekyll-remote-theme (maybe loaded), or {@code theme:} names a gem.
     */
    static boolean gemfileBuildMayHaveTheme(SiteConfig config, Gemfile gemfile) {
        return gemfile.has(REMOTE_THEME_PLUGIN) || SiteConfigText.scalar(config.raw(), "theme") != null;
    }

    static final String REMOTE_THEME_PLUGIN = "jekyll-remote-theme";

    private static final String PAGES_GEM = PagesPlugins.PAGES_GEM;

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
