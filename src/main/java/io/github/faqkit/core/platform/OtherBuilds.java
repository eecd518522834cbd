package io.github.faqkit.core.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Signs that something other than a GitHub Actions workflow may build and publish the site: another host's or CI
 * service's configuration ({@code netlify.toml}, {@code vercel.json}, {@code .gitlab-ci.yml}, a {@code .travis.yml}
 * that publishes, …), or a deploy script. A site served by GitHub Pages with none of them and no workflow that builds it can only be
 * GitHub Pages' own branch build; with one of them, the site may as well be built with its Gemfile and pushed built
 * (a Travis job that pushes {@code _site} to gh-pages), so which build readers get is not known.
 */
final class OtherBuilds {

    private OtherBuilds() {}

    /** Configuration files of hosts that build and serve a site from the repository, and of GitLab's CI (Pages). */
    private static final List<String> HOST_FILES = List.of(
            "netlify.toml",
            "vercel.json",
            ".gitlab-ci.yml",
            "firebase.json",
            "amplify.yml",
            "render.yaml",
            "wrangler.toml",
            ".cloudflare/pages.json");

    /**
     * CI services' configuration files: a sign only with a step that publishes ({@link Workflows#publishes}), as for a
     * workflow; one that only runs {@code jekyll build} checks the site (AcceptEmail/apidocs: Travis builds, GitHub
     * Pages publishes).
     */
    private static final List<String> CI_FILES = List.of(
            ".travis.yml",
            ".circleci/config.yml",
            "azure-pipelines.yml",
            "bitbucket-pipelines.yml",
            ".drone.yml",
            ".woodpecker.yml",
            "Jenkinsfile");

    /** Folders where a deploy script is kept, besides the repository root and the site folder. */
    private static final List<String> SCRIPT_FOLDERS = List.of("scripts", "script", "bin", "tools");

    /** Build files whose tasks may publish the site, read for a sign of publishing ({@link Workflows#publishes}). */
    private static final List<String> TASK_FILES = List.of("Rakefile", "Makefile", "justfile");

    /**
     * The first sign (a path relative to the folder it was found in) that the site may be built and published by
     * something other than GitHub Pages' branch build; null when there is none.
     */
    static String sign(Path repoRoot, Path contentDirectory) {
        Set<Path> dirs = new LinkedHashSet<>();
        dirs.add(contentDirectory.toAbsolutePath().normalize());
        if (repoRoot != null) {
            dirs.add(repoRoot.toAbsolutePath().normalize());
        }
        if (repoRoot != null) {
            String deploy = pagesDeploy(repoRoot.resolve(".github").resolve("workflows"));
            if (deploy != null) {
                return deploy;
            }
        }
        for (Path dir : dirs) {
            for (String f : HOST_FILES) {
                if (Files.isRegularFile(dir.resolve(f))) {
                    return f;
                }
            }
            for (String f : CI_FILES) {
                Path p = dir.resolve(f);
                if (Files.isRegularFile(p) && Workflows.publishes(read(p))) {
                    return f + " (a step that publishes)";
                }
            }
            for (String f : TASK_FILES) {
                Path p = dir.resolve(f);
                if (Files.isRegularFile(p) && Workflows.publishes(read(p))) {
                    return f + " (a task that publishes)";
                }
            }
            List<Path> folders = new ArrayList<>();
            folders.add(dir);
            SCRIPT_FOLDERS.forEach(s -> folders.add(dir.resolve(s)));
            for (Path folder : folders) {
                String script = deployScript(folder);
                if (script != null) {
                    return (folder.equals(dir) ? "" : dir.relativize(folder) + "/") + script;
                }
            }
        }
        return null;
    }

    /**
     * A workflow step that deploys to GitHub Pages (with no {@code jekyll build} this plugin reads): GitHub Pages then
     * serves what the workflow uploads or pushes, not its build of the branch (AOT-Technologies/forms-flow-installation-doc
     * deploys another folder's static build, whatever the Jekyll site in the repository holds).
     */
    private static final java.util.regex.Pattern PAGES_DEPLOY = java.util.regex.Pattern.compile(
            "(?im)^[^#\\n]*(?:actions/deploy-pages|upload-pages-artifact|actions-gh-pages|github-pages-deploy-action)");

    /** The first workflow of {@code folder} with a step that deploys to GitHub Pages; null when none. */
    private static String pagesDeploy(Path folder) {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, "*.{yml,yaml}")) {
            s.forEach(files::add);
        } catch (IOException | RuntimeException e) {
            return null; // no listing: no evidence
        }
        files.sort(null);
        for (Path f : files) {
            if (PAGES_DEPLOY.matcher(read(f)).find()) {
                return ".github/workflows/" + f.getFileName() + " (a step that deploys to GitHub Pages)";
            }
        }
        return null;
    }

    /** A script's name: no extension or a shell's, Ruby's, Python's, Node's, PowerShell's (not a page's). */
    private static final java.util.regex.Pattern SCRIPT =
            java.util.regex.Pattern.compile("[^.]+(?:\\.(?:sh|bash|zsh|rb|py|js|mjs|ps1|bat|cmd))?");

    /** A file named as a deploy or publish script ({@code deploy.sh}, {@code publish-site.rb}); null when none. */
    private static String deployScript(Path folder) {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            for (Path p : s) {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if ((n.startsWith("deploy") || n.startsWith("publish"))
                        && SCRIPT.matcher(n).matches()
                        && Files.isRegularFile(p)) {
                    names.add(p.getFileName().toString());
                }
            }
        } catch (IOException | RuntimeException e) {
            return null; // no listing: no evidence
        }
        names.sort(null);
        return names.isEmpty() ? null : names.get(0);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
