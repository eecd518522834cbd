package io.github.faqkit.pack;

/**
 * Ceilings that stop a hostile archive (zip bomb) before it fills the disk. Sizes are counted while
 * inflating, never taken from the headers the archive declares.
 */
public record ArchiveLimits(
        int maxEntries, long maxEntryBytes, long maxTotalBytes, long maxRatio, long ratioCheckAbove) {

    /**
     * Room for a 100,000-page site with its screenshots (a 10,000-page site packs about 52,000 entries):
     * the byte and ratio ceilings, not the entry count, are what stop a bomb.
     */
    public static ArchiveLimits defaults() {
        return new ArchiveLimits(1_000_000, 256L << 20, 8L << 30, 200, 1L << 20);
    }
}
