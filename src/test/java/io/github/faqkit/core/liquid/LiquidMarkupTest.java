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

    /** Ruby Liquid 5.4's tokenizer, as a pattern (Liquid::Tokenizer): what {@link LiquidMarkup#tokens} reads. */
    private static final Pattern RUBY = Pattern.compile("\\{%.*?%}|\\{\\{.*?}}?|\\{\\{", Pattern.DOTALL);

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        LiquidMarkup.tokens(text, (kind, start, end) -> {
            if (kind == LiquidMarkup.Kind.BLOCK) {
                out.add("block " + start + ":" + end);
            } else {
                out.add(start + ":" + end);
            }
        });
        return out;
    }

    @Test
    void readsAsRubysTokenizerOnRandomTextsWithoutBlocks() {
        Random random = new Random(23);
        String[] pieces = {"{", "}", "{{", "}}", "{%", "%}", "x", " ", "\n", "-", "{% if x %}", "%", "{{ a } b }}"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int j = 0; j < n; j++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = RUBY.matcher(text);
            boolean outputs = true;
            while (m.find()) {
                // once an output has no '}' after it, no later one has: the scan stops looking for outputs
                if (m.group().startsWith("{{") && !outputs) {
                    continue;
                }
                if (m.group().equals("{{")) {
                    outputs = false;
                }
                expected.add(m.start() + ":" + m.end());
            }
            if (!outputs) {
                continue; // Liquid stops on that '{{' anyway; what is read after it does not matter
            }
            assertThat(tokens(text)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void rubyReadsARawOrCommentTagWithTextAsItsBlock() {
        String text = "{% raw x %}{{ a }{% endraw %} {%- comment junk -%}{{ b }}{% endcomment %} {{ c }";
        assertThat(tokens(text)).containsExactly("block 0:29", "block 30:73", "74:80");
        assertThat(tokens("{{ a {% if %}")).containsExactly("0:13");
        assertThat(tokens("{% rawx %}{{ a }}")).containsExactly("0:10", "10:17");
    }

    @Test
    void rubyReadingStaysLinearOnUnclosedMarks() {
        long start = System.nanoTime();
        List<String> out = tokens("{: " + "{{ {% ".repeat(50_000) + "\n");
        assertThat(out).hasSize(1);
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }
}
