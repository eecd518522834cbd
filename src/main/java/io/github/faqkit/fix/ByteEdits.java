package io.github.faqkit.fix;

import io.github.faqkit.core.fix.TextEdit;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Applies edits, given as offsets in the decoded text, to the original bytes: every byte outside the
 * edited ranges (byte order mark, line endings, the last line break or its absence) is copied as it was.
 */
final class ByteEdits {
    private ByteEdits() {}

    /**
     * @param original the file's bytes, which decode strictly as UTF-8 to {@code text} after {@code prefix}
     *        bytes (a byte order mark)
     * @param edits sorted by start, not overlapping
     */
    static byte[] apply(byte[] original, int prefix, String text, List<TextEdit> edits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 64);
        int charPos = 0;
        int bytePos = prefix;
        out.write(original, 0, prefix);
        for (TextEdit e : edits) {
            int startByte = bytePos + utf8Length(text, charPos, e.start());
            out.write(original, bytePos, startByte - bytePos);
            byte[] repl = e.replacement().getBytes(StandardCharsets.UTF_8);
            out.write(repl, 0, repl.length);
            bytePos = startByte + utf8Length(text, e.start(), e.end());
            charPos = e.end();
        }
        out.write(original, bytePos, original.length - bytePos);
        return out.toByteArray();
    }

    private static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
