package io.github.faqkit.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.RuleCatalog;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random mutations of real pages (the seed page {@code ai.md} and the sample site's pages): the
 * validator never throws, every finding is well formed, and the same input gives the same report.json
 * bytes twice. Tries are bounded so the suite stays fast, and seeded so a failure reproduces: the
 * case number is the seed.
 */
class MutationFuzzTest {

    /** Fragments that matter to Jekyll, kramdown and YAML, so mutations hit the interesting paths. */
    private static final List<String> TOKENS = List.of(
            "---\n",
            "...\n",
            "\n",
            "\r\n",
            "\r",
            "\t",
            "\u0000",
            "\uFEFF",
            ": ",
            "title: ",
            "parent: ",
            "nav_order: \"1\"\n",
            "&a ",
            "*a",
            "!!str ",
            "{",
            "}",
            "[",
            "]",
            "{: .no_toc }\n",
            "{:toc}",
            "1. TOC\n",
            "```\n",
            "    ",
            "<!--",
            "-->",
            "![",
            "](",
            "<img src=\"",
            "\">",
            "#",
            "## ",
            "../",
            "%",
            "{{ site.baseurl }}",
            "{% link x.md %}",
            "\\",
            "\"",
            "'",
            "中文",
            "\uD83D\uDE00",
            "\uD800");

    private static final List<String> BASES = List.of(
            "seed/ai.md",
            "sample:docs/gpt/ai.md",
            "sample:docs/gpt/index.md",
            "sample:index.md",
            "sample:docs/start/install.md",
            "sample:docs/start/account/reset-password.md");

    record Mutation(int kind, double at, String payload) {}

    private static final int TRIES = 80;
    private static final long SEED = 20241130L;

    static Stream<Arguments> cases() {
        return IntStream.range(0, TRIES).mapToObj(i -> {
            Random rnd = new Random(SEED + i);
            String base = BASES.get(rnd.nextInt(BASES.size()));
            List<Mutation> mutations = new ArrayList<>();
            int n = 1 + rnd.nextInt(8);
            for (int k = 0; k < n; k++) {
                mutations.add(new Mutation(rnd.nextInt(6), rnd.nextDouble(), payload(rnd)));
            }
            return Arguments.of(base, mutations);
        });
    }

    /** A Jekyll/kramdown/YAML token, random text, or random Latin-1 characters. */
    private static String payload(Random rnd) {
        switch (rnd.nextInt(3)) {
            case 0:
                return TOKENS.get(rnd.nextInt(TOKENS.size()));
            case 1: {
                StringBuilder b = new StringBuilder();
                int len = rnd.nextInt(13);
                for (int i = 0; i < len; i++) {
                    b.append((char) rnd.nextInt(0x3000));
                }
                return b.toString();
            }
            default: {
                StringBuilder b = new StringBuilder();
                int len = rnd.nextInt(5);
                for (int i = 0; i < len; i++) {
                    b.append((char) rnd.nextInt(0x100));
                }
                return b.toString();
            }
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void mutatedPagesNeverBreakTheValidator(String base, List<Mutation> mutations) throws IOException {
        Path root = Files.createTempDirectory("faq-fuzz");
        try {
            SiteCopies.copySample(root, false);
            byte[] page = mutate(read(base), mutations);
            String target = base.startsWith("sample:") ? base.substring("sample:".length()) : "docs/gpt/seed.md";
            Files.write(root.resolve(target), page);

            ValidationResult first = new Validator().validate(ValidationRequest.of(root));
            for (Finding f : first.findings()) {
                assertThat(RuleCatalog.byId()).containsKey(f.ruleId());
                assertThat(f.ruleName())
                        .isEqualTo(RuleCatalog.byId().get(f.ruleId()).name());
                assertThat(f.file()).isNotEmpty().doesNotStartWith("/").doesNotContain("\\");
                assertThat(f.line()).isGreaterThanOrEqualTo(0);
                assertThat(f.column()).isGreaterThanOrEqualTo(0);
                assertThat(f.message()).isNotBlank().doesNotContain("internal error");
            }
            assertThat(first.notices()).noneMatch(n -> n.contains("internal error"));
            ValidationResult second = new Validator().validate(ValidationRequest.of(root));
            assertThat(SiteCopies.reportJson(second, root.getParent()))
                    .isEqualTo(SiteCopies.reportJson(first, root.getParent()));
        } finally {
            SiteCopies.deleteTree(root);
        }
    }

    private static byte[] read(String base) throws IOException {
        if (base.startsWith("sample:")) {
            return Files.readAllBytes(SiteCopies.SAMPLE_SITE.resolve(base.substring("sample:".length())));
        }
        try (var in = MutationFuzzTest.class.getClassLoader().getResourceAsStream(base)) {
            return in.readAllBytes();
        }
    }

    static byte[] mutate(byte[] original, List<Mutation> mutations) {
        byte[] b = original;
        for (Mutation m : mutations) {
            int at = (int) (m.at() * b.length);
            byte[] payload = m.payload().getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 64);
            switch (m.kind()) {
                case 0 -> { // insert text
                    out.write(b, 0, at);
                    out.writeBytes(payload);
                    out.write(b, at, b.length - at);
                }
                case 1 -> { // delete a run
                    int end = Math.min(b.length, at + 1 + m.payload().length() * 7);
                    out.write(b, 0, at);
                    out.write(b, end, b.length - end);
                }
                case 2 -> { // one raw byte, often not valid UTF-8
                    out.write(b, 0, at);
                    out.write(m.payload().hashCode() & 0xFF);
                    out.write(b, at, b.length - at);
                }
                case 3 -> { // repeat the line around the position
                    int start = at;
                    while (start > 0 && b[start - 1] != '\n') {
                        start--;
                    }
                    int end = at;
                    while (end < b.length && b[end] != '\n') {
                        end++;
                    }
                    end = Math.min(b.length, end + 1);
                    out.write(b, 0, end);
                    out.write(b, start, end - start);
                    out.write(b, end, b.length - end);
                }
                case 4 -> out.write(b, 0, at); // truncate
                default -> { // overwrite
                    out.write(b, 0, at);
                    out.writeBytes(payload);
                    int resume = Math.min(b.length, at + payload.length);
                    out.write(b, resume, b.length - resume);
                }
            }
            b = out.toByteArray();
        }
        return b;
    }
}
