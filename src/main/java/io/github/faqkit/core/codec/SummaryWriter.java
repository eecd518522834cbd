package io.github.faqkit.core.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Collection;

/** The values of a stored summary that {@link SummaryReader} reads in a form of their own. */
public final class SummaryWriter {
    private SummaryWriter() {}

    /**
     * Numbers as one binary value: each the difference from the one before, zigzag-encoded, in seven-bit
     * groups. Line starts and packed headings are most of a summary's numbers; one token for all of them reads
     * several times faster than one token each.
     */
    public static void writeInts(JsonGenerator out, int[] values) throws IOException {
        byte[] bytes = new byte[values.length * 5];
        int n = 0;
        int previous = 0;
        for (int v : values) {
            int delta = v - previous;
            previous = v;
            int zigzag = (delta << 1) ^ (delta >> 31);
            while ((zigzag & ~0x7F) != 0) {
                bytes[n++] = (byte) ((zigzag & 0x7F) | 0x80);
                zigzag >>>= 7;
            }
            bytes[n++] = (byte) zigzag;
        }
        out.writeBinary(bytes, 0, n);
    }

    /** Strings (none null) as an array. */
    public static void writeStrings(JsonGenerator out, Collection<String> strings) throws IOException {
        out.writeStartArray();
        for (String s : strings) {
            out.writeString(s);
        }
        out.writeEndArray();
    }
}
