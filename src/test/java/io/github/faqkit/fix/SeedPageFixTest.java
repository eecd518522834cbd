package io.github.faqkit.fix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real seed page: the fix gives exactly {@code fix-golden/ai.fixed.md}, and the real kramdown (golden
 * output rendered once, see fix-golden/README.md) shows that the fixed page renders as intended.
 */
class SeedPageFixTest {
    @TempDir
    Path dir;

    /** A file of fix-golden/, or "/seed/ai.md", the one copy of the seed page the tests share. */
    private static byte[] resource(String name) throws Exception {
        try (InputStream in =
                SeedPageFixTest.class.getResourceAsStream(name.startsWith("/") ? name : "/fix-golden/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void seedPageIsFixedExactlyAndOnce() throws Exception {
        SiteFixture site = SiteFixture.in(dir)
                .bytes("docs/gpt/ai.md", resource("/seed/ai.md"))
                .page("docs/gpt/index.md", "title: GPT\nhas_children: true", "# GPT\n");
        ValidationResult r = site.validate();
        assertThat(SiteFixture.of(r, "IAL001")).extracting(Finding::line).containsExactly(11, 15);
        FixPlan plan = new FixEngine().plan(r.site(), r.findings());
        FileFix f = FixTesting.file(plan, "docs/gpt/ai.md");
        assertThat(new String(f.after(), StandardCharsets.UTF_8))
                .isEqualTo(new String(resource("ai.fixed.md"), StandardCharsets.UTF_8));
        assertThat(f.applied()).hasSize(2);
        plan.apply();

        ValidationResult again = site.validate();
        assertThat(SiteFixture.of(again, "IAL001")).isEmpty();
        FixPlan idle = new FixEngine().plan(again.site(), again.findings());
        assertThat(idle.changedFiles()).isEmpty();
    }

    @Test
    void realKramdownKeepsTheTitleOutOfTheFixedToc() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode before = json.readTree(resource("ai-body.json"));
        JsonNode after = json.readTree(resource("ai-fixed-body.json"));
        assertThat(texts(before.path("toc").path("entries"))).contains("关于 AI 的小白 FAQ");
        assertThat(before.path("toc").path("classes").toString()).contains("text-delta");

        assertThat(texts(after.path("toc").path("entries")))
                .doesNotContain("关于 AI 的小白 FAQ", "目录")
                .contains("AI 训练为什么需要大显存");
        assertThat(after.path("toc").path("classes")).isEmpty();
        JsonNode title = after.path("headings").get(0);
        assertThat(title.path("text").asText()).isEqualTo("关于 AI 的小白 FAQ");
        assertThat(title.path("classes").toString()).contains("no_toc");
        assertThat(after.path("headings").get(1).path("classes").toString()).contains("no_toc", "text-delta");
        // The golden HTML is the body of ai.fixed.md: same as the fixed file without its 7 front matter lines.
        String fixed = new String(resource("ai.fixed.md"), StandardCharsets.UTF_8);
        assertThat(new String(resource("ai-fixed-body.html"), StandardCharsets.UTF_8))
                .contains("<h1 class=\"no_toc\" id=\"关于-ai-的小白-faq\">");
        assertThat(fixed).contains("# 关于 AI 的小白 FAQ\n{: .no_toc}\n\n## 目录\n{: .no_toc .text-delta }\n");
    }

    private static List<String> texts(JsonNode entries) {
        List<String> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.path("text").asText()));
        return out;
    }
}
