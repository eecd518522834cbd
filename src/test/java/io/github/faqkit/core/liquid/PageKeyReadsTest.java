package io.github.faqkit.core.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageKeyReadsTest {
    @Test
    void readsKeysItDoesNotName() {
        assertThat(PageKeyReads.readsUnnamedKeys("{% for field in page %}{{ field[0] }}{% endfor %}"))
                .isTrue();
        assertThat(PageKeyReads.readsUnnamedKeys("{%- for f in page reversed -%}x{% endfor %}"))
                .isTrue();
        assertThat(PageKeyReads.readsUnnamedKeys("{{ page | jsonify }}")).isTrue();
        assertThat(PageKeyReads.readsUnnamedKeys("{{ page|inspect }}")).isTrue();
        assertThat(PageKeyReads.readsUnnamedKeys("{% if page[field_key] %}{{ page[ k ] }}{% endif %}"))
                .isTrue();
        assertThat(PageKeyReads.readsUnnamedKeys("{% liquid\nfor f in page\necho f\nendfor %}"))
                .isTrue();
    }

    @Test
    void namedKeysAndOtherListsAreNotAllKeys() {
        assertThat(PageKeyReads.readsUnnamedKeys("{{ page.title }} {{ page[\"nav_order\"] }} {{ page[ 'x' ] }}"))
                .isFalse();
        assertThat(PageKeyReads.readsUnnamedKeys("{% for p in site.pages %}{{ p.title }}{% endfor %}"))
                .isFalse();
        assertThat(PageKeyReads.readsUnnamedKeys("{% for x in page.items %}{% endfor %}{% for y in pages %}"))
                .isFalse();
        assertThat(PageKeyReads.readsUnnamedKeys("{{ mypage[k] }} {{ site.page[k] }} {{ page.list | jsonify }}"))
                .isFalse();
        // outside Liquid markup it is text
        assertThat(PageKeyReads.readsUnnamedKeys("for field in page, page[k] and page | jsonify"))
                .isFalse();
    }
}
