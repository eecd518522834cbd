package io.github.faqkit.pack;

import io.github.faqkit.core.FileStamp;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The size and checksums of every file of a package as it was read, with its {@link FileStamp} taken before
 * the read: kept beside the manifest so that the next package of the same content need not read a file twice
 * (once to hash it for the manifest, which comes first in the archive, once to store it). A file's kept values
 * are taken over only while its size and modification time are the same and that time lay well before the
 * read (Git's racy-time rule). The writer reads every byte it stores and compares its CRC-32 with the kept
 * one, so a rewrite that kept size and time (e.g. {@code touch -r}) is still caught: {@link Stale} is thrown
 * and the caller reads and hashes every file again. The change time is not compared: the file system gives
 * it only through a lookup by attribute name that costs more than the stamp itself, and the CRC-32 of the
 * bytes stored is the stronger check.
 */
public final class KeptChecksums {
    /** Nothing kept: every file is read and hashed. */
    public static final KeptChecksums NONE = new KeptChecksums(new TreeMap<>(), 0);

    private static final int FORMAT = 1;
    private static final int SHA256_HEX = 64;

    /** One file as it was hashed; {@code state} null when it was unknown (never taken over). */
    record File(long size, String sha256, long crc, FileStamp state) {}

    private final SortedMap<String, File> files;
    private final long hashedAtNanos;

    private KeptChecksums(SortedMap<String, File> files, long hashedAtNanos) {
        this.files = files;
        this.hashedAtNanos = hashedAtNanos;
    }

    /** What {@code prepared} read, to be kept for the next package. */
    public static KeptChecksums of(PreparedFiles prepared) {
        SortedMap<String, File> out = new TreeMap<>();
        prepared.entries().forEach((name, e) -> out.put(name, new File(e.size(), e.sha256(), e.crc(), e.state())));
        return new KeptChecksums(out, prepared.preparedAtNanos());
    }

    /** The entries (names as in the archive) and their files under the content directory {@code root}. */
    public SortedMap<String, Path> files(Path root) {
        SortedMap<String, Path> out = new TreeMap<>();
        for (String name : files.keySet()) {
            out.put(name, root.resolve(name.substring(Manifest.CONTENT_PREFIX.length())));
        }
        return out;
    }

    /** The kept entry of a file in state {@code now}, or null when it must be read (unknown, moved, or too new). */
    PreparedFiles.Entry takeOver(String name, FileStamp now) {
        File f = files.get(name);
        if (f == null || f.state() == null || !f.state().equals(now) || !now.settledBefore(hashedAtNanos)) {
            return null;
        }
        return new PreparedFiles.Entry(f.size(), f.sha256(), f.crc(), null, now, true);
    }

    /** True when {@code prepared} has exactly the kept entries, each with the kept size and SHA-256. */
    public boolean sameContent(PreparedFiles prepared) {
        Map<String, PreparedFiles.Entry> now = prepared.entries();
        if (now.size() != files.size()) {
            return false;
        }
        for (Map.Entry<String, File> k : files.entrySet()) {
            PreparedFiles.Entry e = now.get(k.getKey());
            if (e == null
                    || e.size() != k.getValue().size()
                    || !e.sha256().equals(k.getValue().sha256())) {
                return false;
            }
        }
        return true;
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(FORMAT);
        out.writeLong(hashedAtNanos);
        out.writeInt(files.size());
        for (Map.Entry<String, File> e : files.entrySet()) {
            byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
            out.writeInt(name.length);
            out.write(name);
            File f = e.getValue();
            out.writeLong(f.size());
            out.writeLong(f.crc());
            out.write(f.sha256().getBytes(StandardCharsets.ISO_8859_1));
            out.writeBoolean(f.state() != null);
            if (f.state() != null) {
                out.writeLong(f.state().size());
                out.writeLong(f.state().modifiedNanos());
            }
        }
    }

    /** Reads what {@link #write} wrote; throws on another format or a damaged record. */
    public static KeptChecksums read(DataInputStream in) throws IOException {
        if (in.readInt() != FORMAT) {
            throw new IOException("kept checksums of another format");
        }
        long hashedAt = in.readLong();
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("damaged kept checksums");
        }
        SortedMap<String, File> files = new TreeMap<>();
        byte[] sha = new byte[SHA256_HEX];
        for (int i = 0; i < count; i++) {
            int length = in.readInt();
            if (length < 0 || length > 1 << 16) {
                throw new IOException("damaged kept checksums");
            }
            byte[] nameBytes = new byte[length];
            in.readFully(nameBytes);
            String name = new String(nameBytes, StandardCharsets.UTF_8);
            long size = in.readLong();
            long crc = in.readLong();
            in.readFully(sha);
            FileStamp state = in.readBoolean() ? new FileStamp(in.readLong(), in.readLong()) : null;
            if (!name.startsWith(Manifest.CONTENT_PREFIX)
                    || files.put(name, new File(size, new String(sha, StandardCharsets.ISO_8859_1), crc, state))
                            != null) {
                throw new IOException("damaged kept checksums");
            }
        }
        return new KeptChecksums(files, hashedAt);
    }

    /**
     * A file whose kept checksums were taken over (its state had not moved) holds other bytes: the file
     * system's times cannot be trusted here, and every file must be read and hashed again.
     */
    public static final class Stale extends PackException {
        private static final long serialVersionUID = 1L;

        Stale(String name) {
            super(
                    "'" + name.substring(Manifest.CONTENT_PREFIX.length())
                            + "' holds other bytes than when it was last packaged, though its size and times are the"
                            + " same",
                    List.of());
        }
    }
}
