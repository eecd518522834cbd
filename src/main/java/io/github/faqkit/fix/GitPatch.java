package io.github.faqkit.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes of a fix run as one patch file that {@code git apply} (and {@code patch -p1}) accept: byte for byte,
 * so line endings, a missing last line break and a byte order mark survive. Lines are what git counts as lines
 * (ended by '\n'; a '\r' before it is part of the line), and each byte is one character while diffing (ISO-8859-1),
 * so nothing is decoded or re-encoded on the way.
 */
public final class GitPatch {
    private static final String NO_NEWLINE = "\\ No newline at end of file\n";

    private GitPatch() {}

    /**
     * @param root the folder the paths are relative to (a/ and b/ are put in front)
     * @param gitHeaders true to begin each file with a {@code diff --git} line: git then reads the paths from the
     *     repository's top level, wherever in the work tree it is run, so {@code root} must be that top level
     * @return the patch; empty when no file changes
     */
    public static byte[] of(List<FileFix> files, Path root, boolean gitHeaders) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path base = root.toAbsolutePath().normalize();
        for (FileFix f : files) {
            if (!f.changed()) {
                continue;
            }
            String path = base.relativize(f.file().toAbsolutePath().normalize())
                    .toString()
                    .replace('\\', '/');
            List<String> before = lines(f.before());
            List<String> after = lines(f.after());
            Patch<String> patch = DiffUtils.diff(before, after);
            String a = quoted("a/" + path);
            String b = quoted("b/" + path);
            List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(a, b, before, patch, 3);
            if (gitHeaders) {
                text(out, "diff --git " + a + " " + b + "\n");
            }
            for (int i = 0; i < diff.size(); i++) {
                String line = diff.get(i);
                if (i < 2 || line.startsWith("@@")) {
                    text(out, line + "\n");
                } else if (line.endsWith("\n")) {
                    bytes(out, line);
                } else {
                    // the file's last line has no line break: say so, as diff and git do
                    bytes(out, line + "\n");
                    text(out, NO_NEWLINE);
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * The top folder of the git work tree {@code dir} is in (the nearest folder upwards with a {@code .git}
     * folder, or a {@code .git} file as in a linked work tree or submodule); null when it is in none.
     */
    public static Path workTreeOf(Path dir) {
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        return null;
    }

    /**
     * A name as git writes it: in double quotes with C escapes (octal for every byte of a non-ASCII character) when
     * it holds a space, a quote, a backslash, a control or a non-ASCII character; as it is otherwise.
     */
    static String quoted(String name) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        boolean plain = true;
        for (byte x : utf8) {
            int c = x & 0xff;
            plain &= c > 0x20 && c < 0x7f && c != '"' && c != '\\';
        }
        if (plain) {
            return name;
        }
        StringBuilder q = new StringBuilder("\"");
        for (byte x : utf8) {
            int c = x & 0xff;
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\t' -> q.append("\\t");
                case '\n' -> q.append("\\n");
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        String octal = Integer.toOctalString(c);
                        q.append('\\').append("000", octal.length(), 3).append(octal);
                    } else {
                        q.append((char) c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    /** The lines of a file, each with its '\n' (the last one may have none); one char per byte. */
    static List<String> lines(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from < s.length()) {
            int nl = s.indexOf('\n', from);
            int to = nl < 0 ? s.length() : nl + 1;
            out.add(s.substring(from, to));
            from = to;
        }
        return out;
    }

    /** Headers: paths are UTF-8 text. */
    private static void text(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Content: back to the file's own bytes. */
    private static void bytes(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
