package io.github.faqkit.pack;

import io.github.faqkit.core.FileStamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every file of a package read once, on all threads: size and SHA-256 for the manifest, and the deflated
 * zip entry of a text file kept in memory for {@link ArchiveWriter}, so that it is compressed once. A file
 * stored as it is (images and other compressed formats, everything at level 0), what does not fit the
 * memory budget, and any file over {@link #LARGE} are only hashed here and read again by the writer, which
 * then checks its CRC-32 against this one: reading a file again costs less than keeping its bytes, which
 * the garbage collector copies from young to old memory (at 10k pages with 42k images, seconds of pauses
 * and a gigabyte of memory).
 *
 * <p>Given the {@link KeptChecksums} of an earlier package, a file whose {@link FileStamp} has not moved since
 * it was read then is not read here at all: its size and checksums are the kept ones, and the writer, which
 * reads every byte it stores, checks its CRC-32 and size against them ({@link KeptChecksums.Stale} when they
 * differ). A package of unchanged content then reads each file once, as the jar tool does.
 */
public final class PreparedFiles {
    /** Files larger than this are streamed, never held whole. */
    static final long LARGE = 16L << 20;

    /**
     * @param crc CRC-32 of the bytes hashed, so that a second read can tell a file that changed meanwhile
     * @param encoded the zip entry, or null when the writer has to read the file again
     * @param state the file's state taken before it was read (null: unknown)
     * @param kept true when size and checksums are an earlier package's (the file was not read here)
     */
    record Entry(long size, String sha256, long crc, EntryEncoder.Encoded encoded, FileStamp state, boolean kept) {}

    private final Compression compression;
    private final Map<String, Entry> entries;
    private final long preparedAtNanos;

    private PreparedFiles(Compression compression, Map<String, Entry> entries, long preparedAtNanos) {
        this.compression = compression;
        this.entries = entries;
        this.preparedAtNanos = preparedAtNanos;
    }

    /** Keeps at most an eighth of the heap (and 256 MB) of compressed entries. */
    public static PreparedFiles prepare(SortedMap<String, Path> files, Compression compression)
            throws IOException, PackException {
        return prepare(files, compression, KeptChecksums.NONE);
    }

    /** The same, taking over the checksums {@code kept} holds for files that did not move since. */
    public static PreparedFiles prepare(SortedMap<String, Path> files, Compression compression, KeptChecksums kept)
            throws IOException, PackException {
        return prepare(
                files, compression, Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8), kept);
    }

    static PreparedFiles prepare(SortedMap<String, Path> files, Compression compression, long memoryBudget)
            throws IOException, PackException {
        return prepare(files, compression, memoryBudget, KeptChecksums.NONE);
    }

    static PreparedFiles prepare(
            SortedMap<String, Path> files, Compression compression, long memoryBudget, KeptChecksums kept)
            throws IOException, PackException {
        long preparedAt = nowNanos();
        List<Map.Entry<String, Path>> list = new ArrayList<>(files.entrySet());
        AtomicLong budget = new AtomicLong(memoryBudget);
        Map<String, Entry> out = new HashMap<>();
        try (Workers workers = new Workers(compression)) {
            // batches: one task per file would cost more in queueing than a small page takes to deflate
            int batch = Math.max(1, Math.min(64, list.size() / (compression.threads() * 8) + 1));
            List<Future<List<Entry>>> futures = new ArrayList<>();
            for (int i = 0; i < list.size(); i += batch) {
                List<Map.Entry<String, Path>> part = list.subList(i, Math.min(list.size(), i + batch));
                futures.add(workers.submit(enc -> {
                    List<Entry> done = new ArrayList<>(part.size());
                    for (Map.Entry<String, Path> f : part) {
                        done.add(prepare(enc, f.getKey(), f.getValue(), budget, kept));
                    }
                    return done;
                }));
            }
            int i = 0;
            for (Future<List<Entry>> f : futures) {
                for (Entry e : Workers.get(f)) {
                    out.put(list.get(i++).getKey(), e);
                }
            }
        }
        return new PreparedFiles(compression, out, preparedAt);
    }

    private static Entry prepare(EntryEncoder enc, String name, Path file, AtomicLong budget, KeptChecksums kept)
            throws IOException {
        FileStamp state = FileStamp.of(file);
        Entry taken = kept.takeOver(name, state);
        if (taken != null) {
            return taken;
        }
        if (Files.size(file) > LARGE) {
            EntryEncoder.Digest d = enc.digest(file);
            return new Entry(d.size(), d.sha256(), d.crc(), null, state, false);
        }
        byte[] bytes = Files.readAllBytes(file);
        String sha = enc.sha256(bytes);
        if (!enc.deflates(name)) {
            return new Entry(bytes.length, sha, enc.crc(bytes), null, state, false);
        }
        // reserve the raw size (compressed data is never larger: the encoder stores what deflate does not shrink)
        if (budget.addAndGet(-bytes.length) < 0) {
            budget.addAndGet(bytes.length);
            return new Entry(bytes.length, sha, enc.crc(bytes), null, state, false);
        }
        EntryEncoder.Encoded encoded = enc.encode(name, bytes);
        budget.addAndGet(bytes.length - encoded.storedSize());
        return new Entry(bytes.length, sha, encoded.crc(), encoded, state, false);
    }

    /** Epoch nanoseconds, as file times are compared. */
    static long nowNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** When the files began to be read: a file's checksums hold for later packages only if it was older. */
    long preparedAtNanos() {
        return preparedAtNanos;
    }

    /** Every entry by name (sorted as the archive lists them). */
    Map<String, Entry> entries() {
        return entries;
    }

    public Compression compression() {
        return compression;
    }

    public long size(String name) {
        return entry(name).size();
    }

    public String sha256(String name) {
        return entry(name).sha256();
    }

    Entry entry(String name) {
        Entry e = entries.get(name);
        if (e == null) {
            throw new IllegalArgumentException(name + " was not prepared");
        }
        return e;
    }
}
