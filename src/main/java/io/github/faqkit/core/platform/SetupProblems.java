package io.github.faqkit.core.platform;

import io.github.faqkit.core.Glob;
import io.github.faqkit.core.SiteConfigs;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A configuration that cannot check what the user meant: a content directory that is not a Jekyll site, or an
 * include/exclude pattern that names no file. Each is said in one message, so a wrong setup never passes as a
 * clean site.
 */
public final class SetupProblems {
    private static final Set<String> NOT_WALKED = Set.of(".git", "target", "_site", "node_modules", ".jekyll-cache");

    private SetupProblems() {}

    /** What is wrong with {@code dir} as a Jekyll site source; null when it is one. */
    public static String contentDirectory(Path dir) {
        if (Files.isRegularFile(dir)) {
            return "The content directory " + dir + " is a file; set <contentDirectory> (or -Dfaq.contentDirectory) "
                    + "to the folder holding your _config.yml";
        }
        if (!Files.isDirectory(dir)) {
            return "The content directory " + dir + " does not exist; set <contentDirectory> (or "
                    + "-Dfaq.contentDirectory) to the folder holding your _config.yml";
        }
        return null;
    }

    /**
     * What is wrong when {@code dir} has no configuration file ({@code _config.yml}, {@code _config.yaml} or
     * {@code _config.toml}, see {@link SiteConfigs#fileIn}); null when it has one. Every Jekyll site built with
     * a theme has one, so a folder without it is taken for a wrong {@code contentDirectory}, not checked as a site.
     */
    public static String missingConfig(Path dir) {
        if (Files.isDirectory(dir) && SiteConfigs.fileIn(dir) == null && SourceSetting.outerConfig(dir) == null) {
            return "The content directory " + dir + " has no _config.yml, so it is not the source of a Jekyll site: "
                    + "set <contentDirectory> (or -Dfaq.contentDirectory) to the folder holding your _config.yml "
                    + "(a site on Jekyll's defaults needs one too, e.g. with its title and the exclude: list of the "
                    + "build files)";
        }
        return null;
    }

    /** A pattern as written, with backslashes read as {@code /} (Windows users write paths so). */
    public static String normalizePattern(String glob) {
        return glob == null ? null : glob.trim().replace('\\', '/');
    }

    /**
     * The patterns of {@code globs} that match no file under {@code dir} (paths relative to it, with {@code /});
     * folders Jekyll never reads ({@code .git}, {@code target}, {@code _site}, …) are not walked.
     */
    public static List<String> unmatched(Path dir, List<String> globs) throws IOException {
        // the same glob that decides what is reported (FindingsFilter), so "matches no file" means just that
        Map<String, Glob> open = new LinkedHashMap<>();
        for (String g : globs) {
            if (g != null && !g.isBlank()) {
                open.put(g, Glob.compile(g));
            }
        }
        if (open.isEmpty()) {
            return List.of();
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return !d.equals(dir) && NOT_WALKED.contains(d.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = Glob.trimSlashes(dir.relativize(file).toString().replace('\\', '/'));
                open.values().removeIf(m -> m.matches(rel));
                return open.isEmpty() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
        return new ArrayList<>(open.keySet());
    }
}
