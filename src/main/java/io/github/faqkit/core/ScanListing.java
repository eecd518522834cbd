package io.github.faqkit.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The folders a {@link ContentScanner} walk entered, each with its modification time and the names in it (a
 * folder's name ending in {@code /}). What the scan keeps depends only on these names, their kinds and the
 * configuration, so while each folder still lists the same names of the same kinds, the scan would keep the
 * same entries: a rerun can tell that without a stat per file. A file is only looked at again when its
 * content can matter ({@link #contentMatters}); for images and other binary files only their presence does.
 *
 * <p>Kinds are trusted from a folder's unchanged modification time, since replacing a file by a folder of
 * the same name moves it; a folder whose time moved has each of its names looked at.
 *
 * @param folders the folders by path in the site ({@code ""} for the content directory)
 */
public record ScanListing(Map<String, Folder> folders) {

    /** Separates names: the one character no file system allows in a name. */
    static final char SEPARATOR = '\0';

    /**
     * One folder as the walk saw it.
     *
     * @param names the sorted names in it, each followed by {@link #SEPARATOR}, a folder's with {@code /} before
     */
    public record Folder(long modifiedNanos, String names) {
        /** The names one by one, as recorded. */
        public List<String> nameList() {
            List<String> out = new ArrayList<>();
            int start = 0;
            for (int i = names.indexOf(SEPARATOR); i >= 0; i = names.indexOf(SEPARATOR, start)) {
                out.add(names.substring(start, i));
                start = i + 1;
            }
            return out;
        }
    }

    /**
     * True for a folder at the top that the walk never enters ({@link ContentScanner#ALWAYS_SKIPPED}): left out
     * of the names, since such folders come and go with every build ({@code target}).
     */
    static boolean comesAndGoes(String folder, String name, boolean directory) {
        return directory && folder.isEmpty() && ContentScanner.ALWAYS_SKIPPED.contains(name);
    }

    /** False for a file whose bytes nothing reads (an image, a font, a PDF): its presence is all that counts. */
    public static boolean contentMatters(String path) {
        return !BinaryFiles.is(path);
    }

    /**
     * The names of a folder in the recorded form, from names in any order where a folder's ends in {@code /}:
     * sorted by the name alone, as a plain listing sorts them.
     */
    static String names(List<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort((x, y) -> base(x).compareTo(base(y)));
        StringBuilder b = new StringBuilder();
        for (String n : sorted) {
            b.append(n).append(SEPARATOR);
        }
        return b.toString();
    }

    private static String base(String name) {
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    /**
     * True when every folder still holds the same names of the same kinds, each folder's time is known to be
     * older than {@code recordedAtNanos} by the safe margin, or its names are looked at one by one.
     * The names the walk never enters at the top ({@link ContentScanner#ALWAYS_SKIPPED}) are left out of the
     * root's: they come and go with every build ({@code target}).
     */
    public boolean stillCurrent(Path root, long recordedAtNanos) {
        return folders.entrySet().parallelStream().allMatch(e -> {
            Path dir = e.getKey().isEmpty() ? root : root.resolve(e.getKey());
            return current(dir, e.getKey().isEmpty(), e.getValue(), recordedAtNanos);
        });
    }

    private static boolean current(Path dir, boolean isRoot, Folder was, long recordedAtNanos) {
        try {
            // the content directory itself may be a link, which the walk followed too
            BasicFileAttributes a = isRoot
                    ? Files.readAttributes(dir, BasicFileAttributes.class)
                    : Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isDirectory()) {
                return false;
            }
            long modified = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            boolean kindsKnown = modified == was.modifiedNanos() && modified < recordedAtNanos - FileStamp.RACY_NANOS;
            // plain names, no Path per entry: a folder of images holds thousands
            String[] names = dir.toFile().list();
            if (names == null) {
                return false;
            }
            Arrays.sort(names);
            String recorded = was.names();
            int at = 0;
            for (String name : names) {
                boolean mayComeAndGo = isRoot && ContentScanner.ALWAYS_SKIPPED.contains(name);
                Boolean folder = null; // looked at only when the folder's time does not vouch for the kinds
                if (!kindsKnown || mayComeAndGo) {
                    BasicFileAttributes c = Files.readAttributes(
                            dir.resolve(name), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (c.isSymbolicLink()) {
                        return false; // the walk that recorded this saw no link
                    }
                    if (mayComeAndGo && c.isDirectory()) {
                        continue;
                    }
                    folder = c.isDirectory();
                }
                if (!recorded.startsWith(name, at)) {
                    return false;
                }
                at += name.length();
                boolean recordedFolder = at < recorded.length() && recorded.charAt(at) == '/';
                if (recordedFolder) {
                    at++;
                }
                if (at >= recorded.length() || recorded.charAt(at) != SEPARATOR) {
                    return false;
                }
                at++;
                if (folder != null && folder != recordedFolder) {
                    return false;
                }
            }
            return at == recorded.length();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
