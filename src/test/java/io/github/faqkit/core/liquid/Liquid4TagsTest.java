package io.github.faqkit.core.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where Liquid 4 stops on a tag it does not know (liquid-golden stop-liquid5-*, liquid5-tags-quoted). */
class Liquid4TagsTest {
    @Test
    void aLiquid5TagStopsWhereItStandsAlsoInAnUntakenBranch() {
        String text = "a\n{% if false %}\n{%- render 'x.html' %}\n{% endif %}";
        Liquid4Tags.Stop stop = Liquid4Tags.first(text, Liquid4Tags.LIQUID5);
        assertThat(stop.offset()).isEqualTo(text.indexOf("{%- render"));
        assertThat(stop.tag()).isEqualTo("render");
        assertThat(stop.message()).contains("build stops").contains("Unknown tag 'render'");
        assertThat(Liquid4Tags.first("{% liquid\n assign x = 1\n%}", Liquid4Tags.LIQUID5)
                        .tag())
                .isEqualTo("liquid");
        assertThat(Liquid4Tags.first("x {% echo y %}", Liquid4Tags.LIQUID5).tag())
                .isEqualTo("echo");
    }

    @Test
    void rawCommentOutputsAndLongerNamesAreNoTagOfLiquid5() {
        String text = "{% raw %}{% render 'x' %}{% # no %}{% endraw %} {% comment %}{% echo x %}{% endcomment %}"
                + " {{ render }} {% rendered %} {% include echo.html %}";
        assertThat(Liquid4Tags.first(text, Liquid4Tags.LIQUID5)).isNull();
    }

    @Test
    void aTagAPluginDefinesIsNotAStop() {
        assertThat(Liquid4Tags.first("{% render 'x' %}", java.util.Set.of("echo", "liquid")))
                .isNull();
    }

    @Test
    void anInlineCommentStopsEveryLiquid4Build() {
        Liquid4Tags.Stop stop = Liquid4Tags.first("a {%- # note -%} b", java.util.Set.of());
        assertThat(stop.tag()).isEqualTo("#");
        assertThat(stop.offset()).isEqualTo(2);
        assertThat(Liquid4Tags.fix("#")).contains("{% comment %}");
        assertThat(Liquid4Tags.fix("render")).contains("{% include");
    }
}
