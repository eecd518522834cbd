package io.github.faqkit.pack;

/**
 * Ceilings that stop a hostile archive (zip bomb) before it fills the disk. Sizes are counted while
 * inflating, never taken from the headers the archive declares.
 */
public record ArchiveLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, long maxRatio,
        long ratioCheckAbove) {

    public static ArchiveLimits defaults() {
        return new ArchiveLimits(20_000, 256L << 20, 2L << 30, 200, 1L << 20);
    }
}
