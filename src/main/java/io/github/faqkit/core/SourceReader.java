package io.github.faqkit.core;

import java.io.IOException;
import java.nio.file.Files;

/**
 * Reads the bytes of a source file found by the {@link ContentScanner}. A seam so tests can make a
 * file vanish or become unreadable between the scan and the read, as happens when an editor or a
 * {@code git checkout} changes the tree during a run.
 */
@FunctionalInterface
public interface SourceReader {
    SourceReader FILES = entry -> Files.readAllBytes(entry.file());

    byte[] read(SourceEntry entry) throws IOException;
}
