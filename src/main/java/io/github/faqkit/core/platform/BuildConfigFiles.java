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
 * @param workflows the repository's workflows, read once per run: the platform set-up takes them from here
 * @param consulted every file this looked for, existing or not (a rerun stamps them): none when GitHub Pages' own
 *     action builds or no build names a list
 */
public record BuildConfigFiles(
        List<String> names, List<Path> files, String notice, String from, Workflows workflows, List<Path> consulted) {

    /** True when the build reads its own list of files instead of Jekyll's default one. */
    public boolean named() {
        return !files.isEmpty();
    }

    /**
     * The files the deploy build of the site in {@code contentDirectory} reads (none named: Jekyll's default), from
     * the repository's workflows, which this reads for the whole run.
     */
    public static BuildConfigFiles of(Path contentDirectory) {
        return of(contentDirectory, Workflows.ofSite(contentDirectory));
    }

    static BuildConfigFiles of(Path contentDirectory, Workflows workflows) {
        Path repoRoot = Repository.rootOf(contentDirectory);
        BuildConfigFiles none = new BuildConfigFiles(List.of(), List.of(), null, null, workflows, List.of());
        // GitHub Pages' own build (actions/jekyll-build-pages) is the one the platform is taken from, and it reads
        // the default file
        if (workflows.pagesAction() != null || workflows.ownBuild() == null || workflows.ownBuildConfig() == null) {
            return none;
        }
        String arg = workflows.ownBuildConfig();
        String from = workflows.ownBuild() + " builds with --config " + arg;
        if (arg.contains("$")) {
            return new BuildConfigFiles(
                    List.of(),
                    List.of(),
                    from + ", known only when the workflow runs: the site is checked with the settings of its "
                            + "_config.yml; set faq.baseUrl if the build serves it under another path",
                    from,
                    workflows,
                    List.of());
        }
        List<Path> consulted = candidates(arg, contentDirectory, repoRoot);
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
                        from,
                        workflows,
                        consulted);
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
            return none;
        }
        return new BuildConfigFiles(
                List.copyOf(names),
                List.copyOf(files),
                from + ": the site's settings are those of "
                        + (names.size() == 1
                                ? names.get(0)
                                : String.join(", then ", names) + ", merged in that order (a later file wins)")
                        + (!names.contains("_config.yml") ? "; _config.yml is not read" : ""),
                from,
                workflows,
                consulted);
    }

    /** Every place a name of the list is looked for: the site folder, then the repository root. */
    private static List<Path> candidates(String arg, Path contentDirectory, Path repoRoot) {
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
