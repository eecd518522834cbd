package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The flat front matter reader gives exactly what the full YAML parser gives, for every block it accepts;
 * the blocks it declines go to the full parser. Golden lines cover each YAML 1.1 surprise (booleans,
 * octal, dates, nulls, comments, indicators, quoting), random blocks mix them.
 */
class FlatYamlTest {

    /** Values that Jackson and SnakeYAML read in a way a naive reader would not, and ordinary ones. */
    private static final List<String> VALUES = List.of(
            "Home",
            "问题集 12",
            "关于 AI 的小白 FAQ",
            "/docs/s00/g00/p1",
            "/docs/a:b",
            "http://example.com/x#y",
            "C# and F#",
            "a # comment",
            "a #",
            "a: b",
            "a:",
            "a:b",
            "Don't panic",
            "say \"hi\"",
            "default",
            "1",
            "0",
            "-0",
            "-5",
            "+5",
            "-5a",
            "007",
            "08",
            "0x1F",
            "0b101",
            "1_000",
            "123456789",
            "1234567890",
            "99999999999999999999",
            "1:20",
            "1.5",
            ".5",
            "1e3",
            ".inf",
            ".NaN",
            "2024-01-31",
            "2024-01-31 10:00:00 +0100",
            "true",
            "false",
            "True",
            "FALSE",
            "yes",
            "No",
            "on",
            "OFF",
            "y",
            "n",
            "null",
            "Null",
            "~",
            "<<",
            "=",
            "'single'",
            "'it''s'",
            "''",
            "'",
            "\"double\"",
            "\"esc\\tape\"",
            "\"\"",
            "\"a\" trailing",
            "'a' # c",
            "\"a: b # c\"",
            "[a, b]",
            "{a: b}",
            "- a",
            "-",
            "&anchor x",
            "*alias",
            "!tag x",
            "|",
            ">",
            "%x",
            "@x",
            "`x`",
            "? x",
            ", x",
            "a, b]",
            "tab\there",
            "nel\u0085here",
            "line\u2028sep",
            "bom\uFEFFin",
            "emoji 🚀",
            "ctrl\u0001",
            "é à ü",
            "value   ");

    private static final List<String> KEYS = List.of(
            "title",
            "nav_order",
            "parent",
            "grand_parent",
            "has_children",
            "permalink",
            "last-modified",
            "_private",
            "x2",
            "true",
            "yes",
            "null",
            "on",
            "2nd",
            "-x",
            "a b",
            "ключ",
            "title ",
            "Title");

    private static final List<String> SEPARATORS = List.of(": ", ":  ", ":", ": \t", " : ", ":\t");

    private static void assertSame(String yaml) {
        FrontMatter full = FrontMatterParser.parseYamlFully(yaml, 1, 9);
        FrontMatter flat = FlatYaml.parse(yaml, 1, 9);
        if (flat == null) {
            return;
        }
        assertThat(full.status()).as(yaml).isEqualTo(FrontMatter.Status.OK);
        assertThat(flat.status()).as(yaml).isEqualTo(full.status());
        assertThat(flat.startLine()).as(yaml).isEqualTo(full.startLine());
        assertThat(flat.endLine()).as(yaml).isEqualTo(full.endLine());
        assertThat(flat.problem()).as(yaml).isEqualTo(full.problem());
        // Entry is a record: key, value node (type included), lines, columns, quoting
        assertThat(new ArrayList<>(flat.entries().values()))
                .as(yaml)
                .isEqualTo(new ArrayList<>(full.entries().values()));
        for (FrontMatter.Entry e : flat.entries().values()) {
            assertThat(e.value().getClass())
                    .as(yaml)
                    .isEqualTo(full.entry(e.key()).value().getClass());
        }
        assertThat(flat.duplicates()).as(yaml).isEqualTo(full.duplicates());
        assertThat(flat.toObjectNode()).as(yaml).isEqualTo(full.toObjectNode());
    }

    @Test
    void everyGoldenLineIsReadAsTheFullParserReadsIt() {
        int accepted = 0;
        for (String key : KEYS) {
            for (String sep : SEPARATORS) {
                for (String value : VALUES) {
                    String yaml = key + sep + value + "\n";
                    assertSame(yaml);
                    assertSame("layout: default\n" + yaml + "nav_order: 3\n");
                    assertSame(yaml.replace("\n", "\r\n"));
                    if (FlatYaml.parse(yaml, 1, 9) != null) {
                        accepted++;
                    }
                }
            }
        }
        // not a fast path that declines everything
        assertThat(accepted).isGreaterThan(100);
    }

    @Test
    void theUsualFrontMatterIsReadWithoutTheFullParser() {
        String yaml = "layout: default\ntitle: 问题集 7\nnav_order: 1\nparent: Group 0.7\n"
                + "grand_parent: Section 7\npermalink: /docs/s07/g00/p7\nhas_children: true\n"
                + "description: \"Setup: first steps\"\nnav_exclude: false\n";
        FrontMatter flat = FlatYaml.parse(yaml, 1, 11);
        assertThat(flat).isNotNull();
        assertSame(yaml);
        assertThat(flat.entry("nav_order").value().isInt()).isTrue();
        assertThat(flat.entry("description").quoted()).isTrue();
        assertThat(flat.entry("description").valueColumn()).isEqualTo(14);
        assertThat(flat.entry("grand_parent").keyLine()).isEqualTo(6);
    }

    @Test
    void blocksBeyondFlatLinesGoToTheFullParser() {
        for (String yaml : List.of(
                "",
                "\n",
                "# comment\ntitle: x\n",
                "title: x\n\nparent: y\n",
                "title: x\n  continued\n",
                "tags:\n  - a\n",
                "title: x\n# c\n",
                " title: x\n",
                "title: x\rparent: y\n",
                "title: x\n...\n")) {
            assertThat(FlatYaml.parse(yaml, 1, 9)).as(yaml).isNull();
        }
    }

    @Test
    void duplicatesAreKeptAsTheFullParserKeepsThem() {
        assertSame("title: x\r");
        String yaml = "title: a\nparent: p\ntitle: b\ntitle: 3\n";
        assertThat(FlatYaml.parse(yaml, 1, 9)).isNotNull();
        assertSame(yaml);
    }

    @Test
    void randomBlocksAreReadAsTheFullParserReadsThem() {
        Random random = new Random(2026);
        int accepted = 0;
        for (int round = 0; round < 4000; round++) {
            StringBuilder yaml = new StringBuilder();
            for (int i = 0, lines = 1 + random.nextInt(8); i < lines; i++) {
                boolean usual = random.nextInt(4) > 0;
                String key = usual ? KEYS.get(random.nextInt(6)) : KEYS.get(random.nextInt(KEYS.size()));
                String sep = usual ? ": " : SEPARATORS.get(random.nextInt(SEPARATORS.size()));
                String value = usual ? VALUES.get(random.nextInt(20)) : VALUES.get(random.nextInt(VALUES.size()));
                if (random.nextInt(10) == 0) {
                    value = value + VALUES.get(random.nextInt(VALUES.size()));
                }
                yaml.append(key).append(sep).append(value).append(random.nextInt(12) == 0 ? "\r\n" : "\n");
            }
            assertSame(yaml.toString());
            if (FlatYaml.parse(yaml.toString(), 1, 9) != null) {
                accepted++;
            }
        }
        assertThat(accepted).isGreaterThan(400);
    }
}
