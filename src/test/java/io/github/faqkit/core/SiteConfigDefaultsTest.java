package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteConfigDefaultsTest {
    private static SiteConfig config() throws IOException {
        return SiteConfig.of(new YAMLMapper().readTree("""
                defaults:
                  - scope: {path: ""}
                    values: {layout: default}
                  - scope: {path: docs, type: pages}
                    values: {parent: Docs}
                  - scope: {path: "docs/*/a.md"}
                    values: {nav_order: 1}
                  - scope: {path: docs/b.md}
                    values: {parent: B}
                  - scope: {type: faq}
                    values: {layout: faq}
                """));
    }

    @Test
    void matchingDefaultsNamesTheEntriesThatApplyInOrder() throws IOException {
        SiteConfig c = config();
        assertThat(c.matchingDefaults("index.md", "pages")).isEqualTo("0 ");
        assertThat(c.matchingDefaults("docs/x.md", "pages")).isEqualTo("0 1 ");
        assertThat(c.matchingDefaults("docs/x/a.md", "pages")).isEqualTo("0 1 2 ");
        assertThat(c.matchingDefaults("docs/b.md", "pages")).isEqualTo("0 1 3 ");
        assertThat(c.matchingDefaults("_faq/q.md", "faq")).isEqualTo("0 4 ");
    }

    @Test
    void pagesWithTheSameMatchingEntriesGetTheSameValues() throws IOException {
        SiteConfig c = config();
        List<String> paths = List.of("index.md", "docs/x.md", "docs/y.md", "docs/x/a.md", "docs/y/a.md", "docs/b.md");
        for (String a : paths) {
            for (String b : paths) {
                if (c.matchingDefaults(a, "pages").equals(c.matchingDefaults(b, "pages"))) {
                    assertThat(c.defaultsFor(a, "pages")).isEqualTo(c.defaultsFor(b, "pages"));
                } else {
                    assertThat(a).isNotEqualTo(b);
                }
            }
        }
    }
}
