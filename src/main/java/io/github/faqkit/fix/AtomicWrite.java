package io.github.faqkit.fix;

import io.github.faqkit.core.AtomicMoves;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;

/**
 * Replaces a source file whole or not at all: the new bytes go to a temporary file beside it (with the
 * original's permissions), which is then moved over it. Refuses when the file changed since it was read.
 */
final class AtomicWrite {
    private AtomicWrite() {
    }

    static void replace(Path file, byte[] expected, byte[] bytes) throws IOException {
        if (!Arrays.equals(Files.readAllBytes(file), expected)) {
            throw new IOException(file + " changed while it was being fixed; run faq:fix again");
        }
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".faqfix.tmp");
        try {
            Files.write(tmp, bytes);
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Files.setPosixFilePermissions(tmp, posix.readAttributes().permissions());
            }
            AtomicMoves.replace(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
