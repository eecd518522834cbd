package io.github.faqkit.pack;

import java.io.ByteArrayOutputStream;
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
    /** Only ever appended to; a grown copy replaces it, so chunks handed out keep reading stable bytes. */
    private byte[] buf = new byte[1 << 16];

    private int size;
    private int handedOut;

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
        if (size + len > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + len));
        }
        System.arraycopy(b, off, buf, size, len);
        size += len;
        // strictly more than a chunk: the chunk handed out is then certainly not the last one
        while (deflate && size - handedOut > EntryEncoder.CHUNK) {
            handOut(EntryEncoder.CHUNK, false);
        }
    }

    private void handOut(int len, boolean last) {
        byte[] bytes = buf;
        int from = handedOut;
        parts.add(workers.submit(enc -> enc.deflateChunk(bytes, from, len, last)));
        handedOut += len;
    }

    /** The entry: deflated, or stored when deflating is off for it or would not make it smaller. */
    EntryEncoder.Encoded finish() throws IOException, PackException {
        byte[] all = Arrays.copyOf(buf, size);
        CRC32 crc = new CRC32();
        crc.update(all);
        if (!deflate || size == 0) {
            return new EntryEncoder.Encoded(ZipEntry.STORED, crc.getValue(), size, all);
        }
        handOut(size - handedOut, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size / 4 + 64);
        for (Future<byte[]> f : parts) {
            out.writeBytes(Workers.get(f));
        }
        return out.size() < size
                ? new EntryEncoder.Encoded(ZipEntry.DEFLATED, crc.getValue(), size, out.toByteArray())
                : new EntryEncoder.Encoded(ZipEntry.STORED, crc.getValue(), size, all);
    }
}
