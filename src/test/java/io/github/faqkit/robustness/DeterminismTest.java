package io.github.faqkit.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives byte-identical report.json whatever the thread count or the order of files on disk. */
class DeterminismTest {

    @TempDir
    Path scratch;

    /** Pages with findings of several rules on top of the clean sample site, so order matters. */
    private static Map<String, String> brokenPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            pages.put(
                    "docs/extra/p" + i + ".md",
                    "---\ntitle: Same\nparent: " + (i % 3 == 0 ? "Nowhere" : "GPT") + "\nnav_order: " + (i % 4)
                            + "\ntitle: Same\nnav-order: 2\n---\n# Page " + i + "\n");
        }
        pages.put("docs/extra/no-fm.md", "# no front matter\n");
        pages.put("docs/extra/bad-yaml.md", "---\ntitle: [unclosed\n---\n");
        pages.put("docs/extra/quoted.md", "---\ntitle: Quoted\nnav_order: \"10\"\nparent: GPT\n---\n");
        return pages;
    }

    private static void build(Path root, boolean reverse) throws IOException {
        SiteCopies.copySample(root, reverse);
        List<Map.Entry<String, String>> pages = new ArrayList<>(brokenPages().entrySet());
        if (reverse) {
            Collections.reverse(pages);
        }
        for (Map.Entry<String, String> p : pages) {
            Path file = root.resolve(p.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, p.getValue(), StandardCharsets.UTF_8);
        }
    }

    private byte[] report(Path root, int parallelism) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            ValidationResult r = pool.submit(() -> new Validator().validate(ValidationRequest.of(root)))
                    .get();
            assertThat(r.findings()).hasSizeGreaterThan(50);
            return SiteCopies.reportJson(r, scratch);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sameReportWhateverTheThreadCount() throws Exception {
        Path root = scratch.resolve("site");
        build(root, false);
        byte[] one = report(root, 1);
        for (int threads : new int[] {2, 3, 8, 32}) {
            assertThat(report(root, threads)).as(threads + " threads").isEqualTo(one);
        }
    }

    @Test
    void sameReportWhateverTheFileOrderOnDisk() throws Exception {
        Path root = scratch.resolve("site");
        build(root, false);
        byte[] forward = report(root, 4);
        SiteCopies.deleteTree(root);
        build(root, true);
        byte[] reverse = report(root, 4);
        assertThat(new String(reverse, StandardCharsets.UTF_8)).isEqualTo(new String(forward, StandardCharsets.UTF_8));
        assertThat(reverse).isEqualTo(forward);
    }
}
