package io.github.faqkit.core.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The configuration files the site's own deploy build reads when it runs {@code jekyll build --config a.yml,b.yml}:
 * Jekyll then reads exactly those files, in order, and not {@code _config.yml} unless the list names it (measured
 * with {@code jekyll build}, see scripts/config-golden/merge.sh). A relative name is taken from the site folder,
 * else from the repository root (where a workflow step runs by default).
 *
 * @param names the files as the build names them, in its order; empty when the build reads Jekyll's default file
 * @param files the same files, absolute
 * @param notice for the console: which files the build reads, or why the default file is read instead; null when
 *     no build names any
 * @param from the workflow and its option as written, for messages; null when no build names any
 */
public record BuildConfigFiles(List<String> names, List<Path> files, String notice, String from) {

    static final BuildConfigFiles DEFAULT = new BuildConfigFiles(List.of(), List.of(), null, null);

    /** True when the build reads its own list of files instead of Jekyll's default one. */
    public boolean named() {
        return !files.isEmpty();
    }

    /** The files the deploy build of the site in {@code contentDirectory} reads ({@link #DEFAULT}: the default). */
    public static BuildConfigFiles of(Path contentDirectory) {
        Path repoRoot = Repository.rootOf(contentDirectory);
        Workflows workflows = Workflows.in(repoRoot != null ? repoRoot : contentDirectory);
        // GitHub Pages' own build (actions/jekyll-build-pages) is the one the platform is taken from, and it reads
        // the default file
        if (workflows.pagesAction() != null || workflows.ownBuild() == null || workflows.ownBuildConfig() == null) {
            return DEFAULT;
        }
        String arg = workflows.ownBuildConfig();
        String from = workflows.ownBuild() + " builds with --config " + arg;
        if (arg.contains("$")) {
            return new BuildConfigFiles(
                    List.of(),
                    List.of(),
                    from + ", known only when the workflow runs: the site is checked with the settings of its "
                            + "_config.yml; set faq.baseUrl if the build serves it under another path",
                    from);
        }
        List<String> names = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String part : arg.split(",")) {
            String name = part.trim();
            if (name.isEmpty()) {
                continue;
            }
            Path file = locate(name, contentDirectory, repoRoot);
            if (file == null) {
                return new BuildConfigFiles(
                        List.of(),
                        List.of(),
                        from + ", but " + name + " is not in the repository (Jekyll stops with 'Configuration "
                                + "file: (INVALID)' unless the workflow writes it first): the site is checked with "
                                + "the settings of its _config.yml; set faq.baseUrl if the build serves it under "
                                + "another path",
                        from);
            }
            // as the site's findings name files: relative to the site folder ("./a.yml" is "a.yml")
            names.add(contentDirectory
                    .toAbsolutePath()
                    .normalize()
                    .relativize(file)
                    .toString()
                    .replace('\\', '/'));
            files.add(file);
        }
        if (files.isEmpty()) {
            return DEFAULT;
        }
        return new BuildConfigFiles(
                List.copyOf(names),
                List.copyOf(files),
                from + ": the site's settings are those of "
                        + (names.size() == 1
                                ? names.get(0)
                                : String.join(", then ", names) + ", merged in that order (a later file wins)")
                        + (!names.contains("_config.yml") ? "; _config.yml is not read" : ""),
                from);
    }

    /** Every file the build may read for its settings, existing or not (a rerun stamps them). */
    public static List<Path> filesRead(Path contentDirectory) {
        Path repoRoot = Repository.rootOf(contentDirectory);
        Workflows workflows = Workflows.in(repoRoot != null ? repoRoot : contentDirectory);
        String arg = workflows.ownBuildConfig();
        if (arg == null || arg.contains("$")) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        for (String part : arg.split(",")) {
            String name = part.trim();
            if (!name.isEmpty()) {
                out.add(contentDirectory.resolve(name).toAbsolutePath().normalize());
                if (repoRoot != null) {
                    out.add(repoRoot.resolve(name).toAbsolutePath().normalize());
                }
            }
        }
        return out;
    }

    private static Path locate(String name, Path contentDirectory, Path repoRoot) {
        for (Path dir : repoRoot == null ? List.of(contentDirectory) : List.of(contentDirectory, repoRoot)) {
            Path p = dir.resolve(name).toAbsolutePath().normalize();
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
