package io.github.faqkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {
    private static final String ALPHABET =
            "ab <>&\"'\t\n\r\u0001\u001f\u007f\u00e9\u07ff\u0800模\uFFFD\uFFFE\uD83D\uDE00\uD800\uDC00";

    /** Random text with every kind of character, lone and paired surrogates included, in random pieces. */
    private static List<String> pieces(Random rnd) {
        List<String> out = new ArrayList<>();
        for (int p = rnd.nextInt(6); p >= 0; p--) {
            StringBuilder b = new StringBuilder();
            for (int n = rnd.nextInt(rnd.nextBoolean() ? 8 : 70_000); n > 0; n--) {
                b.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            }
            out.add(b.toString());
        }
        return out;
    }

    private static byte[] jdk(List<String> pieces) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            for (String s : pieces) {
                w.write(s);
            }
        }
        return bytes.toByteArray();
    }

    /** The HTML escaping the report always had, written out the obvious way. */
    private static String escaped(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '&':
                    b.append("&amp;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                case '\'':
                    b.append("&#39;");
                    break;
                default:
                    b.append(c < 0x20 && c != '\t' && c != '\n' ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }

    @Test
    void bytesAreThoseOfTheJdkEncoder() throws IOException {
        Random rnd = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<String> pieces = pieces(rnd);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Utf8Writer w = new Utf8Writer(bytes)) {
                for (String s : pieces) {
                    if (s.length() == 1 && rnd.nextBoolean()) {
                        w.append(s.charAt(0));
                    } else {
                        w.write(s);
                    }
                }
            }
            assertThat(bytes.toByteArray()).as("round %d", round).isEqualTo(jdk(pieces));
        }
    }

    @Test
    void htmlIsEscapedThenEncoded() throws IOException {
        Random rnd = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<String> pieces = pieces(rnd);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            List<String> expected = new ArrayList<>();
            try (Utf8Writer w = new Utf8Writer(bytes)) {
                for (String s : pieces) {
                    w.html(s);
                    expected.add(escaped(s));
                }
            }
            assertThat(bytes.toByteArray()).as("round %d", round).isEqualTo(jdk(expected));
        }
    }

    @Test
    void numbersAreDecimal() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer w = new Utf8Writer(bytes)) {
            for (long n : new long[] {
                0,
                7,
                10,
                99,
                100,
                123_456_789,
                Integer.MAX_VALUE,
                999_999_999_999L,
                1_000_000_000_000L,
                Long.MAX_VALUE,
                -1,
                Long.MIN_VALUE
            }) {
                w.number(n).append(' ');
            }
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("0 7 10 99 100 123456789 2147483647 "
                        + "999999999999 1000000000000 9223372036854775807 -1 -9223372036854775808 ");
    }
}
