package io.github.faqkit.core.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the repository's GitHub Actions workflows say about how the site is built; {@code ownBuildRuby} is the
 * {@code ruby-version} the workflow that runs {@code jekyll build} sets up (null when it names none), and
 * {@code ownBuildBaseurl} the argument that build passes to {@code --baseurl} as written (null when it passes none),
 * {@code ownBuildConfig} the argument it passes to {@code --config} as written (null when it passes none), and
 * {@code ownBuildOnPages} whether that workflow hands its build to GitHub Pages (the starter workflow's deploy
 * actions, or a push to the branch Pages serves by a gh-pages deploy action), {@code deployCname} the custom domain
 * the workflow that pushes the build to the Pages branch writes into it as its {@code CNAME} file
 * (the {@code cname:} input of peaceiris/actions-gh-pages or jeffreytse/jekyll-deploy-action, lower case; null when
 * it writes none or only the run knows it).
 */
public record Workflows(
        String pagesAction,
        String ownBuild,
        String ownBuildRuby,
        String ownBuildBaseurl,
        String ownBuildConfig,
        boolean ownBuildOnPages,
        WorkflowOutputs outputs,
        String deployCname) {

    static final Workflows NONE = new Workflows(null, null, null, null, null, false, WorkflowOutputs.NONE, null);

    /** The workflows without a {@code --config} (the form before that option was read). */
    public Workflows(String pagesAction, String ownBuild, String ownBuildRuby, String ownBuildBaseurl) {
        this(pagesAction, ownBuild, ownBuildRuby, ownBuildBaseurl, null, false, WorkflowOutputs.NONE, null);
    }

    /**
     * The {@code cname:} input of peaceiris/actions-gh-pages or jeffreytse/jekyll-deploy-action (its
     * {@code providers/github.sh}: {@code echo "$INPUT_CNAME" > CNAME}), a literal domain: the action writes it as the
     * {@code CNAME} file of the branch it pushes, which GitHub Pages reads as the site's custom domain); an expression or a
     * variable is known only to the run.
     */
    private static final Pattern CNAME_INPUT =
            Pattern.compile("(?m)^[^#\\n]*\\bcname:[ \\t]*['\"]?([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)['\"]?[ \\t]*(?:#.*)?$");

    /** The literal {@code cname:} of a workflow that uses an action writing it ({@link #CNAME_WRITERS}); else null. */
    static String deployCname(String workflow) {
        if (!CNAME_WRITERS.matcher(workflow).find()) {
            return null;
        }
        java.util.regex.Matcher m = CNAME_INPUT.matcher(workflow);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static final Pattern CNAME_WRITERS = Pattern.compile(
            "(?m)^[^#\\n]*uses:\\s*['\"]?(?:peaceiris/actions-gh-pages|jeffreytse/jekyll-deploy-action)\\b");

    /**
     * The value GitHub's starter workflow passes ({@code --baseurl "${{ steps.pages.outputs.base_path }}"}):
     * the path actions/configure-pages reports for the repository's Pages site.
     */
    private static final Pattern PAGES_BASE_PATH =
            Pattern.compile("^\\$\\{\\{\\s*steps\\.[\\w-]+\\.outputs\\.base_path\\s*}}$");

    /** True when {@code ownBuildBaseurl} is the base path of the repository's GitHub Pages site. */
    public boolean buildsUnderPagesBasePath() {
        return ownBuildBaseurl != null
                && PAGES_BASE_PATH.matcher(ownBuildBaseurl).matches();
    }

    /**
     * The baseurl the build passes as a literal path ({@code ""} or starting with {@code /}); null when it passes
     * none or something that only the workflow run knows (an expression, a variable).
     */
    public String literalBuildBaseurl() {
        if (ownBuildBaseurl == null || ownBuildBaseurl.contains("$")) {
            return null;
        }
        return ownBuildBaseurl.isEmpty() || ownBuildBaseurl.startsWith("/") ? ownBuildBaseurl : null;
    }

    private static final Pattern RUBY_VERSION =
            Pattern.compile("(?m)^[^#\\n]*\\bruby-version:\\s*['\"]?(\\d+\\.\\d+(?:\\.\\d+)?)");
    private static final Pattern CONTINUED_LINE = Pattern.compile("\\\\\\r?\\n[ \\t]*");
    private static final Pattern PAGES_ACTION = Pattern.compile("uses:\\s*['\"]?actions/jekyll-build-pages\\b");
    private static final Pattern JEKYLL_BUILD = Pattern.compile("(?m)^[^#\\n]*\\bjekyll\\s+(?:build|b)\\b.*$");
    /** {@code --baseurl VALUE}, {@code --baseurl=VALUE} or {@code -b VALUE}, the value quoted or not. */
    private static final Pattern BASEURL_ARG = Pattern.compile(
            "(?:--baseurl(?:=|\\s+)|\\s-b\\s+)(?:\"([^\"]*)\"|'([^']*)'|(\\$\\{\\{[^}]*}}|[^\\s\"']+))");
    /**
     * {@code --config LIST} or {@code --config=LIST} (Jekyll's only spelling of it: {@code jekyll build --help}), the
     * comma-separated list quoted or not.
     */
    private static final Pattern CONFIG_ARG =
            Pattern.compile("\\s--config(?:=|\\s+)(?:\"([^\"]*)\"|'([^']*)'|(\\$\\{\\{[^}]*}}[^\\s\"']*|[^\\s\"']+))");
    /**
     * Actions that run {@code bundle exec jekyll build} with the site's Gemfile and push the result to a branch
     * GitHub Pages serves: jeffreytse/jekyll-deploy-action (its {@code jekyll_baseurl} input becomes
     * {@code --baseurl}, {@code ruby_ver} the Ruby) and helaili/jekyll-action (its {@code jekyll_build_options}
     * are passed to the build).
     */
    private static final Pattern DEPLOY_ACTION = Pattern.compile(
            "(?m)^[^#\\n]*uses:\\s*['\"]?(jeffreytse/jekyll-deploy-action|helaili/jekyll-action)(?=[@'\"\\s]|$)");

    private static final Pattern ACTION_BASEURL =
            Pattern.compile("(?m)^[^#\\n]*\\bjekyll_baseurl:[ \\t]*(?:\"([^\"]*)\"|'([^']*)'|([^\\s#]*))");
    private static final Pattern ACTION_BUILD_OPTIONS =
            Pattern.compile("(?m)^[^#\\n]*\\bjekyll_build_options:[ \\t]*(.*)$");
    private static final Pattern ACTION_RUBY =
            Pattern.compile("(?m)^[^#\\n]*\\bruby_ver:\\s*['\"]?(\\d+\\.\\d+(?:\\.\\d+)?)");

    /** A workflow that publishes what it builds to GitHub Pages (the starter workflow's deploy steps). */
    private static final Pattern DEPLOYS_TO_PAGES =
            Pattern.compile("uses:\\s*['\"]?actions/(?:upload-pages-artifact|deploy-pages|configure-pages)\\b");

    /** Actions that push a build to the branch GitHub Pages serves (gh-pages by default). */
    private static final Pattern PUSHES_TO_PAGES_BRANCH =
            Pattern.compile("uses:\\s*['\"]?(?:peaceiris/actions-gh-pages|JamesIves/github-pages-deploy-action)\\b");

    private static boolean handsToPages(String workflow) {
        return DEPLOYS_TO_PAGES.matcher(workflow).find()
                || PUSHES_TO_PAGES_BRANCH.matcher(workflow).find();
    }

    /**
     * Signs that a workflow publishes what it builds somewhere: GitHub Pages' artifact and deploy actions, a push
     * to a branch (peaceiris/actions-gh-pages, JamesIves/github-pages-deploy-action, {@code git push}), or any step
     * that deploys, publishes, uploads or copies to a host. Read broadly on purpose: a workflow with none of them only
     * checks that the site builds (a pull-request check), and the site is published by something else.
     */
    private static final Pattern PUBLISHES = Pattern.compile(
            "(?im)^[^#\\n]*(?:deploy|publish|upload|gh-pages|git\\s+push|actions-gh-pages|rsync|\\bscp\\b|"
                    + "aws\\s+s3|s3-sync|s3://|netlify|firebase|surge|vercel|wrangler|cloudflare|ftp|gsutil|azure)");

    /** True when {@code workflow} shows a sign of publishing its build ({@link #PUBLISHES}). */
    static boolean publishes(String workflow) {
        return PUBLISHES.matcher(workflow).find();
    }

    /**
     * The workflows of the repository that holds {@code contentDirectory} (without a git checkout, a downloaded
     * archive, the site folder is taken as the repository). A run reads them once, with its configuration
     * ({@link BuildConfigFiles#workflows()}), and hands them on.
     */
    public static Workflows ofSite(Path contentDirectory) {
        Path repoRoot = Repository.rootOf(contentDirectory);
        return in(repoRoot != null ? repoRoot : contentDirectory, contentDirectory);
    }

    /**
     * The workflows under {@code repositoryRoot/.github/workflows}: the first that uses
     * {@code actions/jekyll-build-pages} (GitHub Pages' own build) and the first that runs {@code jekyll build}
     * (the site's Gemfile) and publishes the result somewhere ({@link #PUBLISHES}), preferring one that deploys to
     * GitHub Pages (the published site is the deployed build, with its {@code --baseurl}). A workflow that only
     * checks that the site builds is neither: the site is then built as it would be without it. Null root or no
     * folder: neither. With them, from the same reading, what the build workflows write into
     * {@code contentDirectory} before Jekyll runs ({@link #outputs}).
     */
    static Workflows in(Path repositoryRoot, Path contentDirectory) {
        if (repositoryRoot == null) {
            return NONE;
        }
        List<Path> files = files(repositoryRoot);
        if (files.isEmpty()) {
            return NONE;
        }
        WorkflowOutputs.Collector outputs = new WorkflowOutputs.Collector(repositoryRoot, contentDirectory);
        String pages = null;
        String own = null;
        String ruby = null;
        String baseurl = null;
        String config = null;
        boolean ownDeploys = false;
        boolean ownOnPages = false;
        String cname = null;
        for (Path p : files) {
            String text;
            try {
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException e) {
                continue;
            }
            outputs.read(text);
            String name = ".github/workflows/" + p.getFileName();
            if (pages == null && PAGES_ACTION.matcher(text).find()) {
                pages = name;
            }
            java.util.regex.Matcher action = DEPLOY_ACTION.matcher(text);
            if (action.find() && (own == null || !ownDeploys)) {
                own = name + " through " + action.group(1);
                ownDeploys = true; // the built site is pushed to the branch GitHub Pages serves
                ownOnPages = true;
                java.util.regex.Matcher m = ACTION_RUBY.matcher(text);
                ruby = m.find() ? m.group(1) : null;
                baseurl = actionBaseurl(text);
                cname = deployCname(text);
                java.util.regex.Matcher o = ACTION_BUILD_OPTIONS.matcher(text);
                config = o.find() ? argument(CONFIG_ARG, " " + o.group(1)) : null;
                continue;
            }
            // a command continued with '\' at the line end is one command line to the shell
            java.util.regex.Matcher build =
                    JEKYLL_BUILD.matcher(CONTINUED_LINE.matcher(text).replaceAll(" "));
            // a check that builds and publishes nothing is not how readers get the site
            if (build.find()
                    && publishes(text)
                    && (own == null
                            || !ownDeploys && DEPLOYS_TO_PAGES.matcher(text).find())) {
                own = name;
                ownDeploys = DEPLOYS_TO_PAGES.matcher(text).find();
                ownOnPages = handsToPages(text);
                java.util.regex.Matcher m = RUBY_VERSION.matcher(text);
                ruby = m.find() ? m.group(1) : null;
                baseurl = throughEnv(baseurlArgument(build.group()), text);
                config = throughEnv(argument(CONFIG_ARG, build.group()), text);
                cname = deployCname(text);
            }
        }
        return new Workflows(
                pages,
                own,
                ruby,
                baseurl == null ? null : baseurl.trim(),
                config == null ? null : config.trim(),
                own != null && ownOnPages,
                outputs.result(),
                own == null ? null : cname);
    }

    /**
     * The workflow files of {@code repositoryRoot} ({@code .github/workflows/*.yml}, {@code *.yaml}) in name order;
     * none without the folder or when it cannot be listed.
     */
    static List<Path> files(Path repositoryRoot) {
        Path dir = repositoryRoot.resolve(".github").resolve("workflows");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if ((n.endsWith(".yml") || n.endsWith(".yaml")) && Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of(); // no listing: no evidence
        }
        files.sort(null);
        return files;
    }

    /** A shell variable as the whole value: {@code $NAME} or {@code ${NAME}}. */
    private static final Pattern SHELL_VARIABLE = Pattern.compile("^\\$(?:\\{(\\w+)}|(\\w+))$");

    /**
     * The value a command line passes through an environment variable the workflow sets to an expression
     * ({@code env: BASE: ${{ steps.pages.outputs.base_path }}}, then {@code --baseurl "${BASE}"}: the form linters
     * such as zizmor ask for, since an expression in {@code run:} is a template injection), as that expression;
     * anything else as written. The first {@code NAME:} the workflow sets is taken: a step's own {@code env:} is
     * where the form puts it.
     */
    static String throughEnv(String value, String workflow) {
        if (value == null) {
            return null;
        }
        java.util.regex.Matcher v = SHELL_VARIABLE.matcher(value.trim());
        if (!v.matches()) {
            return value;
        }
        String name = v.group(1) != null ? v.group(1) : v.group(2);
        java.util.regex.Matcher set = Pattern.compile("(?m)^[ \\t]+" + Pattern.quote(name)
                        + ":[ \\t]*(?:\"(\\$\\{\\{[^}\\n]*}})\"|'(\\$\\{\\{[^}\\n]*}})'"
                        + "|(\\$\\{\\{[^}\\n]*}}))[ \\t]*(?:#.*)?$")
                .matcher(workflow);
        if (!set.find()) {
            return value;
        }
        return set.group(1) != null ? set.group(1) : set.group(2) != null ? set.group(2) : set.group(3);
    }

    /** The {@code --baseurl} value of a command line as written, null when it passes none. */
    private static String baseurlArgument(String commandLine) {
        return argument(BASEURL_ARG, commandLine);
    }

    /** The value of the option {@code option} matches in a command line, as written; null when it passes none. */
    private static String argument(Pattern option, String commandLine) {
        java.util.regex.Matcher b = option.matcher(commandLine);
        if (!b.find()) {
            return null;
        }
        return b.group(1) != null ? b.group(1) : b.group(2) != null ? b.group(2) : b.group(3);
    }

    /** The baseurl a deploy action passes to its build, from its inputs; null when they give none. */
    private static String actionBaseurl(String workflow) {
        java.util.regex.Matcher m = ACTION_BASEURL.matcher(workflow);
        if (m.find()) {
            String v = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            // an empty input passes no --baseurl at all (the action adds the option only when it has a value)
            return v.isEmpty() ? null : v;
        }
        java.util.regex.Matcher o = ACTION_BUILD_OPTIONS.matcher(workflow);
        return o.find() ? baseurlArgument(" " + o.group(1)) : null;
    }
}
