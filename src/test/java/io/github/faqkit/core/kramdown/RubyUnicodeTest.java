package io.github.faqkit.core.kramdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.platform.PlatformChoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Heading ids follow the Unicode data of the Ruby that builds the site, whatever the JDK: the golden ids of
 * {@code unicode-ids/headings.txt} were made by {@code scripts/unicode-ids/generate.sh} with real kramdown on
 * Ruby 3.1 (Unicode 13.0.0, Debian's Jekyll) and with kramdown-parser-gfm's own id method on Ruby 3.3
 * (Unicode 15.0.0, GitHub Pages). The cases hold letters of Unicode 14, 15 and 16, which JDK 17, 21 and 25 each
 * classify differently; this test runs on all of them with the same result.
 */
class RubyUnicodeTest {
    private static final Path GOLDEN = Path.of("src/test/resources/unicode-ids");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String version : List.of(RubyUnicode.UNICODE_13, RubyUnicode.UNICODE_15)) {
            for (String line : Files.readAllLines(GOLDEN.resolve("ids-" + version + ".tsv"))) {
                if (!line.startsWith("#")) {
                    String[] f = line.split("\t", 2);
                    out.add(Arguments.of(version, f[1], f[0]));
                }
            }
        }
        assertThat(out).hasSizeGreaterThan(40);
        return out.stream();
    }

    @ParameterizedTest(name = "Unicode {0}: {1}")
    @MethodSource("cases")
    void idsAreThoseOfRealKramdownOnThatRuby(String version, String text, String id) {
        assertThat(HeaderIds.slug(text, RubyUnicode.of(version))).isEqualTo(id);
    }

    @Test
    void theTwoRubiesDifferOnLettersOfUnicode14And15AndNeitherKnowsUnicode16() {
        RubyUnicode r31 = RubyUnicode.of(RubyUnicode.UNICODE_13);
        RubyUnicode r33 = RubyUnicode.of(RubyUnicode.UNICODE_15);
        // U+10570 VITHKUQI CAPITAL LETTER A (Unicode 14.0): a letter with a lowercase form only on Ruby 3.2+
        assertThat(HeaderIds.slug("\uD801\uDD70", r31)).isEmpty();
        assertThat(HeaderIds.slug("\uD801\uDD70", r33)).isEqualTo("\uD801\uDD97");
        // U+10D50 GARAY CAPITAL LETTER A (Unicode 16.0): JDK 25 calls it a letter, no Ruby that builds Jekyll does
        assertThat(HeaderIds.slug("\uD803\uDD50", r31)).isEmpty();
        assertThat(HeaderIds.slug("\uD803\uDD50", r33)).isEmpty();
    }

    @Test
    void rubyVersionsMapToTheirUnicodeData() {
        assertThat(RubyUnicode.unicodeOfRuby("3.1")).isEqualTo(RubyUnicode.UNICODE_13);
        assertThat(RubyUnicode.unicodeOfRuby("2.7.4")).isEqualTo(RubyUnicode.UNICODE_13);
        assertThat(RubyUnicode.unicodeOfRuby(PlatformChoice.PAGES_RUBY)).isEqualTo(RubyUnicode.UNICODE_15);
        assertThat(RubyUnicode.unicodeOfRuby("3.4.1")).isEqualTo(RubyUnicode.UNICODE_15);
    }
}
