package io.github.faqkit.core.kramdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.markdown.MarkdownBody;
import org.junit.jupiter.api.Test;

class HeaderIdsTest {
    private static final RubyUnicode R31 = RubyUnicode.of(RubyUnicode.UNICODE_13);

    @Test
    void slugLowersPerCodePointAndKeepsWordCharacters() {
        assertThat(HeaderIds.slug("ΟΔΟΣ", R31)).isEqualTo("οδοσ");
        assertThat(HeaderIds.slug("İstanbul", R31)).isEqualTo("i\u0307stanbul");
        assertThat(HeaderIds.slug("模型的参数越多越好吗？", R31)).isEqualTo("模型的参数越多越好吗");
        assertThat(HeaderIds.slug("under_score and\ttab", R31)).isEqualTo("under_score-and-tab");
        assertThat(HeaderIds.slug("Ⅻ roman", R31)).isEqualTo("ⅻ-roman");
        assertThat(HeaderIds.slug("a\u200Db", R31)).isEqualTo("ab");
    }

    @Test
    void counterIsKeyedOnTheUnsuffixedId() {
        HeaderIds ids = new HeaderIds("", R31);
        assertThat(ids.gfm("FAQ")).isEqualTo("faq");
        assertThat(ids.gfm("FAQ")).isEqualTo("faq-1");
        assertThat(ids.gfm("FAQ 1")).isEqualTo("faq-1");
        assertThat(new HeaderIds("faq-", R31).gfm("!!!")).isEqualTo("faq-");
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
