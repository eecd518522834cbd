package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page decoder gives the JDK's text for valid UTF-8 and declines anything else. */
class Utf8Test {

    private static boolean valid(byte[] b, int off, int len) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, off, len));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void same(byte[] b, int off, int len) {
        String decoded = Utf8.decodeValid(b, off, len);
        if (valid(b, off, len)) {
            assertThat(decoded).isEqualTo(new String(b, off, len, StandardCharsets.UTF_8));
        } else {
            assertThat(decoded).isNull();
        }
    }

    @Test
    void validTextIsTheJdksTextAndBrokenBytesAreDeclined() {
        String text = "问题 1：模型 `code` é 😀 \uFFFD plain ascii\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.decodeValid(utf8, 0, utf8.length)).isEqualTo(text);
        Random random = new Random(3);
        for (int round = 0; round < 20_000; round++) {
            byte[] b;
            if (random.nextBoolean()) {
                b = new byte[random.nextInt(40)];
                random.nextBytes(b);
            } else {
                b = text.repeat(1 + random.nextInt(3)).getBytes(StandardCharsets.UTF_8);
                if (b.length > 0 && random.nextInt(3) == 0) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
            int off = b.length == 0 ? 0 : random.nextInt(b.length);
            same(b, off, b.length - off);
        }
        // larger than the buffer a thread keeps: decoded in a buffer of its own
        byte[] large = "页".repeat(3 << 20).getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.decodeValid(large, 0, large.length)).hasSize(3 << 20);
    }
}
