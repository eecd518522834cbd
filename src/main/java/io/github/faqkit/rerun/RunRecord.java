package io.github.faqkit.rerun;

import io.github.faqkit.core.FileStamp;
import io.github.faqkit.core.Finding;
import io.github.faqkit.core.ScanListing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a validation run leaves for the next one ({@link #FILE_NAME} in the cache directory, written by
 * {@link RunRecordFile}): the fingerprint of every input it read, the size, time and SHA-256 of each Markdown file, and its result. The next run
 * takes the result over when its own fingerprint is the same.
 *
 * @param listingDigest the SHA-256 of the fingerprint's lines of every file but the Markdown pages (part of the
 *     fingerprint), null when none was kept
 * @param recordedAtNanos wall-clock time (epoch nanoseconds) just before the files were looked at
 * @param fixedInputs the SHA-256 of every input but the scanned files (tool, request, configuration, support
 *     files)
 * @param listing the folders the scan entered, null when it cannot stand for the scan (see {@link ScanListing})
 * @param otherFiles the size and time of every other scanned file whose content can matter (no digest)
 */
record RunRecord(
        int format,
        String tool,
        String fingerprint,
        String listingDigest,
        long recordedAtNanos,
        String fixedInputs,
        ScanListing listing,
        Map<String, Source> sources,
        Map<String, Source> otherFiles,
        List<Finding> findings,
        List<String> notices,
        int pageCount,
        int imageCount) {

    /** Bumped whenever the file changes shape. */
    static final int FORMAT = 5;

    static final String FILE_NAME = CacheDirectory.RUN_RECORD;

    /**
     * A file as it was read: size, time and the time its inode last changed ({@link FileStamp#changeTime}, -1 where
     * the file system keeps none) from the file system, taken before the read; the SHA-256 of the bytes parsed.
     */
    record Source(long size, long modifiedNanos, long changedNanos, String sha256) {
        /**
         * True when the file's stamp {@code now} and change time are this one's and its time is safely older than
         * the record made at {@code recordedAtNanos}: what was learnt from its content then still holds (see
         * {@link FileStamp}). The change time catches a rewrite of the same size whose old time was put back
         * ({@code touch -r}, {@code cp -p}, an archive), which only the system can move.
         */
        boolean unchangedAt(FileStamp now, long changedNow, long recordedAtNanos) {
            return size == now.size()
                    && modifiedNanos == now.modifiedNanos()
                    && changedNanos == changedNow
                    && now.settledBefore(recordedAtNanos);
        }
    }

    /** The record in {@code file} if it was written by this format and tool; null otherwise (told to {@code log}). */
    static RunRecord read(Path file, String tool, Consumer<String> log) {
        try {
            RunRecord r = RunRecordFile.read(file);
            if (r == null
                    || !tool.equals(r.tool())
                    || r.fingerprint() == null
                    || r.sources() == null
                    || r.otherFiles() == null
                    || r.findings() == null
                    || r.notices() == null) {
                return null;
            }
            return r;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            log.accept("faq: " + file + " could not be read (" + e.getClass().getSimpleName()
                    + "); every page is checked again");
            return null;
        }
    }

    /** Writes the record whole or not at all; a failure only costs the next run its shortcut. */
    void write(Path file, Consumer<String> log) {
        try {
            RunRecordFile.write(file, this);
            Files.deleteIfExists(file.resolveSibling(CacheDirectory.LEGACY_RUN_RECORD));
        } catch (IOException | RuntimeException e) {
            log.accept("faq: " + file + " could not be written (" + e.getMessage() + "); the next run checks every"
                    + " page again");
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale record is harmless: its fingerprint cannot match a run it does not describe
        }
    }
}
