package io.github.faqkit.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * Collects one large entry as it is produced (the manifest's JSON, tens of MB for 10k pages) and hands
 * every full chunk to the workers at once, so deflating overlaps producing. Each chunk is primed with the
 * 32 KB before it and ends on a sync flush; the pieces join into one deflate stream (as pigz does) that
 * compresses nearly as well as one pass. Chunk borders are fixed ({@link EntryEncoder#CHUNK}), so the
 * bytes do not depend on the thread count. Used by the writer thread only: a worker waiting for chunks
 * queued behind it on its own pool could wait forever.
 */
final class ChunkedDeflateStream extends OutputStream {
    private final Workers workers;
    private final boolean deflate;
    private final List<Future<byte[]>> parts = new ArrayList<>();
    /**
     * The full chunks so far. Separate arrays, not one grown array: the manifest of a large site is tens of MB,
     * and growing one array copied it again and again into fresh memory. A chunk handed out is never written.
     */
    private final List<byte[]> chunks = new ArrayList<>();

    private byte[] current = new byte[EntryEncoder.CHUNK];
    private int fill;
    private long size;
    private final CRC32 crc = new CRC32();

    ChunkedDeflateStream(Workers workers, boolean deflate) {
        this.workers = workers;
        this.deflate = deflate;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        crc.update(b, off, len);
        size += len;
        while (len > 0) {
            // a full chunk with more bytes coming is certainly not the last one
            if (fill == current.length) {
                chunks.add(current);
                if (deflate) {
                    handOut(chunks.size() - 1, false);
                }
                current = new byte[EntryEncoder.CHUNK];
                fill = 0;
            }
            int n = Math.min(len, current.length - fill);
            System.arraycopy(b, off, current, fill, n);
            fill += n;
            off += n;
            len -= n;
        }
    }

    /** Deflates chunk {@code index}, primed with the end of the chunk before it. */
    private void handOut(int index, boolean last) {
        byte[] before = index == 0 ? null : chunks.get(index - 1);
        byte[] chunk = chunks.get(index);
        parts.add(workers.submit(enc -> enc.deflateChunk(before, chunk, last)));
    }

    /** The entry: deflated, or stored when deflating is off for it or would not make it smaller. */
    EntryEncoder.Encoded finish() throws IOException, PackException {
        chunks.add(fill == current.length ? current : Arrays.copyOf(current, fill));
        current = null;
        if (!deflate || size == 0) {
            return new EntryEncoder.Encoded(ZipEntry.STORED, crc.getValue(), size, List.copyOf(chunks));
        }
        handOut(chunks.size() - 1, true);
        List<byte[]> deflated = new ArrayList<>(parts.size());
        long compressed = 0;
        for (Future<byte[]> f : parts) {
            byte[] part = Workers.get(f);
            deflated.add(part);
            compressed += part.length;
        }
        return compressed < size
                ? new EntryEncoder.Encoded(ZipEntry.DEFLATED, crc.getValue(), size, List.copyOf(deflated))
                : new EntryEncoder.Encoded(ZipEntry.STORED, crc.getValue(), size, List.copyOf(chunks));
    }
}
