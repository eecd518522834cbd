package io.github.faqkit.core.platform;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Jekyll reads a layout of the site: found by its name without extension in {@code _layouts}, its own
 * {@code layout:} naming the layout it is wrapped in, its body (after the front matter) the template, and the
 * {@code {% include %}}s of a template naming files of {@code _includes}.
 */
final class LayoutFiles {
    private LayoutFiles() {}

    /** {@code {% include name %}} (and the theme's {@code include_cached}); group 1 is the name as written. */
    static final Pattern INCLUDE = Pattern.compile("\\{%-?\\s*include(?:_cached)?\\s+([^\\s%}]+)");

    private static final Pattern FRONT_MATTER =
            Pattern.compile("\\A---[ \\t]*\\r?\\n(.*?)\\r?\\n---[ \\t]*\\r?$", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern LAYOUT_KEY =
            Pattern.compile("(?m)^layout:[ \\t]*(?:\"([^\"]*)\"|'([^']*)'|([^\\s#]+))?[ \\t]*(?:#.*)?$");

    /** A layout's template and the layout it names as its own (null: none). */
    record Layout(String body, String parent) {}

    /** Splits a layout file's text into its template and the name of the layout around it. */
    static Layout parse(String text) {
        Matcher fm = FRONT_MATTER.matcher(text);
        if (!fm.find()) {
            return new Layout(text, null);
        }
        Matcher l = LAYOUT_KEY.matcher(fm.group(1));
        String parent = null;
        if (l.find()) {
            parent = l.group(1) != null ? l.group(1) : l.group(2) != null ? l.group(2) : l.group(3);
        }
        return new Layout(text.substring(fm.end()), parent);
    }

    /** {@code dir/name.*} (Jekyll finds a layout by its name without extension), or null. */
    static Path find(Path dir, String name) {
        Path exact = dir.resolve(name).normalize();
        if (!exact.startsWith(dir)) {
            return null;
        }
        Path parent = exact.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return null;
        }
        String base = exact.getFileName().toString();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent)) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                if (n.startsWith(base + ".") && n.indexOf('.', base.length() + 1) < 0 && Files.isRegularFile(p)) {
                    return p;
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** The file {@code name} of {@code _includes} in {@code root}, or null when the site has none of that name. */
    static Path include(Path root, String name) {
        Path dir = root.resolve("_includes");
        Path file = dir.resolve(name).normalize();
        return file.startsWith(dir) && Files.isRegularFile(file) ? file : null;
    }
}
