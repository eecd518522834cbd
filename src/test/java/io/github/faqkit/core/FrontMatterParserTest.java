package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterParserTest {

    private static FrontMatterParser.Split split(String text) {
        return FrontMatterParser.split(text, false);
    }

    @Test
    void recordsLineAndColumnOfEveryKeyAndValue() {
        FrontMatterParser.Split s = split("---\ntitle: 常见问题\nnav_order:   3\n---\n# Body\n");
        FrontMatter fm = s.frontMatter();
        assertThat(fm.status()).isEqualTo(FrontMatter.Status.OK);
        assertThat(fm.endLine()).isEqualTo(4);
        FrontMatter.Entry order = fm.entry("nav_order");
        assertThat(order.keyLine()).isEqualTo(3);
        assertThat(order.keyColumn()).isEqualTo(1);
        assertThat(order.valueLine()).isEqualTo(3);
        assertThat(order.valueColumn()).isEqualTo(14);
        assertThat(s.bodyStartLine()).isEqualTo(5);
    }

    /** Ruby's YAML (Psych) reads a key without a value as nil; quoted or block-scalar empties stay "". */
    @Test
    void aKeyWithoutValueIsNullLikeInRuby() {
        FrontMatter fm = split("---\ntitle: A\nnav_order:\npermalink:   # none\nq: \"\"\nb: |\nlast:\n---\nBody\n")
                .frontMatter();
        assertThat(fm.status()).isEqualTo(FrontMatter.Status.OK);
        assertThat(fm.entry("nav_order").value().isNull()).isTrue();
        assertThat(fm.entry("permalink").value().isNull()).isTrue();
        assertThat(fm.entry("last").value().isNull()).isTrue();
        assertThat(fm.entry("q").value().isTextual()).isTrue();
        assertThat(fm.entry("b").value().isTextual()).isTrue();
    }

    @Test
    void dotsCloseTheBlockLikeDashes() {
        FrontMatterParser.Split s = split("---\ntitle: A\n...\nBody\n");
        assertThat(s.frontMatter().status()).isEqualTo(FrontMatter.Status.OK);
        assertThat(s.frontMatter().entry("title").value().asText()).isEqualTo("A");
        assertThat(s.bodyStartLine()).isEqualTo(4);
    }

    @Test
    void crlfFilesSplitAndKeepLineNumbers() {
        String text = "---\r\ntitle: A\r\nparent: B\r\n---\r\nBody\r\n";
        FrontMatterParser.Split s = split(text);
        assertThat(s.frontMatter().status()).isEqualTo(FrontMatter.Status.OK);
        assertThat(s.frontMatter().entry("parent").value().asText()).isEqualTo("B");
        assertThat(s.frontMatter().entry("parent").keyLine()).isEqualTo(3);
        assertThat(text.substring(s.bodyOffset())).isEqualTo("Body\r\n");
        assertThat(s.bodyStartLine()).isEqualTo(5);
    }

    @Test
    void blankLinesAfterTheClosingMarkerAreSwallowedLikeJekyllsGreedyWhitespace() {
        String text = "---\ntitle: A\n---\n\n\n  \n# Heading\n";
        FrontMatterParser.Split s = split(text);
        assertThat(text.substring(s.bodyOffset())).isEqualTo("# Heading\n");
        assertThat(s.bodyStartLine()).isEqualTo(7);
    }

    @Test
    void closingMarkerFollowedByTextDoesNotClose() {
        FrontMatterParser.Split s = split("---\ntitle: A\n--- more\n");
        assertThat(s.frontMatter().status()).isEqualTo(FrontMatter.Status.UNTERMINATED);
    }

    @Test
    void onlyLineFeedStartsALineForTheClosingMarker() {
        // Ruby's ^ only follows "\n": a U+2028 inside a value does not start a line, so nothing closes here.
        FrontMatterParser.Split s = split("---\ntitle: a\u2028---\nbody\n");
        assertThat(s.frontMatter().status()).isEqualTo(FrontMatter.Status.UNTERMINATED);
    }

    @Test
    void byteOrderMarkHidesTheBlock() {
        assertThat(FrontMatterParser.split("---\ntitle: A\n---\n", true)
                        .frontMatter()
                        .status())
                .isEqualTo(FrontMatter.Status.MISSING_BOM);
    }

    @Test
    void tabIndentationIsReportedAtItsFileLine() {
        FrontMatter fm = split("---\ntitle: A\nnav:\n\tchild: 1\n---\n").frontMatter();
        assertThat(fm.status()).isEqualTo(FrontMatter.Status.INVALID);
        assertThat(fm.problem().line()).isEqualTo(4);
        assertThat(fm.problem().column()).isEqualTo(1);
        assertThat(fm.problem().message()).contains("tab");
    }

    @Test
    void duplicateKeysKeepTheLastValue() {
        FrontMatter fm = split("---\ntitle: A\nnav_order: 1\ntitle: B\n---\n").frontMatter();
        assertThat(fm.entry("title").value().asText()).isEqualTo("B");
        assertThat(fm.duplicates()).hasSize(1);
        assertThat(fm.duplicates().get(0).first().keyLine()).isEqualTo(2);
        assertThat(fm.duplicates().get(0).repeated().keyLine()).isEqualTo(4);
    }

    @Test
    void yamlTagsInstantiateNothing() {
        FrontMatter fm = split("---\ntitle: !!javax.script.ScriptEngineManager [x]\n---\n")
                .frontMatter();
        assertThat(fm.status()).isIn(FrontMatter.Status.OK, FrontMatter.Status.INVALID);
        if (fm.status() == FrontMatter.Status.OK) {
            assertThat(fm.entry("title").value().isContainerNode()
                            || fm.entry("title").value().isTextual())
                    .isTrue();
        }
    }

    @Test
    void emptyBlockIsAnEmptyMapping() {
        FrontMatterParser.Split s = split("---\n---\nBody\n");
        assertThat(s.frontMatter().status()).isEqualTo(FrontMatter.Status.OK);
        assertThat(s.frontMatter().entries()).isEmpty();
        assertThat(s.bodyStartLine()).isEqualTo(3);
    }
}
