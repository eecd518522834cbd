package io.github.faqkit.core.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dotted names with hyphens become bracket lookups for Liqp; nothing else in the text changes. */
class HyphenNamesTest {
    @Test
    void aHyphenatedSegmentInATagOrOutputBecomesABracketLookup() {
        HyphenNames h = HyphenNames.of("{% if include.outer-border %}x{% endif %} {{ site.my-notes | size }}");
        assertThat(h.text())
                .isEqualTo("{% if include[\"outer-border\"] %}x{% endif %} {{ site[\"my-notes\"] | size }}");
        assertThat(h.changed()).isTrue();
    }

    @Test
    void offsetsAfterARewriteMapBackToTheSource() {
        String source = "{{ page.has-extra }} tail";
        HyphenNames h = HyphenNames.of(source);
        int tailInRewritten = h.text().indexOf("tail");
        assertThat(h.source(tailInRewritten)).isEqualTo(source.indexOf("tail"));
        assertThat(h.source(h.text().indexOf("[\"has"))).isEqualTo(source.indexOf(".has"));
        assertThat(h.source(1)).isEqualTo(1);
    }

    @Test
    void quotedStringsTextOutsideLiquidRawAndSubtractionsStayAsTheyAre() {
        String[] unchanged = {
            "{{ \"/x.my-file\" }}",
            "{{ 'a.b-c' }}",
            "plain text.with-hyphen and {{ x }}",
            "{% raw %}{{ x.a-b }}{% endraw %}",
            "{% comment %}{{ x.a-b }}{% endcomment %}",
            "{{ a - b }}",
            "{{ 5-3 }}",
            "{{ x.5-3 }}",
            "{{ a.b -}}"
        };
        for (String s : unchanged) {
            HyphenNames h = HyphenNames.of(s);
            assertThat(h.text()).as(s).isEqualTo(s);
            assertThat(h.changed()).as(s).isFalse();
        }
    }
}
