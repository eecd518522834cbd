package io.github.faqkit.robustness;

import static io.github.faqkit.testing.SiteFixture.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.kramdown.BlockSpans;
import io.github.faqkit.core.markdown.MarkdownBody;
import io.github.faqkit.core.refs.ReferenceScanner;
import io.github.faqkit.rules.RuleCatalog;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nesting far deeper than any parser's stack, for every parser that recurses: the kramdown port (block and
 * span level), Liquid (Liqp and the plugin's own scans of it), the YAML front matter and the reference
 * scanner. Each page must end in findings (or none), never in a skipped page, an "internal error" or a
 * StackOverflowError, within a bounded time. Nesting the real build cannot take is the finding that says so
 * (SRC002 for kramdown, LIQ001 for Liquid, FM003 for YAML).
 */
class DeepNestingTest {
    private static final Duration HANG = Duration.ofSeconds(120);
    private static final int DEEP = 100_000;

    @TempDir
    Path dir;

    /** name, body (after front matter), front matter, the rule the real build's failure is reported by (or null) */
    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("blockquotes", ">".repeat(DEEP) + " x\n", "", "SRC002"),
                Arguments.of("spaced blockquotes", "> ".repeat(DEEP) + "x\n", "", "SRC002"),
                Arguments.of("lists", staircase(3_000, "  ", "- x\n"), "", "SRC002"),
                Arguments.of("ordered lists", staircase(3_000, "   ", "1. x\n"), "", "SRC002"),
                Arguments.of("raw html", "<div>\n".repeat(DEEP) + "x\n", "", "SRC002"),
                Arguments.of("markdown html", "<div markdown=\"1\">\n".repeat(20_000) + "x\n", "", "SRC002"),
                Arguments.of("inline html", "a " + "<span>".repeat(DEEP) + "x\n", "", "SRC002"),
                Arguments.of("brackets", "[".repeat(DEEP) + "x" + "](y)".repeat(DEEP) + "\n", "", null),
                Arguments.of("image brackets", "![".repeat(DEEP) + "x\n", "", null),
                Arguments.of("parentheses", "[a](" + "(".repeat(DEEP) + "x\n", "", null),
                Arguments.of("emphasis", "*_".repeat(DEEP) + "x" + "_*".repeat(DEEP) + "\n", "", null),
                Arguments.of("heading spans", "# " + "*_~~[".repeat(DEEP / 4) + "x\n", "", null),
                Arguments.of(
                        "heading strikes",
                        "# " + "~~a ".repeat(DEEP / 4) + "x" + " b~~".repeat(DEEP / 4) + "\n",
                        "",
                        null),
                Arguments.of("code spans", "`".repeat(DEEP) + "x\n", "", null),
                Arguments.of("html comments", "<!--".repeat(DEEP) + "x\n", "", null),
                Arguments.of("attribute lists", "{: " + "{".repeat(DEEP) + "\n", "", null),
                Arguments.of("liquid blocks", "{% if true %}".repeat(DEEP) + "x\n", "", "LIQ001"),
                Arguments.of("liquid loops", "{% for i in (1..1) %}".repeat(20_000) + "x\n", "", "LIQ001"),
                Arguments.of(
                        "liquid expression", "{{ " + "(".repeat(20_000) + "1" + ")".repeat(20_000) + " }}\n", "", null),
                Arguments.of("liquid brackets", "{{ a" + "[".repeat(20_000) + "\n", "", null),
                Arguments.of("yaml flow", "Text\n", "k: " + "[".repeat(DEEP) + "]".repeat(DEEP) + "\n", "FM003"),
                Arguments.of("yaml block", "Text\n", deepYamlBlock(3_000), "FM003"));
    }

    private static String staircase(int n, String indent, String item) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(indent.repeat(i)).append(item);
        }
        return b.toString();
    }

    private static String deepYamlBlock(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("  ".repeat(i)).append("k:\n");
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void deepNestingEndsInFindingsNeverInAnError(String name, String body, String frontMatter, String rule) {
        SiteFixture site = SiteFixture.in(dir).page("docs/deep.md", "title: Deep\n" + frontMatter, "\n" + body);
        ValidationResult r = validate(name, site);
        if (rule != null) {
            assertThat(of(r, rule))
                    .as(name + " is reported as the build failure it is")
                    .isNotEmpty();
        }
    }

    /** Random mixes of every opener, seeded so that a failure reproduces (the case number is the seed). */
    static Stream<Arguments> mixes() {
        return IntStream.range(0, 12).mapToObj(Arguments::of);
    }

    private static final List<String> OPENERS = List.of(
            ">",
            "> ",
            "- ",
            "1. ",
            "\n  ",
            "<div>",
            "<div markdown=\"1\">\n",
            "<span>",
            "<b>",
            "[",
            "![",
            "(",
            "*",
            "_",
            "~~",
            "`",
            "<!--",
            "{:",
            "{% if x %}",
            "{% for i in a %}",
            "{% raw %}",
            "{{ (",
            "\n",
            "# ",
            "    ",
            "```\n",
            "</div>",
            "</span>",
            "]",
            ")",
            "{% endif %}",
            "-->");

    @ParameterizedTest(name = "mix {0}")
    @MethodSource("mixes")
    void randomMixesOfOpenersNeverBreakTheParsers(int seed) {
        Random rnd = new Random(seed);
        StringBuilder b = new StringBuilder();
        while (b.length() < 200_000) {
            String opener = OPENERS.get(rnd.nextInt(OPENERS.size()));
            b.append(opener.repeat(1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 2_000)));
        }
        SiteFixture site = SiteFixture.in(dir)
                .page("docs/mix.md", "title: Mix\n", b.append('\n').toString());
        validate("mix " + seed, site);
    }

    @Test
    void referenceScannerAloneOnDeepBrackets() {
        // the scanner reads every page's links and images; it must not recurse per bracket either
        String text = "[".repeat(DEEP) + "![".repeat(DEEP) + "(".repeat(DEEP) + "<".repeat(DEEP) + "\n";
        MarkdownBody body = MarkdownBody.parse(text, 0);
        assertTimeoutPreemptively(HANG, () -> ReferenceScanner.scan(body, BlockSpans.NONE));
    }

    private ValidationResult validate(String label, SiteFixture site) {
        ValidationResult r = assertTimeoutPreemptively(
                HANG, () -> Bounds.measure("deep: " + label, site::validate).value());
        List<String> problems = new ArrayList<>(r.notices());
        for (Finding f : r.findings()) {
            assertThat(RuleCatalog.byId()).containsKey(f.ruleId());
            if (f.message().contains("internal error") || f.message().contains("StackOverflow")) {
                problems.add(f.toString());
            }
        }
        assertThat(problems).as(label + ": notices and internal errors").isEmpty();
        assertThat(r.pageCount())
                .as(label + ": the page is checked, not skipped")
                .isEqualTo(1);
        return r;
    }
}
