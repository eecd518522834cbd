package io.github.faqkit.rerun;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streamed digest is the SHA-256 of the UTF-8 bytes of the whole text, whatever the pieces. */
class DigestTextTest {

    @Test
    void equalsTheDigestOfTheWholeText() {
        Random random = new Random(17);
        String[] alphabet = {"docs/", "a", "\t", "\n", "页面", "é", "😀", "1234567890", "x".repeat(70_000)};
        for (int round = 0; round < 50; round++) {
            StringBuilder whole = new StringBuilder();
            DigestText streamed = new DigestText();
            for (int i = 0, n = random.nextInt(3000); i < n; i++) {
                switch (random.nextInt(3)) {
                    case 0 -> {
                        String s = alphabet[random.nextInt(alphabet.length - (round % 5 == 0 ? 0 : 1))];
                        whole.append(s);
                        streamed.append(s);
                    }
                    case 1 -> {
                        long v = random.nextLong();
                        whole.append(v);
                        streamed.append(v);
                    }
                    default -> {
                        char c = random.nextBoolean() ? '\t' : 'ß';
                        whole.append(c);
                        streamed.append(c);
                    }
                }
            }
            assertThat(streamed.hex()).isEqualTo(Sha256.hex(whole.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }
}
