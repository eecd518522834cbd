package io.github.faqkit.core.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The linear scan finds exactly the spans the two patterns it replaces found, on texts made to trip it. */
class LiquidMarkupTest {
    private static final Pattern PLAIN = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}", Pattern.DOTALL);
    private static final Pattern WITH_BLOCKS = Pattern.compile(
            "\\{%-?\\s*raw\\s*-?%}.*?\\{%-?\\s*endraw\\s*-?%}"
                    + "|\\{%-?\\s*comment\\s*-?%}.*?\\{%-?\\s*endcomment\\s*-?%}"
                    + "|\\{\\{.*?}}|\\{%.*?%}",
            Pattern.DOTALL);
    private static final String[] PIECES = {
        "{",
        "}",
        "{{",
        "}}",
        "{%",
        "%}",
        "x",
        " ",
        "\n",
        "-",
        "{% raw %}",
        "{%- raw -%}",
        "{% endraw %}",
        "{% comment %}",
        "{%comment%}",
        "{% endcomment -%}",
        "{{ page.a-b }}",
        "{% if x %}",
        "%",
        "{% rawx %}"
    };

    private static List<String> regex(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.end());
        }
        return out;
    }

    private static List<String> scan(String text, boolean wholeBlocks) {
        List<String> out = new ArrayList<>();
        LiquidMarkup.forEach(text, wholeBlocks, (start, end) -> out.add(start + ":" + end));
        return out;
    }

    @Test
    void findsWhatThePatternsFoundOnRandomTexts() {
        Random random = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int j = 0; j < n; j++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            assertThat(scan(text, false)).as(text).isEqualTo(regex(PLAIN, text));
            assertThat(scan(text, true)).as(text).isEqualTo(regex(WITH_BLOCKS, text));
        }
    }

    @Test
    void anUnclosedOutputEndsTheSearchForOutputsButNotForTags() {
        String text = "{{ a }} {{ b {% if x %} {{ c";
        assertThat(scan(text, false)).containsExactly("0:7", "13:23");
        assertThat(scan("{: " + "{".repeat(50_000) + "\n", false)).isEmpty();
    }

    @Test
    void aRawBlockIsOneSpanOnlyWhenAskedAndClosed() {
        String text = "{% raw %}{{ x }}{% endraw %} {% raw %}{{ y }}";
        assertThat(scan(text, true)).containsExactly("0:28", "29:38", "38:45");
        assertThat(scan(text, false)).containsExactly("0:9", "9:16", "16:28", "29:38", "38:45");
    }
}
