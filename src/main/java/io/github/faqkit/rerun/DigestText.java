package io.github.faqkit.rerun;

import io.github.faqkit.core.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The SHA-256 of a long text given piece by piece, as its UTF-8 bytes would give it, without building the
 * text: ASCII pieces (paths, numbers, hex digests) go straight into a buffer.
 */
final class DigestText {
    private final MessageDigest md = Sha256.digest();
    private final byte[] buffer = new byte[1 << 16];
    private int used;

    DigestText append(String s) {
        int n = s.length();
        if (n > buffer.length - used) {
            flush();
        }
        if (n <= buffer.length - used) {
            int start = used;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    used = start; // not ASCII: the JDK's encoder
                    return bytes(s.getBytes(StandardCharsets.UTF_8));
                }
                buffer[used++] = (byte) c;
            }
            return this;
        }
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    DigestText append(char c) {
        return c < 0x80 ? ascii(c) : append(String.valueOf(c));
    }

    DigestText append(long n) {
        return append(Long.toString(n));
    }

    private DigestText ascii(char c) {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = (byte) c;
        return this;
    }

    private DigestText bytes(byte[] b) {
        flush();
        md.update(b);
        return this;
    }

    private void flush() {
        md.update(buffer, 0, used);
        used = 0;
    }

    /** The digest of everything appended, as lower-case hex. */
    String hex() {
        flush();
        return Sha256.hex(md);
    }
}
