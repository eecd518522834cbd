package io.github.faqkit.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntryEncoderTest {
    private static byte[] json(int size) {
        StringBuilder sb = new StringBuilder();
        Random r = new Random(size);
        while (sb.length() < size) {
            sb.append("  {\n    \"path\" : \"docs/s")
                    .append(r.nextInt(100))
                    .append("/p")
                    .append(r.nextInt(100000))
                    .append(".md\",\n    \"title\" : \"常见问题 ")
                    .append(r.nextInt())
                    .append("\"\n  },\n");
        }
        return sb.substring(0, size).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] inflate(byte[] raw) throws Exception {
        Inflater inf = new Inflater(true);
        inf.setInput(raw);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (!inf.finished()) {
            int n = inf.inflate(buf);
            assertThat(n > 0 || !inf.needsInput())
                    .as("stream ended before its final block")
                    .isTrue();
            out.write(buf, 0, n);
        }
        assertThat(inf.getRemaining()).isZero();
        inf.end();
        return out.toByteArray();
    }

    /** Chunks joined at sync flushes must form one valid deflate stream, the same for any thread count. */
    @ParameterizedTest
    @ValueSource(
            ints = {
                1,
                1000,
                EntryEncoder.CHUNK - 1,
                EntryEncoder.CHUNK,
                EntryEncoder.CHUNK + 1,
                3 * EntryEncoder.CHUNK + 12345
            })
    void chunkedDeflateIsOneStreamWhateverTheThreads(int size) throws Exception {
        byte[] data = json(size);
        EntryEncoder.Encoded one;
        try (Workers w = new Workers(new Compression(1, 1))) {
            one = EntryEncoder.encodeInChunks(w, new Compression(1, 1), "m.json", data);
        }
        EntryEncoder.Encoded three;
        try (Workers w = new Workers(new Compression(1, 3))) {
            three = EntryEncoder.encodeInChunks(w, new Compression(1, 3), "m.json", data);
        }
        assertThat(three.data()).isEqualTo(one.data());
        CRC32 crc = new CRC32();
        crc.update(data);
        assertThat(one.crc()).isEqualTo(crc.getValue());
        assertThat(one.size()).isEqualTo(data.length);
        if (one.method() == ZipEntry.DEFLATED) {
            assertThat(inflate(one.data())).isEqualTo(data);
        } else {
            assertThat(one.data()).isEqualTo(data);
        }
        if (size > 1000) {
            // the 32 KB primed into each chunk keeps the ratio close to one pass
            assertThat(one.method()).isEqualTo(ZipEntry.DEFLATED);
            try (EntryEncoder enc = new EntryEncoder(new Compression(1, 1))) {
                assertThat((double) one.data().length)
                        .isLessThan(enc.encode("m.json", data).data().length * 1.02);
            }
        }
    }

    /** The manifest is streamed in as Jackson flushes it: piece sizes must not move the chunk borders. */
    @Test
    void streamingInSmallPiecesGivesTheSameEntry() throws Exception {
        byte[] data = json(2 * EntryEncoder.CHUNK + 5000);
        Compression c = new Compression(1, 2);
        try (Workers w = new Workers(c)) {
            EntryEncoder.Encoded whole = EntryEncoder.encodeInChunks(w, c, "m.json", data);
            ChunkedDeflateStream s = new ChunkedDeflateStream(w, true);
            for (int off = 0; off < data.length; off += 7001) {
                s.write(data, off, Math.min(7001, data.length - off));
            }
            EntryEncoder.Encoded pieces = s.finish();
            assertThat(pieces.data()).isEqualTo(whole.data());
            assertThat(pieces.crc()).isEqualTo(whole.crc());
            assertThat(inflate(pieces.data())).isEqualTo(data);
        }
    }

    @Test
    void levelZeroAndCompressedFormatsAreStoredAsTheyAre() {
        byte[] text = json(5000);
        try (EntryEncoder enc = new EntryEncoder(Compression.level(0))) {
            assertThat(enc.encode("a.md", text).method()).isEqualTo(ZipEntry.STORED);
        }
        try (EntryEncoder enc = new EntryEncoder(Compression.level(9))) {
            assertThat(enc.encode("a.md", text).method()).isEqualTo(ZipEntry.DEFLATED);
            assertThat(enc.encode("pics/A.PNG", text).method()).isEqualTo(ZipEntry.STORED);
            assertThat(enc.encode("pics/a.webp", text).data()).isSameAs(text);
            assertThat(enc.encode("empty.md", new byte[0]).method()).isEqualTo(ZipEntry.STORED);
            assertThat(enc.encode("dir.png/readme", text).method()).isEqualTo(ZipEntry.DEFLATED);
        }
    }
}
