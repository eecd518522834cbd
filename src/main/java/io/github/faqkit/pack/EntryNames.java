package io.github.faqkit.pack;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Decides whether an archive entry name is safe to write below a directory (the zip-slip guard). */
public final class EntryNames {
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:");

    private EntryNames() {}

    /**
     * Null when {@code name} is a plain relative path that stays inside {@code root}; otherwise why it
     * is refused. The containment test compares normalized {@link Path}s, never strings, so
     * {@code /out} vs {@code /outside} cannot fool it.
     */
    public static String problem(String name, Path root) {
        if (name == null || name.isEmpty()) {
            return "has an empty name";
        }
        if (name.indexOf('\0') >= 0) {
            return "has a NUL character in its name";
        }
        if (name.startsWith("/") || DRIVE.matcher(name).find() || name.startsWith("\\")) {
            return "is an absolute path";
        }
        if (name.indexOf('\\') >= 0) {
            return "contains a backslash, which Windows treats as a folder separator";
        }
        Path base = root.toAbsolutePath().normalize();
        Path resolved;
        try {
            resolved = base.resolve(name).normalize();
        } catch (InvalidPathException e) {
            return "is not a valid file name here (" + e.getReason() + ")";
        }
        if (!resolved.startsWith(base) || resolved.equals(base)) {
            return "climbs out of the output directory";
        }
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String seg : trimmed.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".") || seg.equals("..")) {
                return "is not a normalized path (empty, '.' or '..' segments)";
            }
        }
        return null;
    }
}
