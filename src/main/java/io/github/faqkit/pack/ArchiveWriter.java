package io.github.faqkit.pack;

import io.github.faqkit.core.AtomicMoves;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.codehaus.plexus.archiver.AbstractArchiver;
import org.codehaus.plexus.archiver.ArchiverException;

/**
 * Writes a content package as a zip. Entries are sorted, times and modes fixed, so the same sources
 * and timestamp give byte-identical archives; the file appears whole or not at all.
 */
public final class ArchiveWriter {
    private static final int FILE_MODE = 0644;
    private static final int DIR_MODE = 0755;

    private ArchiveWriter() {
    }

    /**
     * @param archiver a fresh zip archiver (one per archive)
     * @param timestamp entry time for reproducible builds; null keeps file times (not reproducible)
     */
    public static void write(ContentPackage pkg, AbstractArchiver archiver, FileTime timestamp, Path target)
            throws IOException, PackException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path manifest = Files.createTempFile(dir, ".faq-manifest", ".json");
        Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
        try {
            Files.write(manifest, pkg.manifest().toJson());
            if (timestamp != null) {
                archiver.configureReproducibleBuild(timestamp);
            }
            archiver.setFileMode(FILE_MODE);
            archiver.setDirectoryMode(DIR_MODE);
            archiver.setIncludeEmptyDirs(false);
            archiver.addFile(manifest.toFile(), Manifest.ENTRY);
            for (Map.Entry<String, Path> e : pkg.files().entrySet()) {
                archiver.addFile(e.getValue().toFile(), e.getKey());
            }
            Files.deleteIfExists(tmp);
            archiver.setDestFile(tmp.toFile());
            archiver.setForced(true);
            archiver.createArchive();
            AtomicMoves.replace(tmp, target);
        } catch (ArchiverException e) {
            throw new PackException("Cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(manifest);
            Files.deleteIfExists(tmp);
        }
    }
}
