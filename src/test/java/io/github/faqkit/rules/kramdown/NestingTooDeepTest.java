package io.github.faqkit.rules.kramdown;

import static io.github.faqkit.testing.SiteFixture.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SRC002 agrees with the real build: {@code scripts/kramdown-depth/measure.sh} found, for each kind of nesting,
 * the deepest page a real {@code jekyll build} still builds and the shallowest on which kramdown stops with
 * "stack level too deep" ({@code kramdown-depth/limits.tsv}). The plugin must stay silent on the first and
 * report the second, at the line where the stack runs out.
 */
class NestingTooDeepTest {
    private static final Path LIMITS = Path.of("src/test/resources/kramdown-depth/limits.tsv");
    /** Front matter lines and the blank line after them: the body starts on line 5. */
    private static final int BODY = 5;

    /** The bodies of scripts/kramdown-depth/pages.py, and the line where n levels are open. */
    private record Kind(IntFunction<String> body, IntFunction<Integer> line) {}

    private static final Map<String, Kind> KINDS = Map.of(
            "blockquote", new Kind(n -> ">".repeat(n) + " x\n", n -> BODY),
            "list", new Kind(n -> staircase(n, "  ", "- x\n"), n -> BODY + n - 1),
            "ordered-list", new Kind(n -> staircase(n, "   ", "1. x\n"), n -> BODY + n - 1),
            "raw-html", new Kind(n -> "<div>\n".repeat(n) + "x\n" + "</div>\n".repeat(n), n -> BODY + n - 1),
            "markdown-html",
                    new Kind(n -> "<div markdown=\"1\">\n".repeat(n) + "x\n" + "</div>\n".repeat(n), n -> BODY + n - 1),
            "span-html", new Kind(n -> "a " + "<span>".repeat(n) + "x" + "</span>".repeat(n) + "\n", n -> BODY),
            "list-400-then-blockquote",
                    new Kind(
                            n -> staircase(400, "  ", "- x\n") + "  ".repeat(400) + ">".repeat(n) + " y\n",
                            n -> BODY + 400),
            "blockquote-800-then-span-html",
                    new Kind(
                            n -> ">".repeat(800) + " a " + "<span>".repeat(n) + "x" + "</span>".repeat(n) + "\n",
                            n -> BODY));

    @TempDir
    Path dir;

    private static String staircase(int n, String indent, String item) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(indent.repeat(i)).append(item);
        }
        return b.toString();
    }

    static Stream<Arguments> limits() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(LIMITS)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            out.add(Arguments.of(f[0], Integer.parseInt(f[3]), Integer.parseInt(f[4])));
        }
        assertThat(out).extracting(a -> a.get()[0]).containsExactlyInAnyOrderElementsOf(KINDS.keySet());
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: builds at {1}, stops at {2}")
    @MethodSource("limits")
    void reportedExactlyWhereTheRealBuildStops(String kind, int builds, int fails) {
        Kind k = KINDS.get(kind);
        ValidationResult ok = page("ok", k.body().apply(builds));
        assertThat(of(ok, KramdownRules.SRC002)).as(kind + " at " + builds).isEmpty();
        ValidationResult stops = page("stops", k.body().apply(fails));
        List<Finding> found = of(stops, KramdownRules.SRC002);
        assertThat(found).as(kind + " at " + fails).hasSize(1);
        assertThat(found.get(0).line()).isEqualTo(k.line().apply(fails));
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
        // the page is never rendered: nothing else of its body is reported
        assertThat(stops.findings()).hasSize(1);
    }

    @Test
    void theHundredsOfLevelsInATwentyThousandLevelQuoteAreNotCopiedNorParsedTwice() {
        ValidationResult r = page("deep", ">".repeat(20_000) + " x\n");
        Finding f = of(r, KramdownRules.SRC002).get(0);
        assertThat(f.message()).contains("1673 nested blockquotes").contains("the Jekyll build fails");
        assertThat(r.notices()).isEmpty();
    }

    @Test
    void inlineHtmlInACodeSpanIsNotNested() {
        String body = "a `" + "<span>".repeat(3000) + "` b\n";
        ValidationResult r = page("code", body);
        assertThat(of(r, KramdownRules.SRC002)).isEmpty();
    }

    private ValidationResult page(String name, String body) {
        return SiteFixture.in(dir.resolve(name))
                .page("deep.md", "title: Deep\n", "\n" + body)
                .validate(q -> q.withPlatform("jekyll"));
    }
}
