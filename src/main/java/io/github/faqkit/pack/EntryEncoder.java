package io.github.faqkit.pack;

import io.github.faqkit.core.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/**
 * Turns file bytes into zip entry data: CRC-32, SHA-256, and the bytes deflated (raw deflate, as zip
 * stores them) or as they are. One per thread: it reuses its deflater and buffers across entries, which
 * matters with tens of thousands of small pages.
 */
final class EntryEncoder implements AutoCloseable {
    /** One entry as it goes into the zip: {@link ZipEntry#STORED} or {@link ZipEntry#DEFLATED}, and its bytes. */
    record Encoded(int method, long crc, long size, List<byte[]> parts) {
        Encoded(int method, long crc, long size, byte[] data) {
            this(method, crc, size, List.of(data));
        }

        /** The bytes the archive stores for the entry. */
        long storedSize() {
            long n = 0;
            for (byte[] p : parts) {
                n += p.length;
            }
            return n;
        }

        /** The stored bytes as one stream, without joining the parts. */
        java.io.InputStream stream() {
            if (parts.size() == 1) {
                return new java.io.ByteArrayInputStream(parts.get(0));
            }
            return new java.io.SequenceInputStream(java.util.Collections.enumeration(
                    parts.stream().map(java.io.ByteArrayInputStream::new).toList()));
        }

        /** The stored bytes as one array (a copy when there are several parts). */
        byte[] data() {
            if (parts.size() == 1) {
                return parts.get(0);
            }
            byte[] all = new byte[Math.toIntExact(storedSize())];
            int at = 0;
            for (byte[] p : parts) {
                System.arraycopy(p, 0, all, at, p.length);
                at += p.length;
            }
            return all;
        }
    }

    /** Size, SHA-256 and CRC-32 of a file read as a stream (too large to keep in memory). */
    record Digest(long size, String sha256, long crc) {}

    /** Chunk size of {@link ChunkedDeflateStream}; it shapes the archive's bytes: never derive it from the machine. */
    static final int CHUNK = 1 << 20;

    private static final int WINDOW = 32 << 10;

    private final Compression compression;
    private final Deflater deflater;
    private final MessageDigest sha = Sha256.digest();
    private final CRC32 crc = new CRC32();
    private byte[] out = new byte[1 << 16];

    EntryEncoder(Compression compression) {
        this.compression = compression;
        this.deflater = new Deflater(Math.max(compression.level(), 1), true);
    }

    String sha256(byte[] bytes) {
        sha.reset();
        return HexFormat.of().formatHex(sha.digest(bytes));
    }

    long crc(byte[] bytes) {
        crc.reset();
        crc.update(bytes);
        return crc.getValue();
    }

    /** True when {@link #encode} deflates {@code name} (text at a level above 0). */
    boolean deflates(String name) {
        return compression.deflates(name);
    }

    /** Deflates text; stores compressed formats, level 0, and anything deflate does not make smaller. */
    Encoded encode(String name, byte[] bytes) {
        long c = crc(bytes);
        if (bytes.length > 0 && compression.deflates(name)) {
            byte[] d = deflate(bytes);
            if (d != null) {
                return new Encoded(ZipEntry.DEFLATED, c, bytes.length, d);
            }
        }
        return new Encoded(ZipEntry.STORED, c, bytes.length, bytes);
    }

    /** Raw deflate of {@code in}, or null as soon as the output reaches the input's size. */
    private byte[] deflate(byte[] in) {
        deflater.reset();
        deflater.setInput(in);
        deflater.finish();
        if (out.length < in.length) {
            out = new byte[in.length];
        }
        int n = 0;
        while (!deflater.finished()) {
            n += deflater.deflate(out, n, in.length - n);
            if (n >= in.length && !deflater.finished()) {
                return null;
            }
        }
        return n >= in.length ? null : Arrays.copyOf(out, n);
    }

    /** Streams a file through SHA-256 and CRC-32 without keeping it. */
    Digest digest(Path file) throws IOException {
        sha.reset();
        crc.reset();
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; size += n) {
                sha.update(buf, 0, n);
                crc.update(buf, 0, n);
            }
        }
        return new Digest(size, HexFormat.of().formatHex(sha.digest()), crc.getValue());
    }

    /** {@code bytes} as one stored entry, without copying them. */
    static Encoded stored(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return new Encoded(ZipEntry.STORED, crc.getValue(), bytes.length, bytes);
    }

    /** {@code bytes} as one entry through a {@link ChunkedDeflateStream}. */
    static Encoded encodeInChunks(Workers workers, Compression compression, String name, byte[] bytes)
            throws IOException, PackException {
        ChunkedDeflateStream out = new ChunkedDeflateStream(workers, compression.deflates(name));
        out.write(bytes);
        return out.finish();
    }

    /**
     * One chunk of a {@link ChunkedDeflateStream}: primed with the last 32 KB of the chunk {@code before} it
     * (null for the first), ends on a sync flush.
     */
    byte[] deflateChunk(byte[] before, byte[] in, boolean last) {
        deflater.reset();
        if (before != null) {
            int dict = Math.min(before.length, WINDOW);
            deflater.setDictionary(before, before.length - dict, dict);
        }
        int len = in.length;
        deflater.setInput(in, 0, len);
        if (last) {
            deflater.finish();
        }
        if (out.length < len / 2 + 1024) {
            out = new byte[len / 2 + 1024];
        }
        int n = 0;
        while (true) {
            int room = out.length - n;
            n += deflater.deflate(out, n, room, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
            boolean done = last ? deflater.finished() : n < out.length;
            if (done) {
                return Arrays.copyOf(out, n);
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
        }
    }

    @Override
    public void close() {
        deflater.end();
    }
}
