package io.github.faqkit.core;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The page cache on disk: a header (a magic number, the format, the tool version) and then one record per
 * page, each framed by its length and a CRC-32C of its bytes. A run that changed a few summaries appends their
 * records instead of writing every page again (the file of a 10k-page site is tens of MB); a later record of a
 * path replaces an earlier one. The file is written whole (compacted) when it could not be read, is not this
 * format or tool, or holds about as many replaced records as live ones.
 *
 * <p>An append is one write of all its records, so an interrupted run leaves at most a partial last record: the
 * records before it are whole (each checked by its CRC) and are used. Any other damage (a CRC that does not
 * match, a record that does not decode) throws, and the cache is ignored as a whole. A record only ever holds
 * what a page was parsed into under its key (the SHA-256 of its bytes, the configuration key, which names the
 * tool version, and a settled stamp), so an earlier record of the same path that stays in force after a lost
 * append cannot be mistaken for the page's new content.
 */
final class PageCacheFile {
    /** "faqpages" in ASCII: a file that starts otherwise is not one of these (an older cache, or anything else). */
    static final long MAGIC = 0x6661717061676573L;

    /** No record is larger: a length beyond it is damage, not a page. */
    private static final int MAX_RECORD = 256 << 20;

    private PageCacheFile() {}

    /** What a read found. */
    enum State {
        /** Every record read whole. */
        WHOLE,
        /** The records before a partial last one (an interrupted append) were read. */
        TORN_TAIL,
        /** Another format or tool wrote the file: nothing was read. */
        FOREIGN
    }

    /** The entries read (the last record of each path), how many records the file held, and its state. */
    record Contents(Map<String, PageCache.Entry> entries, int records, State state, String foreign) {}

    /**
     * The entries of {@code file} for this tool; throws {@link java.nio.file.NoSuchFileException} when there is
     * none and another {@link IOException} when it is damaged.
     */
    static Contents read(Path file, int format, String tool) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            // a file shorter than its header is damaged (EOFException): read as any other damage
            if (in.readLong() != MAGIC) {
                return new Contents(Map.of(), 0, State.FOREIGN, "has another format");
            }
            if (in.readInt() != format) {
                return new Contents(Map.of(), 0, State.FOREIGN, "has another format");
            }
            String writtenBy = in.readUTF();
            if (!tool.equals(writtenBy)) {
                return new Contents(Map.of(), 0, State.FOREIGN, "was written by version " + writtenBy);
            }
            Map<String, PageCache.Entry> entries = new HashMap<>();
            int records = 0;
            CRC32C crc = new CRC32C();
            while (true) {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException e) {
                    return new Contents(entries, records, State.WHOLE, null); // the end, between records
                }
                if (length < 0 || length > MAX_RECORD) {
                    throw new IOException("a record of " + length + " bytes");
                }
                byte[] bytes = new byte[length];
                int checksum;
                try {
                    checksum = in.readInt();
                    in.readFully(bytes);
                } catch (EOFException e) {
                    return new Contents(entries, records, State.TORN_TAIL, null);
                }
                crc.reset();
                crc.update(bytes);
                if ((int) crc.getValue() != checksum) {
                    throw new IOException("a record whose CRC-32C does not match");
                }
                PageCache.Entry entry = decode(bytes);
                entries.put(entry.path(), entry);
                records++;
            }
        }
    }

    private static PageCache.Entry decode(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        PageCache.Entry e = new PageCache.Entry(
                in.readUTF(),
                in.readUTF(),
                in.readUTF(),
                in.readLong(),
                in.readLong(),
                in.readLong(),
                in.readBoolean(),
                in.readNBytes(in.readInt()));
        if (in.available() != 0 || e.summary().length == 0) {
            throw new IOException("a record that does not decode");
        }
        return e;
    }

    /** Replaces the file with a header and these entries (in the order given). */
    static void writeWhole(Path file, int format, String tool, Collection<PageCache.Entry> entries) throws IOException {
        AtomicFiles.write(file, stream -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
            out.writeLong(MAGIC);
            out.writeInt(format);
            out.writeUTF(tool);
            ByteArrayOutputStream record = new ByteArrayOutputStream();
            for (PageCache.Entry e : entries) {
                frame(e, record, out);
            }
            out.flush();
        });
    }

    /**
     * Adds the records of these entries at the end of the existing file, in one write: a run that stops halfway
     * leaves a partial last record, never a mix of two.
     */
    static void append(Path file, Collection<PageCache.Entry> entries) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(all);
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        for (PageCache.Entry e : entries) {
            frame(e, record, out);
        }
        out.flush();
        ByteBuffer buffer = ByteBuffer.wrap(all.toByteArray());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    private static void frame(PageCache.Entry e, ByteArrayOutputStream record, DataOutputStream out)
            throws IOException {
        record.reset();
        DataOutputStream r = new DataOutputStream(record);
        r.writeUTF(e.path());
        r.writeUTF(e.sha256());
        r.writeUTF(e.config());
        r.writeLong(e.size());
        r.writeLong(e.modifiedNanos());
        r.writeLong(e.changedNanos());
        r.writeBoolean(e.liquid());
        r.writeInt(e.summary().length);
        r.write(e.summary());
        r.flush();
        byte[] bytes = record.toByteArray();
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        out.writeInt(bytes.length);
        out.writeInt((int) crc.getValue());
        out.write(bytes);
    }
}
