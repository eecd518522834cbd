package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rewrite keeps every value and line of YAML that libyaml reads and SnakeYAML refuses (which texts those are is
 * measured in data-golden, see DataFilesGoldenTest), and leaves alone what both refuse.
 */
class LibyamlTextTest {
    @Test
    void aTabAfterAKeyOrBesideCollectionPunctuationSeparatesLikeASpace() {
        FrontMatter fm = FrontMatterParser.parseYaml("title:\tTabbed\ntags: [a,\tb]\nnav_order: 2\n", 1, 5);
        assertThat(fm.status()).isEqualTo(FrontMatter.Status.OK);
        assertThat(fm.entry("title").value().asText()).isEqualTo("Tabbed");
        assertThat(fm.entry("tags").value().toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(fm.entry("nav_order").keyLine()).isEqualTo(4);
    }

    @Test
    void anEscapedSlashInDoubleQuotesIsASlash() {
        FrontMatter fm = FrontMatterParser.parseYaml("title: \"a\\/b\"\nurl: 'c\\/d'\n", 1, 4);
        assertThat(fm.status()).isEqualTo(FrontMatter.Status.OK);
        assertThat(fm.entry("title").value().asText()).isEqualTo("a/b");
        assertThat(fm.entry("url").value().asText()).isEqualTo("c\\/d"); // no escapes in single quotes
    }

    @Test
    void keepsTabsThatAreTextAndThoseBothParsersRefuse() {
        assertThat(LibyamlText.rewrite("x: [a\tb]\n")).isEqualTo("x: [a\tb]\n");
        assertThat(LibyamlText.rewrite("x: \"\t\"  # c\t\n")).isEqualTo("x: \"\t\"  # c\t\n");
        assertThat(LibyamlText.rewrite("a:\n\tb: 1\n")).isEqualTo("a:\n\tb: 1\n");
        assertThat(LibyamlText.rewrite("- a\n-\tb\n")).isEqualTo("- a\n-\tb\n");
        FrontMatter fm = FrontMatterParser.parseYaml("a:\n\tb: 1\n", 1, 4);
        assertThat(fm.status()).isEqualTo(FrontMatter.Status.INVALID);
        assertThat(fm.problem().line()).isEqualTo(3);
    }
}
