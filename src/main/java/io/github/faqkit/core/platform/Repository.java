package io.github.faqkit.core.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GitHub repository a site belongs to ({@code owner/name}) and where that was read. jekyll-github-metadata
 * takes it from {@code repository:} in {@code _config.yml}, then {@code PAGES_REPO_NWO}, then the git
 * {@code origin} remote; the git configuration is read as a file, so no git program is needed.
 */
public record Repository(String owner, String name, String source) {

    private static final Pattern NWO = Pattern.compile("^\\s*([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+?)(?:\\.git)?/?\\s*$");
    private static final Pattern REMOTE_URL = Pattern.compile("[:/]([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+?)(?:\\.git)?/?$");

    /** A user or organisation site ({@code owner.github.io}) is served at the host root. */
    public boolean userSite() {
        return name.equalsIgnoreCase(owner + ".github.io") || name.equalsIgnoreCase(owner + ".github.com");
    }

    @Override
    public String toString() {
        return owner + "/" + name;
    }

    /** Null when none of the three sources names one. */
    public static Repository find(String configured, Map<String, String> env, Path repositoryRoot) {
        Repository r = parseNwo(configured, "'repository' in _config.yml");
        if (r == null && env != null) {
            r = parseNwo(env.get("PAGES_REPO_NWO"), "PAGES_REPO_NWO");
        }
        if (r == null) {
            r = origin(repositoryRoot);
        }
        return r;
    }

    /**
     * The repository a workflow runs in, whose Pages site actions/configure-pages reports: {@code GITHUB_REPOSITORY}
     * (set in every workflow run), the git remote origin, and only without either the 'repository' of
     * _config.yml. That key is for jekyll-github-metadata and is often left from the project a site was copied from
     * (HAAL2023/sapl-reference says heutelbeck/sapl-policy-engine); the workflow never reads it.
     */
    public static Repository runningWorkflow(String configured, Map<String, String> env, Path repositoryRoot) {
        Repository r = env == null ? null : parseNwo(env.get("GITHUB_REPOSITORY"), "GITHUB_REPOSITORY");
        if (r == null) {
            r = origin(repositoryRoot);
        }
        return r != null ? r : parseNwo(configured, "'repository' in _config.yml");
    }

    private static Repository origin(Path repositoryRoot) {
        String url = originUrl(repositoryRoot);
        if (url != null) {
            Matcher m = REMOTE_URL.matcher(url.trim());
            if (m.find()) {
                return new Repository(m.group(1), m.group(2), "the git remote origin " + url.trim());
            }
        }
        return null;
    }

    static Repository parseNwo(String text, String source) {
        if (text == null) {
            return null;
        }
        Matcher m = NWO.matcher(text);
        return m.matches() ? new Repository(m.group(1), m.group(2), source) : null;
    }

    /** The folder holding {@code .git} (a folder, or a file for worktrees and submodules) at or above {@code dir}. */
    public static Path rootOf(Path dir) {
        Path p = dir == null ? null : dir.toAbsolutePath().normalize();
        while (p != null) {
            if (Files.exists(p.resolve(".git"))) {
                return p;
            }
            p = p.getParent();
        }
        return null;
    }

    /** The {@code url} of {@code [remote "origin"]} in the repository's git configuration; null when none. */
    static String originUrl(Path repositoryRoot) {
        Path config = gitConfig(repositoryRoot);
        if (config == null) {
            return null;
        }
        String text;
        try {
            text = Files.readString(config, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
        boolean inOrigin = false;
        for (String raw : text.split("\r?\n")) {
            String line = raw.trim();
            if (line.startsWith("[")) {
                inOrigin = line.replace(" ", "").equals("[remote\"origin\"]");
            } else if (inOrigin) {
                int eq = line.indexOf('=');
                if (eq > 0 && line.substring(0, eq).trim().equalsIgnoreCase("url")) {
                    return line.substring(eq + 1).trim();
                }
            }
        }
        return null;
    }

    /** The branch checked out in {@code repositoryRoot} ({@code HEAD} names it); null when detached or unknown. */
    public static String currentBranch(Path repositoryRoot) {
        Path dir = gitDir(repositoryRoot, false);
        if (dir == null) {
            return null;
        }
        try {
            String head = Files.readString(dir.resolve("HEAD"), StandardCharsets.UTF_8)
                    .trim();
            return head.startsWith("ref: refs/heads/") ? head.substring("ref: refs/heads/".length()) : null;
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    /**
     * The git folder of {@code repositoryRoot}: {@code .git}, or for a worktree or submodule the folder its
     * {@code .git} file names ({@code common}: the shared folder of a worktree, where the configuration lives).
     */
    private static Path gitDir(Path repositoryRoot, boolean common) {
        if (repositoryRoot == null) {
            return null;
        }
        Path git = repositoryRoot.resolve(".git");
        try {
            if (Files.isRegularFile(git)) {
                // a worktree or submodule: "gitdir: <path>"; a worktree's config lives in the common dir
                String line = Files.readString(git, StandardCharsets.UTF_8).trim();
                if (!line.startsWith("gitdir:")) {
                    return null;
                }
                Path dir = repositoryRoot
                        .resolve(line.substring("gitdir:".length()).trim())
                        .normalize();
                Path commonFile = dir.resolve("commondir");
                if (common && Files.isRegularFile(commonFile)) {
                    dir = dir.resolve(Files.readString(commonFile, StandardCharsets.UTF_8)
                                    .trim())
                            .normalize();
                }
                return dir;
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
        return Files.isDirectory(git) ? git : null;
    }

    /**
     * The git files {@link #find} and {@link #currentBranch} read in {@code repositoryRoot}, whether they exist or
     * not: {@code .git} (a file for a worktree), the configuration with the remotes, {@code HEAD}. What a rerun
     * stamps; git's objects and index are never read.
     */
    public static List<Path> filesRead(Path repositoryRoot) {
        List<Path> out = new ArrayList<>();
        if (repositoryRoot == null) {
            return out;
        }
        out.add(repositoryRoot.resolve(".git"));
        Path own = gitDir(repositoryRoot, false);
        Path common = gitDir(repositoryRoot, true);
        if (own != null) {
            out.add(own.resolve("HEAD"));
            out.add(own.resolve("commondir"));
        }
        if (common != null) {
            out.add(common.resolve("config"));
        }
        return out;
    }

    private static Path gitConfig(Path repositoryRoot) {
        Path git = gitDir(repositoryRoot, true);
        Path config = git == null ? null : git.resolve("config");
        return config != null && Files.isRegularFile(config) ? config : null;
    }
}
