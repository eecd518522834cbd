package io.github.faqkit.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says about a file without reading it: its size and modification time (in
 * nanoseconds, as precise as the file system keeps it). Like Git's index, a stamp that did not move
 * lets a tool trust what it learnt from the file's content last time; a stamp taken too close to that
 * moment is not trusted, because a write in the same clock tick leaves the time unchanged.
 */
public record FileStamp(long size, long modifiedNanos) {
    /** How far a modification time must lie before the moment it was recorded to be trusted. */
    public static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** The stamp of a file (following links, as the scan does); null when it does not exist or is not a file. */
    public static FileStamp of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                return null;
            }
            return new FileStamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The stamp of a path whether or not it is a file (directories and links included), null when absent. */
    public static FileStamp ofAny(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new FileStamp(
                    a.isDirectory() ? -1 : a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The time (epoch nanoseconds) the file's inode last changed, following links; -1 when the file system
     * does not say (no Unix attributes) or the file is gone. Git compares it too: a write that puts the old
     * size and modification time back (e.g. {@code touch -r}) still moves it, and only the system can set it.
     */
    public static long changeTime(Path file) {
        try {
            Object ctime = Files.getAttribute(file, "unix:ctime");
            return ctime instanceof FileTime t ? t.to(TimeUnit.NANOSECONDS) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** True when content learnt at {@code recordedAtNanos} (epoch nanoseconds) may be reused for this stamp. */
    public boolean settledBefore(long recordedAtNanos) {
        return modifiedNanos < recordedAtNanos - RACY_NANOS;
    }
}
