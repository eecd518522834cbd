package io.github.faqkit.fix;

import static io.github.faqkit.fix.FixTesting.file;
import static io.github.faqkit.fix.FixTesting.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.fix.Fix;
import io.github.faqkit.core.fix.FixRecipe;
import io.github.faqkit.core.fix.TextEdit;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Byte preservation, dry run versus apply, atomic writes, overlap handling and the diff. */
class FixEngineTest {
    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void crlfBomAndMissingFinalNewlineSurviveEveryFix() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        // A BOM hides the front matter from Jekyll (FM001), so the BOM case has no front matter fix; the body
        // fixes must still keep the BOM, every CRLF and the missing final line break.
        String crlf = "---\r\ntitle: T\r\nnav-order: 1\r\nzzz_custom: 2\r\n---\r\n# T\r\n\r\n{: .no_toc}\r\n\r\n"
                + "1) TOC\r\n{:toc}\r\n\r\n##Q\r\ntext ü 😀";
        SiteFixture site = SiteFixture.in(dir).bytes("a.md", utf8(crlf));
        List<Finding> constructed = List.of(
                finding("IAL001", "a.md", 8, 1, ""),
                finding("TOC001", "a.md", 10, 1, ""),
                finding("HDR004", "a.md", 13, 1, ""));
        ValidationResult r = site.validate();
        List<Finding> all = new java.util.ArrayList<>(r.findings());
        all.addAll(FixTesting.withRepairs(r.site(), constructed));
        FixPlan plan = new FixEngine().plan(r.site(), all);
        String expected = "---\r\ntitle: T\r\nnav_order: 1\r\nzzz_custom: 2\r\n---\r\n# T\r\n{: .no_toc}\r\n\r\n"
                + "1. TOC\r\n{:toc}\r\n\r\n## Q\r\ntext ü 😀";
        assertThat(new String(file(plan, "a.md").after(), StandardCharsets.UTF_8))
                .isEqualTo(expected);

        SiteFixture withBom = SiteFixture.in(dir.resolve("bom"));
        byte[] bomBody = utf8("# T\r\n\r\n{: .no_toc}\r\n\r\n##Q");
        byte[] input = concat(bom, bomBody);
        withBom.bytes("b.md", input);
        ValidationResult rb = withBom.validate(List.of(), x -> x);
        FixPlan pb = new FixEngine()
                .plan(
                        rb.site(),
                        FixTesting.withRepairs(
                                rb.site(),
                                List.of(finding("IAL001", "b.md", 3, 1, ""), finding("HDR004", "b.md", 5, 1, ""))));
        assertThat(file(pb, "b.md").after()).isEqualTo(concat(bom, utf8("# T\r\n{: .no_toc}\r\n\r\n## Q")));
    }

    @Test
    void dryRunWritesNothingAndApplyWritesExactlyThePlannedBytes() throws Exception {
        SiteFixture site = SiteFixture.in(dir).page("a.md", "title: A\nnav-order: 3", "Text\n");
        Path file = site.root().resolve("a.md");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        byte[] original = Files.readAllBytes(file);
        FixPlan plan = new FixEngine().plan(ValidationRequest.of(site.root()));
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        plan.apply();
        assertThat(Files.readAllBytes(file)).isEqualTo(file(plan, "a.md").after());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-rw-r--");
        try (var files = Files.list(site.root())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.md");
        }
    }

    @Test
    void refusesToOverwriteAFileChangedAfterPlanning() throws Exception {
        SiteFixture site = SiteFixture.in(dir).page("a.md", "title: A\nnav-order: 3", "Text\n");
        FixPlan plan = new FixEngine().plan(ValidationRequest.of(site.root()));
        site.page("a.md", "title: A\nnav-order: 3", "Edited meanwhile\n");
        assertThatThrownBy(plan::apply).isInstanceOf(IOException.class).hasMessageContaining("changed");
        assertThat(FixTesting.read(site, "a.md")).contains("Edited meanwhile");
    }

    @Test
    void overlappingRepairsWaitForTheNextRun() throws Exception {
        SiteFixture site = SiteFixture.in(dir).page("a.md", "title: A", "abcdef\n");
        ValidationResult r = site.validate(List.of(), x -> x);
        FixPlan plan = new FixEngine()
                .plan(
                        r.site(),
                        List.of(
                                finding("AAA", "a.md", 4, 1, "").withFix(replacing(17, 20, "X", "AAA")),
                                finding("BBB", "a.md", 4, 3, "").withFix(replacing(19, 21, "Y", "BBB")),
                                finding("CCC", "a.md", 4, 5, "").withFix(replacing(21, 21, "Z", "CCC"))));
        FileFix f = file(plan, "a.md");
        assertThat(new String(f.after(), StandardCharsets.UTF_8)).isEqualTo("---\ntitle: A\n---\nXdZef\n");
        assertThat(f.skipped()).singleElement().satisfies(s -> {
            assertThat(s.finding().ruleId()).isEqualTo("BBB");
            assertThat(s.reason()).contains("same text");
        });
    }

    @Test
    void anEditOverTextOtherThanItExpectsIsRefused() throws Exception {
        SiteFixture site = SiteFixture.in(dir).page("a.md", "title: A", "abcdef\n");
        ValidationResult r = site.validate(List.of(), x -> x);
        FixRecipe stale = text -> new Fix("stale", new TextEdit(17, 20, "xyz", "X"));
        FixRecipe past = text -> new Fix("past the end", new TextEdit(17, 200, "a".repeat(183), ""));
        FileFix f = file(
                new FixEngine()
                        .plan(
                                r.site(),
                                List.of(
                                        finding("AAA", "a.md", 4, 1, "").withFix(stale),
                                        finding("BBB", "a.md", 4, 1, "").withFix(past))),
                "a.md");
        assertThat(f.changed()).isFalse();
        assertThat(f.applied()).isEmpty();
        assertThat(f.skipped())
                .hasSize(2)
                .allSatisfy(s -> assertThat(s.reason()).contains("not what it expected"));
    }

    @Test
    void findingsWithoutARepairAreNotFixable() throws Exception {
        SiteFixture site = SiteFixture.in(dir).page("a.md", "title: A", "abc\n");
        ValidationResult r = site.validate(List.of(), x -> x);
        FixPlan plan = new FixEngine().plan(r.site(), List.of(finding("AAA", "a.md", 4, 1, "")));
        assertThat(plan.files()).isEmpty();
        assertThat(plan.notFixable()).extracting(Finding::ruleId).containsExactly("AAA");
    }

    @Test
    void aThrowingFixerNeverTouchesTheFile() throws Exception {
        SiteFixture site = SiteFixture.in(dir).page("a.md", "title: A", "abc\n");
        ValidationResult r = site.validate(List.of(), x -> x);
        FixRecipe broken = text -> {
            throw new IllegalStateException("boom");
        };
        FileFix f = file(
                new FixEngine()
                        .plan(r.site(), List.of(finding("AAA", "a.md", 4, 1, "").withFix(broken))),
                "a.md");
        assertThat(f.changed()).isFalse();
        assertThat(f.skipped().get(0).reason()).contains("internal error");
    }

    @Test
    void diffIsUnifiedWithContext() throws Exception {
        SiteFixture site = SiteFixture.in(dir).page("d/a.md", "title: A\nnav_order: \"4\"", "1\n2\n3\n4\n5\n");
        FixPlan plan = new FixEngine().plan(ValidationRequest.of(site.root()));
        assertThat(file(plan, "d/a.md").diff())
                .containsExactly(
                        "--- a/d/a.md",
                        "+++ b/d/a.md",
                        "@@ -1,6 +1,6 @@",
                        " ---",
                        " title: A",
                        "-nav_order: \"4\"",
                        "+nav_order: 4",
                        " ---",
                        " 1",
                        " 2");
    }

    private static FixRecipe replacing(int start, int end, String replacement, String description) {
        return text -> new Fix(description, TextEdit.replace(text, start, end, replacement));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
