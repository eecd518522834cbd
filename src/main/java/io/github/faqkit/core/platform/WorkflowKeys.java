package io.github.faqkit.core.platform;

import io.github.faqkit.core.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Front matter keys the repository's own checks look for: a GitHub Actions workflow runs a script of the
 * repository ({@code bash validation/detect_frontmatter_issues.sh docs}) that searches the pages for a key's line
 * ({@code grep -L "^persona:"}). Jekyll never reads such a key, but removing it fails the repository's own build.
 */
public final class WorkflowKeys {
    /** A file of the repository a workflow names: a script by its extension. */
    private static final Pattern SCRIPT =
            Pattern.compile("(?<![\\w./-])(?:\\./)?([\\w.-]+(?:/[\\w.-]+)*\\.(?:sh|bash|py|rb))\\b");

    /** A key's line as a search pattern: {@code ^persona:} (a regular expression anchored at the line start). */
    private static final Pattern KEY_LINE = Pattern.compile("\\^([A-Za-z_][A-Za-z0-9_-]*):");

    private final Set<String> keys;

    private WorkflowKeys(Set<String> keys) {
        this.keys = keys;
    }

    /** The keys the workflows' scripts look for. */
    public Set<String> keys() {
        return keys;
    }

    /** The repository of {@code site} (its content folder when no git repository holds it), read once. */
    public static WorkflowKeys of(Site site) {
        return site.derived(WorkflowKeys.class, s -> {
            Path root = Repository.rootOf(s.contentDirectory());
            return new WorkflowKeys(keysIn(root != null ? root : s.contentDirectory()));
        });
    }

    /** The keys searched for by the scripts that the workflows of {@code root} run (and by the workflows). */
    static Set<String> keysIn(Path root) {
        Set<String> found = new TreeSet<>();
        for (Path file : filesRead(root)) {
            if (Files.isRegularFile(file)) {
                keys(read(file), found);
            }
        }
        return found;
    }

    /**
     * The files {@link #keysIn} reads: the workflows of {@code root}, each followed by the scripts of the repository
     * it names, whether they exist or not (a rerun stamps them: creating a named script changes the keys).
     */
    public static List<Path> filesRead(Path root) {
        List<Path> files = new ArrayList<>();
        if (root == null) {
            return files;
        }
        Path workflows = root.resolve(".github").resolve("workflows");
        if (!Files.isDirectory(workflows)) {
            return files;
        }
        List<Path> listed = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(workflows, "*.{yml,yaml}")) {
            s.forEach(listed::add);
        } catch (IOException | RuntimeException e) {
            return files; // no listing: no evidence
        }
        listed.sort(null);
        for (Path workflow : listed) {
            files.add(workflow);
            Matcher m = SCRIPT.matcher(read(workflow));
            while (m.find()) {
                Path script = root.resolve(m.group(1)).normalize();
                if (script.startsWith(root) && !files.contains(script)) {
                    files.add(script);
                }
            }
        }
        return files;
    }

    private static void keys(String text, Set<String> out) {
        Matcher m = KEY_LINE.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return ""; // unreadable (not UTF-8, gone): says nothing
        }
    }
}
