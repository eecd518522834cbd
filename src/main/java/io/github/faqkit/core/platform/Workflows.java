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
 * {@code ownBuildBaseurl} the argument that build passes to {@code --baseurl} as written (null when it passes none).
 */
public record Workflows(String pagesAction, String ownBuild, String ownBuildRuby, String ownBuildBaseurl) {

    static final Workflows NONE = new Workflows(null, null, null, null);

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
    private static final Pattern PAGES_ACTION = Pattern.compile("uses:\\s*['\"]?actions/jekyll-build-pages\\b");
    private static final Pattern JEKYLL_BUILD = Pattern.compile("(?m)^[^#\\n]*\\bjekyll\\s+(?:build|b)\\b.*$");
    /** {@code --baseurl VALUE}, {@code --baseurl=VALUE} or {@code -b VALUE}, the value quoted or not. */
    private static final Pattern BASEURL_ARG = Pattern.compile(
            "(?:--baseurl(?:=|\\s+)|\\s-b\\s+)(?:\"([^\"]*)\"|'([^']*)'|(\\$\\{\\{[^}]*}}|[^\\s\"']+))");
    /** A workflow that publishes what it builds to GitHub Pages (the starter workflow's deploy steps). */
    private static final Pattern DEPLOYS_TO_PAGES =
            Pattern.compile("uses:\\s*['\"]?actions/(?:upload-pages-artifact|deploy-pages|configure-pages)\\b");

    /**
     * The workflows under {@code repositoryRoot/.github/workflows}: the first that uses
     * {@code actions/jekyll-build-pages} (GitHub Pages' own build) and the first that runs {@code jekyll build}
     * (the site's Gemfile), preferring one that deploys to GitHub Pages over a check that only builds (the
     * published site is the deployed build, with its {@code --baseurl}). Null root or no folder: neither.
     */
    public static Workflows in(Path repositoryRoot) {
        if (repositoryRoot == null) {
            return NONE;
        }
        Path dir = repositoryRoot.resolve(".github").resolve("workflows");
        if (!Files.isDirectory(dir)) {
            return NONE;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if ((n.endsWith(".yml") || n.endsWith(".yaml")) && Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            return NONE;
        }
        files.sort(null);
        String pages = null;
        String own = null;
        String ruby = null;
        String baseurl = null;
        boolean ownDeploys = false;
        for (Path p : files) {
            String text;
            try {
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException e) {
                continue;
            }
            String name = ".github/workflows/" + p.getFileName();
            if (pages == null && PAGES_ACTION.matcher(text).find()) {
                pages = name;
            }
            java.util.regex.Matcher build = JEKYLL_BUILD.matcher(text);
            if (build.find()
                    && (own == null
                            || !ownDeploys && DEPLOYS_TO_PAGES.matcher(text).find())) {
                own = name;
                ownDeploys = DEPLOYS_TO_PAGES.matcher(text).find();
                java.util.regex.Matcher m = RUBY_VERSION.matcher(text);
                ruby = m.find() ? m.group(1) : null;
                java.util.regex.Matcher b = BASEURL_ARG.matcher(build.group());
                baseurl = !b.find()
                        ? null
                        : b.group(1) != null ? b.group(1) : b.group(2) != null ? b.group(2) : b.group(3);
            }
        }
        return new Workflows(pages, own, ruby, baseurl == null ? null : baseurl.trim());
    }
}
