package io.github.faqkit.core;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of the Maven build that lie in the site source ({@code pom.xml}, {@code mvnw}, {@code .mvn}, the build
 * folder with the reports, the baseline), and which of them Jekyll's reader would copy into the built site: the
 * same entry filter as the page scan ({@link ContentScanner#keeps}), default excludes and {@code include:}.
 */
public final class BuildFiles {

    /** How a candidate counts. */
    public enum Kind {
        /** a file: published when it exists and Jekyll keeps it */
        FILE,
        /** a folder: published when it exists and Jekyll keeps a file in it */
        FOLDER,
        /**
         * a folder the build writes (the build folder, the reports): judged by its files when it exists, else by
         * the reports it is about to receive
         */
        OUTPUT
    }

    /** A path the build owns; relative paths are read from the site source. */
    public record Candidate(Path path, Kind kind) {}

    /**
     * A build file Jekyll would publish: {@code path} relative to the site source ({@code /}-separated),
     * {@code example} a published file inside a folder (null for a file or a folder not written yet), and
     * {@code included} when {@code include:} names it so that its {@link #excludeEntry()} in {@code exclude:} would
     * not keep it out (Jekyll keeps an entry {@code include:} names, whatever {@code exclude:} says).
     */
    public record Published(String path, boolean folder, String example, boolean included) {
        /** The {@code exclude:} entry that keeps exactly this out: the path, with a trailing {@code /} for a folder. */
        public String excludeEntry() {
            return folder ? path + "/" : path;
        }
    }

    /** What the build writes into an {@link Kind#OUTPUT} folder that does not exist yet: the reports. */
    private static final List<String> REPORT_NAMES =
            List.of("report.json", "report.html", "report.sarif", "checkstyle-result.xml", "TEST-faq.xml");

    private BuildFiles() {}

    /** The build files of a Maven project whose base directory is the site source, with the default baseline. */
    public static List<Candidate> defaults() {
        return List.of(
                new Candidate(Path.of("pom.xml"), Kind.FILE),
                new Candidate(Path.of("mvnw"), Kind.FILE),
                new Candidate(Path.of("mvnw.cmd"), Kind.FILE),
                new Candidate(Path.of(".mvn"), Kind.FOLDER),
                new Candidate(Path.of("target"), Kind.FOLDER),
                new Candidate(Path.of("faq-baseline.json"), Kind.FILE));
    }

    /** The candidates inside {@code root} that Jekyll would publish, in the order given, each path once. */
    public static List<Published> published(Path root, SiteConfig config, List<Candidate> candidates) {
        ContentScanner filter = new ContentScanner(root, config);
        Path base = root.toAbsolutePath().normalize();
        Map<String, Published> out = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            Path abs = base.resolve(c.path()).normalize();
            if (!abs.startsWith(base) || abs.equals(base)) {
                continue; // outside the site source: Jekyll never sees it
            }
            String rel = base.relativize(abs).toString().replace('\\', '/');
            if (out.containsKey(rel)) {
                continue;
            }
            Published p = judge(filter, abs, rel, c.kind());
            if (p != null) {
                // include: wins over exclude: for the entry it names; the entry's own line may not help
                ContentScanner fixed = new ContentScanner(root, config, List.of(p.excludeEntry()));
                boolean stays = judge(fixed, abs, rel, c.kind()) != null;
                out.put(rel, new Published(p.path(), p.folder(), p.example(), stays));
            }
        }
        // a folder published as a whole covers the files inside it (the baseline in the build folder)
        List<Published> result = new ArrayList<>();
        for (Published p : out.values()) {
            boolean inside = out.values().stream()
                    .anyMatch(o -> o != p && o.folder() && p.path().startsWith(o.path() + "/"));
            if (!inside) {
                result.add(p);
            }
        }
        return result;
    }

    private static Published judge(ContentScanner filter, Path abs, String rel, Kind kind) {
        if (Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
            return kind == Kind.FILE && filter.keeps(rel, false) ? new Published(rel, false, null, false) : null;
        }
        if (kind == Kind.FILE || !filter.keeps(rel, true)) {
            return null;
        }
        if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
            String example = firstKept(filter, abs, rel);
            return example == null ? null : new Published(rel, true, example, false);
        }
        if (kind == Kind.OUTPUT) {
            for (String name : REPORT_NAMES) {
                if (filter.keeps(rel + "/" + name, false)) {
                    return new Published(rel, true, null, false);
                }
            }
        }
        return null;
    }

    /** The first file under {@code dir} Jekyll keeps (folders it filters out are not entered); null when none. */
    private static String firstKept(ContentScanner filter, Path dir, String rel) {
        String[] found = new String[1];
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return d.equals(dir) || filter.keeps(child(d), true)
                            ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && filter.keeps(child(f), false)) {
                        found[0] = child(f);
                        return FileVisitResult.TERMINATE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                private String child(Path p) {
                    return rel + "/" + dir.relativize(p).toString().replace('\\', '/');
                }
            });
        } catch (IOException e) {
            return null;
        }
        return found[0];
    }
}
