package io.github.faqkit.core;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * The one way this tool writes a file: to a temporary file beside the target, then moved over it, so a
 * reader sees the old file or the new one, never half of one.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /**
     * A stream whose bytes replace {@code target} when it is closed. The file gets the permissions of any
     * new file (on POSIX systems 0666 less the umask: 0644 by default), as if written in place.
     */
    public static OutputStream newOutputStream(Path target) throws IOException {
        Path tmp = temporaryBeside(target);
        OutputStream raw;
        try {
            raw = Files.newOutputStream(tmp);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return new FilterOutputStream(raw) {
            private boolean closed;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    super.close();
                    moveIntoPlace(tmp, target);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        };
    }

    /** What goes into a file written by {@link #write(Path, Content)}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Replaces {@code target} (creating its folder) with what {@code content} writes; when it throws, the
     * target is left as it was.
     */
    public static void write(Path target, Content content) throws IOException {
        Path tmp = temporaryBeside(target);
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            moveIntoPlace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Replaces {@code target} with {@code bytes} (creating its folder). */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Replaces an existing {@code file} with {@code bytes}, keeping its POSIX permissions. */
    public static void replaceKeepingPermissions(Path file, byte[] bytes) throws IOException {
        Path tmp = temporaryBeside(file);
        try {
            Files.write(tmp, bytes);
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Files.setPosixFilePermissions(tmp, posix.readAttributes().permissions());
            }
            moveIntoPlace(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Moves a finished file over {@code target}: atomically where the file system can, else as a plain
     * replacing move (some file systems, e.g. across mounts, cannot rename atomically).
     */
    public static void moveIntoPlace(Path finished, Path target) throws IOException {
        try {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A new empty file beside {@code target}. Not {@link Files#createTempFile}: that makes it readable by its
     * owner only (0600), and the move would carry that over to reports and the baseline, which CI users, web
     * servers and other accounts must read. A plain exclusive create applies the umask like any other file.
     */
    private static Path temporaryBeside(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        for (int attempt = 1; ; attempt++) {
            Path tmp = dir.resolve(
                    "." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == MAX_NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_NAME_ATTEMPTS = 100;
}
