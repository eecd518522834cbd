package io.github.faqkit.core;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Walks the site source and decides, like Jekyll's reader and entry filter, which files are pages,
 * documents of output collections, and static files. Symbolic links to folders are not followed, so
 * a link loop cannot trap the walk; links that leave the content directory are skipped.
 */
public final class ContentScanner {

    /** Folders never part of the site, whatever the configuration says. */
    static final Set<String> ALWAYS_SKIPPED = Set.of("target", "_site", ".git", "node_modules", "vendor",
            ".jekyll-cache", ".sass-cache", ".bundle", ".mvn");

    /** Jekyll 4 adds these to every {@code exclude} list. */
    static final List<String> JEKYLL_DEFAULT_EXCLUDES = List.of(".sass-cache", ".jekyll-cache", "gemfiles",
            "Gemfile", "Gemfile.lock", "node_modules", "vendor/bundle/", "vendor/cache/", "vendor/gems/",
            "vendor/ruby/");

    /** What the walk found, and what it had to leave out. */
    public record Result(List<SourceEntry> entries, List<String> skippedNotices) {
    }

    private final Path root;
    private final SiteConfig config;

    public ContentScanner(Path root, SiteConfig config) {
        this.root = root;
        this.config = config;
    }

    public Result scan() throws IOException {
        List<SourceEntry> entries = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        Path realRoot = root.toRealPath();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String rel = relative(dir);
                String name = dir.getFileName().toString();
                if (ALWAYS_SKIPPED.contains(rel) || ALWAYS_SKIPPED.contains(name) && !rel.contains("/")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (isCollectionDir(rel)) {
                    return FileVisitResult.CONTINUE;
                }
                return filtered(rel, name) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = relative(file);
                String name = file.getFileName().toString();
                if (attrs.isSymbolicLink()) {
                    try {
                        Path target = file.toRealPath();
                        if (!target.startsWith(realRoot)) {
                            notices.add(rel + ": skipped, it is a symbolic link to " + target
                                    + ", outside the content directory");
                            return FileVisitResult.CONTINUE;
                        }
                        if (Files.isDirectory(target)) {
                            notices.add(rel + ": skipped, symbolic links to folders are not followed");
                            return FileVisitResult.CONTINUE;
                        }
                    } catch (IOException e) {
                        notices.add(rel + ": skipped, it is a broken or looping symbolic link");
                        return FileVisitResult.CONTINUE;
                    }
                } else if (!attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                if (filtered(rel, name) && !inOutputCollection(rel)) {
                    return FileVisitResult.CONTINUE;
                }
                entries.add(classify(rel, file));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                notices.add(relative(file) + ": skipped, it cannot be read (" + exc.getClass().getSimpleName() + ")");
                return FileVisitResult.CONTINUE;
            }
        });
        entries.sort((a, b) -> a.path().compareTo(b.path()));
        Collections.sort(notices);
        return new Result(entries, notices);
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /** Jekyll's EntryFilter: special names and backups are skipped unless included; excludes win. */
    boolean filtered(String rel, String name) {
        if (excluded(rel)) {
            return true;
        }
        boolean special = name.startsWith(".") || name.startsWith("_") || name.startsWith("#")
                || name.startsWith("~") || name.endsWith("~");
        return special && !included(rel, name);
    }

    private boolean included(String rel, String name) {
        for (String inc : config.include()) {
            String i = Glob.trimSlashes(inc);
            if (i.equals(name) || i.equals(rel) || globMatches(i, rel)) {
                return true;
            }
        }
        return false;
    }

    private boolean excluded(String rel) {
        List<String> all = new ArrayList<>(config.exclude());
        all.addAll(JEKYLL_DEFAULT_EXCLUDES);
        for (String ex : all) {
            String e = Glob.trimSlashes(ex);
            if (e.isEmpty()) {
                continue;
            }
            if (rel.equals(e) || rel.startsWith(e + "/") || globMatches(e, rel)) {
                return true;
            }
        }
        return false;
    }

    private static boolean globMatches(String glob, String rel) {
        return Glob.isGlob(glob) && Glob.compile(glob).matches(rel);
    }

    private String collectionsPrefix() {
        String d = Glob.trimSlashes(config.collectionsDir());
        return d.isEmpty() ? "" : d + "/";
    }

    private boolean isCollectionDir(String rel) {
        String prefix = collectionsPrefix();
        if (!rel.startsWith(prefix)) {
            return false;
        }
        String r = rel.substring(prefix.length());
        if (!r.startsWith("_") || r.contains("/")) {
            return false;
        }
        return config.collections().containsKey(r.substring(1)) && !excluded(rel);
    }

    private String collectionOf(String rel) {
        String prefix = collectionsPrefix();
        if (!rel.startsWith(prefix + "_")) {
            return null;
        }
        String r = rel.substring(prefix.length() + 1);
        int slash = r.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String label = r.substring(0, slash);
        return config.collections().containsKey(label) ? label : null;
    }

    private boolean inOutputCollection(String rel) {
        String c = collectionOf(rel);
        return c != null && !excluded(rel) && !specialInside(rel);
    }

    /** Names inside a collection folder are still filtered (e.g. {@code _posts/.draft.md}). */
    private boolean specialInside(String rel) {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~");
    }

    private SourceEntry classify(String rel, Path file) {
        String lower = rel.toLowerCase(Locale.ROOT);
        boolean markdown = lower.endsWith(".md") || lower.endsWith(".markdown");
        String collection = collectionOf(rel);
        if (collection != null) {
            String inColl = rel.substring(collectionsPrefix().length() + collection.length() + 2);
            boolean out = Boolean.TRUE.equals(config.collections().get(collection));
            return new SourceEntry(rel, file, markdown, collection, inColl, out);
        }
        return new SourceEntry(rel, file, markdown, null, null, true);
    }
}
