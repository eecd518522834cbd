package io.github.faqkit.core;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Puts a finished temporary file in place so readers see the old file or the new one, never half of one. */
public final class AtomicMoves {
    private AtomicMoves() {
    }

    /**
     * Moves {@code source} over {@code target}: atomically where the file system can, else as a plain
     * replacing move (some file systems, e.g. across mounts, cannot rename atomically).
     */
    public static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
