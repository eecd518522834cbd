package io.github.faqkit.core.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    /**
     * A long text as its UTF-8 bytes in one binary value ({@link SummaryReader#readText} takes either form). In a
     * fresh JVM the JDK's UTF-8 decoder is already compiled, Maven having used it, while Smile's decoder of long
     * non-ASCII strings runs interpreted: the packed headings of a page read back several times faster so. A
     * text with a lone surrogate, which UTF-8 cannot carry, goes to Smile as a string, which refuses it as it
     * always did (the page is then not cached).
     */
    public static void writeText(JsonGenerator out, String text) throws IOException {
        if (wellFormed(text)) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeBinary(bytes, 0, bytes.length);
        } else {
            out.writeString(text);
        }
    }

    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
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
