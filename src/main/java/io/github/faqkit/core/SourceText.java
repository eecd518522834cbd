package io.github.faqkit.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * A file's bytes decoded as Jekyll reads them (UTF-8). Records a byte order mark and the position of
 * the first byte that is not valid UTF-8, and decodes the rest with replacement characters so the
 * page can still be checked.
 */
public final class SourceText {
    private final boolean utf8Bom;
    private final boolean utf16Bom;
    private final int invalidLine;
    private final int invalidColumn;
    /** The text, or null until {@link #bytes} are decoded (or for good, once released). */
    private volatile String text;
    /** Valid UTF-8 whose text is decoded only when asked for (most pages never are): null otherwise. */
    private final byte[] bytes;

    public SourceText(String text, boolean utf8Bom, boolean utf16Bom, int invalidLine, int invalidColumn) {
        this(text, null, utf8Bom, utf16Bom, invalidLine, invalidColumn);
    }

    private SourceText(
            String text, byte[] bytes, boolean utf8Bom, boolean utf16Bom, int invalidLine, int invalidColumn) {
        this.text = text;
        this.bytes = bytes;
        this.utf8Bom = utf8Bom;
        this.utf16Bom = utf16Bom;
        this.invalidLine = invalidLine;
        this.invalidColumn = invalidColumn;
    }

    /**
     * Bytes already known to be valid UTF-8 (the parser decoded them in parts): the whole text is decoded
     * again only if someone asks for it.
     */
    static SourceText ofValidUtf8(byte[] bytes) {
        return new SourceText(null, bytes, startsWithUtf8Bom(bytes), startsWithUtf16Bom(bytes), 0, 0);
    }

    public static boolean startsWithUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    static boolean startsWithUtf16Bom(byte[] bytes) {
        return bytes.length >= 2
                && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                        || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE));
    }

    public static SourceText decode(byte[] bytes) {
        boolean utf8Bom = startsWithUtf8Bom(bytes);
        boolean utf16Bom = startsWithUtf16Bom(bytes);
        int start = utf8Bom ? 3 : 0;
        // The JDK's String decoder is much faster than a CharsetDecoder; it replaces every malformed
        // sequence with U+FFFD, so a result without U+FFFD proves the bytes were valid UTF-8.
        String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return new SourceText(fast, utf8Bom, utf16Bom, 0, 0);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = strict.decode(in).toString();
            return new SourceText(text, utf8Bom, utf16Bom, 0, 0);
        } catch (MalformedInputException e) {
            return decodeLenient(bytes, start, utf8Bom, utf16Bom);
        } catch (CharacterCodingException e) {
            return decodeLenient(bytes, start, utf8Bom, utf16Bom);
        }
    }

    private static SourceText decodeLenient(byte[] bytes, int start, boolean utf8Bom, boolean utf16Bom) {
        CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        strict.decode(in, out, true);
        // 'out' now holds the valid prefix: its last line and length give the position of the bad byte.
        out.flip();
        String prefix = out.toString();
        LineIndex idx = new LineIndex(prefix);
        int line = idx.line(prefix.length());
        int column = idx.column(prefix.length());
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        return new SourceText(text, utf8Bom, utf16Bom, line, column);
    }

    /**
     * The decoded text. Pages checked by the validator keep only the facts about their bytes (their text
     * is released once the page is summarised, so a large site is never held in memory at once): then
     * this throws, as a rule that needs the text must take what it needs from the parsed model instead.
     */
    public String text() {
        String t = text;
        if (t == null && bytes != null) {
            int start = utf8Bom ? 3 : 0;
            t = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            text = t;
        }
        if (t == null) {
            throw new IllegalStateException("the page text was released after parsing; read the parsed model");
        }
        return t;
    }

    /** The same facts about the bytes, without the text. */
    public SourceText withoutText() {
        return new SourceText(null, utf8Bom, utf16Bom, invalidLine, invalidColumn);
    }

    public boolean hasText() {
        return text != null || bytes != null;
    }

    public boolean utf8Bom() {
        return utf8Bom;
    }

    public boolean utf16Bom() {
        return utf16Bom;
    }

    /** 1-based line of the first byte that is not UTF-8, or 0 when all are. */
    public int invalidLine() {
        return invalidLine;
    }

    public int invalidColumn() {
        return invalidColumn;
    }

    public boolean hasInvalidBytes() {
        return invalidLine > 0;
    }
}
