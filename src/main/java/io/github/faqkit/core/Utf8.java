package io.github.faqkit.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of page text through a decoder and a buffer kept per thread. The String constructor
 * does the same work but sizes its buffer for the worst case (two bytes per input byte, copied again when
 * the text is not ASCII): for CJK pages four times the memory and, in a fresh JVM, twice the time.
 */
final class Utf8 {
    /** A buffer above this size is used once and let go, not kept for the thread. */
    private static final int KEPT_CHARS = 1 << 22;

    private static final ThreadLocal<Utf8> PER_THREAD = ThreadLocal.withInitial(Utf8::new);

    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private char[] chars = new char[1 << 16];

    private Utf8() {}

    /**
     * The text of {@code length} bytes from {@code offset}, exactly as {@code new String(bytes, offset,
     * length, UTF_8)} gives it for valid UTF-8; null when they are not valid UTF-8 (the caller then decodes
     * them with replacement characters and reports where they break).
     */
    static String decodeValid(byte[] bytes, int offset, int length) {
        return PER_THREAD.get().decode(bytes, offset, length);
    }

    private String decode(byte[] bytes, int offset, int length) {
        // UTF-8 never yields more UTF-16 units than bytes
        char[] out = length <= chars.length ? chars : new char[length];
        if (out != chars && length <= KEPT_CHARS) {
            chars = out;
        }
        CharBuffer target = CharBuffer.wrap(out);
        decoder.reset();
        CoderResult r = decoder.decode(ByteBuffer.wrap(bytes, offset, length), target, true);
        if (r.isError()) {
            return null;
        }
        r = decoder.flush(target);
        if (r.isError()) {
            return null;
        }
        return new String(out, 0, target.position());
    }
}
