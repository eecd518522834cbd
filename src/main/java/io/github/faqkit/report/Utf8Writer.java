package io.github.faqkit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered UTF-8 writer for the large text reports: they are written as they are built, never held
 * whole in memory (with thousands of findings a report is megabytes, and a string builder with one CJK
 * character holds two bytes per character). Strings are encoded as they are, with no copy to a char
 * array first, ASCII in a tight loop; numbers go out without strings of them. Bytes are those of
 * {@code OutputStreamWriter} with UTF-8: a surrogate that is not half of a pair (also across calls)
 * becomes {@code ?}.
 */
final class Utf8Writer extends Writer {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    /** A high surrogate at the end of the last write, waiting for its low half. */
    private char pendingHigh;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        int end = off + len;
        int i = off;
        if (pendingHigh != 0 && i < end) {
            i = afterPending(s.charAt(i), i);
        }
        while (i < end) {
            // ASCII (nearly all markup) in a tight loop; room for the longest sequence checked once per round
            int room = buf.length - pos - 4;
            if (room <= 0) {
                flushBuffer();
                continue;
            }
            int stop = Math.min(end, i + room);
            char c = 0;
            while (i < stop && (c = s.charAt(i)) < 0x80) {
                buf[pos++] = (byte) c;
                i++;
            }
            if (i < stop) {
                i = encode(c, i + 1 < end ? s.charAt(i + 1) : 0, i, i + 1 < end);
            }
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        write(new String(cbuf, off, len));
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c));
    }

    @Override
    public Utf8Writer append(char c) throws IOException {
        if (c < 0x80 && pendingHigh == 0) {
            if (pos == buf.length) {
                flushBuffer();
            }
            buf[pos++] = (byte) c;
            return this;
        }
        write(String.valueOf(c));
        return this;
    }

    @Override
    public Utf8Writer append(CharSequence cs) throws IOException {
        write(cs.toString());
        return this;
    }

    /** The decimal digits of {@code n} (not a char: {@link Writer#write(int)} writes one). */
    Utf8Writer append(long n) throws IOException {
        return number(n);
    }

    /** ASCII characters {@link #html} copies as they are. */
    private static final boolean[] HTML_PLAIN = new boolean[0x80];

    static {
        for (char c = 0x20; c < 0x80; c++) {
            HTML_PLAIN[c] = c != '<' && c != '>' && c != '&' && c != '"' && c != '\'';
        }
        HTML_PLAIN['\t'] = true;
        HTML_PLAIN['\n'] = true;
    }

    /**
     * Writes {@code s} escaped for HTML text and double-quoted attributes ({@code <>&"'} as entities,
     * control characters other than tab and line feed as U+FFFD), escaping and encoding in one pass:
     * the HTML report is mostly source lines, tens of megabytes with thousands of findings.
     */
    Utf8Writer html(String s) throws IOException {
        int end = s.length();
        int i = 0;
        if (pendingHigh != 0 && i < end) {
            i = afterPending(s.charAt(i), i);
        }
        while (i < end) {
            if (buf.length - pos <= 8) {
                flushBuffer();
            }
            // room for a plain run of at least one character, then for the longest entity or sequence (6 bytes)
            int stop = Math.min(end, i + buf.length - pos - 8);
            char c = 0;
            while (i < stop && (c = s.charAt(i)) < 0x80 && HTML_PLAIN[c]) {
                buf[pos++] = (byte) c;
                i++;
            }
            if (i >= stop) {
                continue;
            }
            if (c >= 0x80) {
                i = encode(c, i + 1 < end ? s.charAt(i + 1) : 0, i, i + 1 < end);
                continue;
            }
            switch (c) {
                case '<':
                    ascii("&lt;");
                    break;
                case '>':
                    ascii("&gt;");
                    break;
                case '&':
                    ascii("&amp;");
                    break;
                case '"':
                    ascii("&quot;");
                    break;
                case '\'':
                    ascii("&#39;");
                    break;
                default: // a control character
                    buf[pos++] = (byte) 0xEF;
                    buf[pos++] = (byte) 0xBF;
                    buf[pos++] = (byte) 0xBD;
            }
            i++;
        }
        return this;
    }

    /** Puts a short ASCII string into the buffer, which has room for it. */
    private void ascii(String a) {
        for (int k = 0; k < a.length(); k++) {
            buf[pos++] = (byte) a.charAt(k);
        }
    }

    /** Writes {@code s} and returns this writer, for chains. */
    Utf8Writer text(String s) throws IOException {
        write(s, 0, s.length());
        return this;
    }

    /** The decimal digits of {@code n}. */
    Utf8Writer number(long n) throws IOException {
        if (n < 0 || n >= 1_000_000_000_000L) {
            write(Long.toString(n));
            return this;
        }
        if (buf.length - pos < 20) {
            flushBuffer();
        }
        int digits = 1;
        for (long t = n; t >= 10; t /= 10) {
            digits++;
        }
        for (int k = pos + digits - 1; k >= pos; k--) {
            buf[k] = (byte) ('0' + n % 10);
            n /= 10;
        }
        pos += digits;
        return this;
    }

    /** Encodes the non-ASCII {@code c} at index {@code i}; returns the index after what it consumed. */
    private int encode(char c, char next, int i, boolean hasNext) {
        if (c < 0x800) {
            buf[pos++] = (byte) (0xC0 | c >> 6);
            buf[pos++] = (byte) (0x80 | c & 0x3F);
            return i + 1;
        }
        if (!Character.isSurrogate(c)) {
            buf[pos++] = (byte) (0xE0 | c >> 12);
            buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[pos++] = (byte) (0x80 | c & 0x3F);
            return i + 1;
        }
        if (Character.isHighSurrogate(c)) {
            if (!hasNext) {
                pendingHigh = c; // the low half may come with the next write
                return i + 1;
            }
            if (Character.isLowSurrogate(next)) {
                pair(Character.toCodePoint(c, next));
                return i + 2;
            }
        }
        buf[pos++] = '?';
        return i + 1;
    }

    /** Completes or drops the pending high surrogate with the first char of a write; returns the next index. */
    private int afterPending(char c, int i) throws IOException {
        if (buf.length - pos < 4) {
            flushBuffer();
        }
        char high = pendingHigh;
        pendingHigh = 0;
        if (Character.isLowSurrogate(c)) {
            pair(Character.toCodePoint(high, c));
            return i + 1;
        }
        buf[pos++] = '?';
        return i;
    }

    private void pair(int cp) {
        buf[pos++] = (byte) (0xF0 | cp >> 18);
        buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
        buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
        buf[pos++] = (byte) (0x80 | cp & 0x3F);
    }

    private void flushBuffer() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            if (pendingHigh != 0) {
                pendingHigh = 0;
                if (pos == buf.length) {
                    flushBuffer();
                }
                buf[pos++] = '?';
            }
            flushBuffer();
        } finally {
            out.close();
        }
    }
}
