package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GlobTest {
    private static final List<String> PATHS = List.of(
            "",
            "a",
            "a.md",
            "docs/a.md",
            "docs/gpt/ai.md",
            "docs",
            "_drafts/x.md",
            "pics/image-2024.png",
            "pics/IMG.PNG",
            "a/b/c/d.md",
            "b.markdown",
            "x-y_z.md",
            "[weird].md",
            "docs/a{b}.md",
            "abc",
            "aXc",
            "a/c");

    /** Same verdicts as the JDK's glob on ordinary patterns. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "*",
                "*.md",
                "**",
                "**.md",
                "**/*.md",
                "docs/*",
                "docs/**",
                "docs/*.md",
                "?",
                "a?c",
                "a*c",
                "[ab]*",
                "[!a]*",
                "[a-c]*",
                "*.{md,markdown}",
                "{docs,pics}/**",
                "_*",
                "*/*",
                "pics/*.{png,PNG}",
                "docs/gpt/ai.md",
                "a/**/d.md",
                "**/c/*",
                "\\[weird\\].md",
                "a/*"
            })
    void agreesWithTheJdkGlob(String pattern) {
        var jdk = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        Glob glob = Glob.compile(pattern);
        for (String p : PATHS) {
            assertThat(glob.matches(p)).as(pattern + " on '" + p + "'").isEqualTo(jdk.matches(Path.of(p)));
        }
    }

    /**
     * Random patterns and paths over a tiny alphabet, so that the literal head and tail checks and the
     * early stop of the table walk meet every kind of token next to them.
     */
    @Test
    void agreesWithTheJdkGlobOnRandomPatterns() {
        java.util.Random rnd = new java.util.Random(7);
        String[] tokens = {"a", "b", "/", "*", "**", "?", "[ab]", "[!a]", "{a,b/}", "{ab,b}"};
        String[] pathParts = {"a", "b", "ab", "ba", "aa"};
        for (int i = 0; i < 3000; i++) {
            StringBuilder pattern = new StringBuilder();
            for (int k = rnd.nextInt(6); k >= 0; k--) {
                pattern.append(tokens[rnd.nextInt(tokens.length)]);
            }
            var jdk = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            Glob glob = Glob.compile(pattern.toString());
            for (int j = 0; j < 20; j++) {
                StringBuilder path = new StringBuilder(pathParts[rnd.nextInt(pathParts.length)]);
                for (int k = rnd.nextInt(3); k > 0; k--) {
                    path.append('/').append(pathParts[rnd.nextInt(pathParts.length)]);
                }
                assertThat(glob.matches(path.toString()))
                        .as(pattern + " on '" + path + "'")
                        .isEqualTo(jdk.matches(Path.of(path.toString())));
            }
        }
    }

    @Test
    void fnmatchStarsAndQuestionMarksCrossFolders() {
        assertThat(Glob.fnmatch("docs/*.md").matches("docs/a/b.md")).isTrue();
        assertThat(Glob.fnmatch("docs/*.md").matches("docs/a/b.mdx")).isFalse();
        assertThat(Glob.fnmatch("docs/*.md").matches("doc/a.md")).isFalse();
        assertThat(Glob.fnmatch("a?b").matches("a/b")).isTrue();
        assertThat(Glob.fnmatch("*").matches("")).isTrue();
        assertThat(Glob.fnmatch("").matches("")).isTrue();
        assertThat(Glob.fnmatch("ab*ba").matches("aba")).isFalse();
        assertThat(Glob.fnmatch("ab*ba").matches("abba")).isTrue();
        assertThat(Glob.fnmatch("{a,b}").matches("a")).isFalse();
    }

    @Test
    void malformedPatternsMatchLiterally() {
        assertThat(Glob.compile("docs/[").matches("docs/[")).isTrue();
        assertThat(Glob.compile("docs/{a").matches("docs/{a")).isTrue();
        assertThat(Glob.compile("docs/[").matches("docs/a")).isFalse();
    }

    @Test
    void backtrackingPatternsStayLinear() {
        String path = "a".repeat(300) + "/" + "a".repeat(300);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(Glob.compile("*a".repeat(200) + "b").matches(path)).isFalse();
            assertThat(Glob.compile("*".repeat(10_000) + "b").matches(path)).isFalse();
            assertThat(Glob.compile("**a".repeat(200) + "b").matches(path)).isFalse();
            assertThat(Glob.compile("*?".repeat(200) + "b").matches(path)).isFalse();
            assertThat(Glob.compile("{a,b}".repeat(40)).matches(path)).isFalse();
            assertThat(Glob.compile("{" + "a,".repeat(100_000) + "b}").matches("b"))
                    .isFalse();
        });
    }

    @Test
    void trimSlashes() {
        assertThat(Glob.trimSlashes("//docs/gpt//")).isEqualTo("docs/gpt");
        assertThat(Glob.trimSlashes("////")).isEmpty();
        assertThat(Glob.trimSlashes("/".repeat(1_000_000) + "x")).isEqualTo("x");
    }
}
