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
 * {@code ruby-version} the workflow that runs {@code jekyll build} sets up (null when it names none).
 */
public record Workflows(String pagesAction, String ownBuild, String ownBuildRuby) {

    static final Workflows NONE = new Workflows(null, null, null);
    private static final Pattern RUBY_VERSION =
            Pattern.compile("(?m)^[^#\\n]*\\bruby-version:\\s*['\"]?(\\d+\\.\\d+(?:\\.\\d+)?)");
    private static final Pattern PAGES_ACTION = Pattern.compile("uses:\\s*['\"]?actions/jekyll-build-pages\\b");
    private static final Pattern JEKYLL_BUILD = Pattern.compile("(?m)^[^#\\n]*\\bjekyll\\s+(?:build|b)\\b");

    /**
     * The workflows under {@code repositoryRoot/.github/workflows}: the first that uses
     * {@code actions/jekyll-build-pages} (GitHub Pages' own build) and the first that runs {@code jekyll build}
     * (the site's Gemfile). Null root or no folder: neither.
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
            if (own == null && JEKYLL_BUILD.matcher(text).find()) {
                own = name;
                java.util.regex.Matcher m = RUBY_VERSION.matcher(text);
                ruby = m.find() ? m.group(1) : null;
            }
        }
        return new Workflows(pages, own, ruby);
    }
}
