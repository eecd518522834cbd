package io.github.faqkit.pack;

import io.github.faqkit.core.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Writes a content package as a zip. Entries are sorted (the manifest first), times and modes fixed, and
 * each entry's bytes depend only on the file and the compression level, so the same sources and timestamp
 * give byte-identical archives whatever the thread count; the file appears whole or not at all.
 *
 * <p>Entries go in through commons-compress as raw, already compressed data: the files were read,
 * hashed and deflated once, in parallel, by {@link PreparedFiles}. plexus-archiver's ZipArchiver (used
 * before) cannot take pre-compressed entries nor choose the method per entry, and its parallel mode
 * deflates into temporary files and copies them again, which took most of the packaging time.
 */
public final class ArchiveWriter {
    private static final int FILE_MODE = UnixStat.FILE_FLAG | 0644;
    /** Files read again by the writer (over the memory budget) in flight at once: bounds memory, keeps threads busy. */
    private static final int MAX_AHEAD = 1024;

    private static final long MAX_AHEAD_BYTES = 64L << 20;

    private ArchiveWriter() {}

    /** @param timestamp entry time for reproducible builds; null keeps file times (not reproducible) */
    public static void write(ContentPackage pkg, FileTime timestamp, Path target) throws IOException, PackException {
        write(pkg, timestamp, target, null);
    }

    /**
     * The same, with the manifest entry's bytes given: {@code manifestJson} must be what
     * {@link Manifest#toJson()} gives for {@code pkg.manifest()} (e.g. a manifest kept by an earlier package of
     * the same content), or null to write them from the manifest.
     */
    public static void write(ContentPackage pkg, FileTime timestamp, Path target, byte[] manifestJson)
            throws IOException, PackException {
        if (manifestJson != null) {
            write(pkg.files(), pkg.prepared(), manifestJson, timestamp, target);
            return;
        }
        Manifest manifest = pkg.manifest();
        write(
                pkg.files(),
                pkg.prepared(),
                workers -> {
                    // tens of MB for 10k pages, and nothing can be written before it: deflated in chunks as it is
                    // produced
                    ChunkedDeflateStream json = new ChunkedDeflateStream(
                            workers, pkg.prepared().compression().deflates(Manifest.ENTRY));
                    manifest.writeJson(json);
                    return json.finish();
                },
                timestamp,
                target);
    }

    /**
     * Writes {@code files} as prepared, after a manifest entry of the bytes {@code manifestJson} (which must
     * describe exactly these files: a manifest kept by an earlier package of the same content). Throws
     * {@link KeptChecksums.Stale} when a file whose checksums were kept holds other bytes.
     */
    public static void write(
            SortedMap<String, Path> files, PreparedFiles prepared, byte[] manifestJson, FileTime timestamp, Path target)
            throws IOException, PackException {
        Compression compression = prepared.compression();
        write(
                files,
                prepared,
                workers -> compression.deflates(Manifest.ENTRY)
                        ? EntryEncoder.encodeInChunks(workers, compression, Manifest.ENTRY, manifestJson)
                        : EntryEncoder.stored(manifestJson),
                timestamp,
                target);
    }

    /** The manifest entry, made with the writer's workers. */
    private interface ManifestEntry {
        EntryEncoder.Encoded encode(Workers workers) throws IOException, PackException;
    }

    private static void write(
            SortedMap<String, Path> files,
            PreparedFiles prepared,
            ManifestEntry manifest,
            FileTime timestamp,
            Path target)
            throws IOException, PackException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(tmp);
            try (Workers workers = new Workers(prepared.compression());
                    OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                    ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
                new Run(files, prepared, workers, zip, timestamp).writeAll(manifest.encode(workers));
                zip.finish();
            }
            AtomicFiles.moveIntoPlace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** One entry on its way into the zip: ready, or being read and compressed by a worker. */
    private record Pending(
            String name, Path file, long cost, EntryEncoder.Encoded ready, Future<EntryEncoder.Encoded> future) {}

    private static final class Run {
        private final SortedMap<String, Path> files;
        private final PreparedFiles prepared;
        private final Workers workers;
        private final ZipArchiveOutputStream zip;
        private final FileTime timestamp;
        private final long dosTime;

        Run(
                SortedMap<String, Path> files,
                PreparedFiles prepared,
                Workers workers,
                ZipArchiveOutputStream zip,
                FileTime timestamp) {
            this.files = files;
            this.prepared = prepared;
            this.workers = workers;
            this.zip = zip;
            this.timestamp = timestamp;
            this.dosTime = timestamp == null ? 0 : dosTime(timestamp);
        }

        /** Keeps up to MAX_AHEAD entries in flight and writes them strictly in order. */
        void writeAll(EntryEncoder.Encoded manifest) throws IOException, PackException {
            List<Map.Entry<String, Path>> files = new ArrayList<>(this.files.entrySet());
            ArrayDeque<Pending> window = new ArrayDeque<>();
            Compression compression = prepared.compression();
            write(new Pending(Manifest.ENTRY, null, 0, manifest, null));
            long inFlight = 0;
            int next = 0;
            while (!window.isEmpty() || next < files.size()) {
                while (next < files.size()
                        && (window.isEmpty()
                                || window.size() < MAX_AHEAD && inFlight + cost(files.get(next)) <= MAX_AHEAD_BYTES)) {
                    Pending p = pending(files.get(next++), compression);
                    inFlight += p.cost();
                    window.add(p);
                }
                Pending p = window.poll();
                inFlight -= p.cost();
                write(p);
            }
        }

        private long cost(Map.Entry<String, Path> f) {
            PreparedFiles.Entry e = prepared.entry(f.getKey());
            return e.encoded() != null || streams(f.getKey(), prepared.compression()) ? 0 : e.size();
        }

        /**
         * Files stored as they are (compressed formats, everything at level 0) are copied by the writer straight
         * from disk, as the jar tool does: no worker, no array per file for the garbage collector, and the CRC-32
         * costs next to nothing beside the copy.
         */
        private static boolean streams(String name, Compression c) {
            return !c.deflates(name);
        }

        private Pending pending(Map.Entry<String, Path> f, Compression compression) {
            String name = f.getKey();
            Path file = f.getValue();
            PreparedFiles.Entry e = prepared.entry(name);
            if (e.encoded() != null) {
                return new Pending(name, file, 0, e.encoded(), null);
            }
            if (streams(name, compression)) {
                return new Pending(name, file, 0, null, null);
            }
            return new Pending(name, file, e.size(), null, workers.submit(enc -> {
                byte[] bytes = Files.readAllBytes(file);
                EntryEncoder.Encoded encoded = enc.encode(name, bytes);
                if (encoded.crc() != e.crc() || bytes.length != e.size()) {
                    throw changed(name, e);
                }
                return encoded;
            }));
        }

        private void write(Pending p) throws IOException, PackException {
            ZipArchiveEntry ze = new ZipArchiveEntry(p.name());
            ze.setUnixMode(FILE_MODE);
            ze.setTime(
                    timestamp != null
                            ? dosTime
                            : p.file() == null
                                    ? System.currentTimeMillis()
                                    : Files.getLastModifiedTime(p.file()).toMillis());
            if (p.ready() == null && p.future() == null) {
                copyStored(ze, p);
                return;
            }
            EntryEncoder.Encoded e = p.ready() != null ? p.ready() : Workers.get(p.future());
            ze.setMethod(e.method());
            ze.setCrc(e.crc());
            ze.setSize(e.size());
            ze.setCompressedSize(e.storedSize());
            zip.addRawArchiveEntry(ze, e.stream());
        }

        private void copyStored(ZipArchiveEntry ze, Pending p) throws IOException, PackException {
            PreparedFiles.Entry e = prepared.entry(p.name());
            ze.setMethod(ZipEntry.STORED);
            ze.setCrc(e.crc());
            ze.setSize(e.size());
            ze.setCompressedSize(e.size());
            CRC32 crc = new CRC32();
            try (InputStream in = new CheckedInputStream(Files.newInputStream(p.file()), crc)) {
                zip.addRawArchiveEntry(ze, in);
            }
            if (crc.getValue() != e.crc()) {
                throw changed(p.name(), e);
            }
        }
    }

    private static PackException changed(String name, PreparedFiles.Entry e) {
        if (e.kept()) {
            return new KeptChecksums.Stale(name);
        }
        return new PackException(
                "'" + name.substring(Manifest.CONTENT_PREFIX.length()) + "' changed while it"
                        + " was being packaged; nothing was written, run the build again",
                List.of());
    }

    /**
     * The instant whose local wall-clock time is the UTC wall-clock time of {@code t}, to 2 s (zip's
     * DOS time has that resolution and no time zone): the entries then show the same time on every
     * build machine, as plexus-archiver's reproducible mode does.
     */
    static long dosTime(FileTime t) {
        long ms = Math.floorDiv(t.toMillis(), 2000) * 2000;
        LocalDateTime utc = LocalDateTime.ofInstant(Instant.ofEpochMilli(ms), ZoneOffset.UTC);
        return utc.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }
}
