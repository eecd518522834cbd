package io.github.faqkit.report;

import io.github.faqkit.core.AtomicMoves;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Report files appear whole or not at all: written to a sibling temporary file, then moved. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static OutputStream newOutputStream(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        OutputStream raw = Files.newOutputStream(tmp);
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
                    AtomicMoves.replace(tmp, target);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        };
    }
}
