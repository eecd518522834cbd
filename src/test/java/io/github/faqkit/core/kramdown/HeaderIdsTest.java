package io.github.faqkit.core.kramdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.markdown.MarkdownBody;
import org.junit.jupiter.api.Test;

class HeaderIdsTest {

    /**
     * The golden ids come from Ruby 3.1 (Unicode 13.0.0, see kramdown-golden/VERSIONS). Java 17's
     * Character data is Unicode 13 too; Java 21 moved to Unicode 15, which would change which code
     * points are letters. These code points are the first ones assigned after Unicode 13.
     */
    @Test
    void javaUnicodeDataIsUnicode13LikeRuby31() {
        assertThat(Runtime.version().feature()).isEqualTo(17);
        assertThat(Character.isDefined(0x1FAD0))
                .as("U+1FAD0 BLUEBERRIES, Unicode 13.0")
                .isTrue();
        assertThat(Character.isDefined(0x1FAE0))
                .as("U+1FAE0 MELTING FACE, Unicode 14.0")
                .isFalse();
        assertThat(Character.isDefined(0x0870))
                .as("U+0870 ARABIC LETTER ALEF WITH ATTACHED FATHA, Unicode 14.0")
                .isFalse();
    }

    @Test
    void slugLowersPerCodePointAndKeepsWordCharacters() {
        assertThat(HeaderIds.slug("ΟΔΟΣ")).isEqualTo("οδοσ");
        assertThat(HeaderIds.slug("İstanbul")).isEqualTo("i\u0307stanbul");
        assertThat(HeaderIds.slug("模型的参数越多越好吗？")).isEqualTo("模型的参数越多越好吗");
        assertThat(HeaderIds.slug("under_score and\ttab")).isEqualTo("under_score-and-tab");
        assertThat(HeaderIds.slug("Ⅻ roman")).isEqualTo("ⅻ-roman");
        assertThat(HeaderIds.slug("a\u200Db")).isEqualTo("ab");
    }

    @Test
    void counterIsKeyedOnTheUnsuffixedId() {
        HeaderIds ids = new HeaderIds("");
        assertThat(ids.gfm("FAQ")).isEqualTo("faq");
        assertThat(ids.gfm("FAQ")).isEqualTo("faq-1");
        assertThat(ids.gfm("FAQ 1")).isEqualTo("faq-1");
        assertThat(new HeaderIds("faq-").gfm("!!!")).isEqualTo("faq-");
    }

    @Test
    void modelExposesIdsOfHeadingsIalsHtmlAndTheToc() {
        KramdownModel m = KramdownAnalyzer.analyze(
                MarkdownBody.parse(
                        "1. TOC\n{:toc}\n\n## Alpha\n\nPara\n{: #para-id}\n\n<div id=\"raw\"><a id=\"inner\"></a></div>\n",
                        0),
                SiteConfig.empty());
        assertThat(m.hasId("alpha")).isTrue();
        assertThat(m.hasId("para-id")).isTrue();
        assertThat(m.hasId("raw")).isTrue();
        assertThat(m.hasId("inner")).isTrue();
        assertThat(m.hasId("markdown-toc")).isTrue();
        assertThat(m.hasId("markdown-toc-alpha")).isTrue();
        assertThat(m.hasId("Alpha")).isFalse();
        assertThat(m.hasHeadingId("para-id")).isFalse();
        assertThat(m.attributeLines()).hasSize(2);
        assertThat(m.attributeLines().get(1).target().description()).isEqualTo("the paragraph at line 6");
        assertThat(m.toc().entries()).extracting(TocEntry::id).containsExactly("alpha");
    }
}
