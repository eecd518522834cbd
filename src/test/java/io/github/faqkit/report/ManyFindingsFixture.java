package io.github.faqkit.report;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A site with many findings of every shape the writers treat differently, for comparing their bytes with
 * the golden reports: the validator's own findings (orphans, ambiguous parents, unknown keys, missing
 * images, detached attribute lines, headings without a space) on pages in several folders, plus findings
 * with text that needs escaping (markup characters, control characters, lone and paired surrogates, CJK),
 * on files that are not pages, outside the site, beyond the last line, on the whole site, and of a rule
 * outside the catalog; a finding that absorbs another; pages with CRLF and lone CR line ends, a byte order mark and an invalid byte.
 */
final class ManyFindingsFixture {
    private ManyFindingsFixture() {}

    static ValidationResult result(Path dir) {
        SiteFixture site = SiteFixture.in(dir)
                .file("_config.yml", "title: Many\ntheme: just-the-docs\nunknown_option: 1\n")
                .page("index.md", "title: Home\nnav_order: 1\nhas_children: true", "# Home\n")
                .page("docs/setup/index.md", "title: Setup\nparent: Home", "# Setup\n")
                .page("docs/web/index.md", "title: Setup\nparent: Home\nnav_order: 2", "# Web setup\n")
                .bytes("pics/shot.png", new byte[] {1})
                .bytes("pics/orphan one.png", new byte[] {1})
                .bytes("pics/孤儿#1+%.png", new byte[] {1});
        for (int i = 0; i < 24; i++) {
            String folder = i % 3 == 0 ? "docs/a" : i % 3 == 1 ? "docs/b/deep" : "docs/中文 dir";
            String fm = "title: Page " + i + " <&>\nparent: " + (i % 4 == 0 ? "Hom" : i % 4 == 1 ? "Setup" : "Home")
                    + (i % 5 == 0 ? "\nnav_ordr: 2" : "") + "\nnav_order: " + (i + 1);
            StringBuilder body = new StringBuilder("# Page ").append(i).append("\n\n{: .no_toc }\n\n");
            body.append("Some text with <b>markup</b> & \"quotes\" and 'apostrophes'\t(tab).\n\n");
            body.append("##NoSpace ").append(i).append("\n\n");
            body.append("![shot](../../pics/missing-").append(i).append(".png)\n\n");
            body.append("模型参数训练数据显存推理微调提示词 😀 emoji line.\n");
            site.page(folder + "/p" + i + ".md", fm, body.toString());
        }
        // a broken TOC marker whose attribute line IAL001 also sees: one finding absorbing the other
        site.page("docs/toc.md", "title: TOC\nparent: Home", "# T\n{: .no_toc }\n\n{:toc}\n\n## One\n\ntext\n");
        site.bytes(
                "docs/crlf.md",
                "---\r\ntitle: CRLF\r\nparent: Nowhere\r\n---\r\n\r\n##Bad\r\nline\rlone cr\r\nend"
                        .getBytes(StandardCharsets.UTF_8));
        site.bytes(
                "docs/bom.md",
                ("\uFEFF---\ntitle: BOM\nparnt: Home\n---\n\n##Bom heading\n").getBytes(StandardCharsets.UTF_8));
        byte[] invalid = "---\ntitle: Latin\n---\n\nCaf\u00e9 line\n##X\n".getBytes(StandardCharsets.UTF_8);
        invalid[invalid.length - 10] = (byte) 0xE9; // an invalid UTF-8 byte on the line of the finding
        site.bytes("docs/latin.md", invalid);
        ValidationResult parsed = site.validate();
        List<Finding> findings = new ArrayList<>(parsed.findings());
        findings.add(Finding.of(
                "NAV001",
                "parent-not-found",
                Severity.ERROR,
                "docs/a/p0.md",
                2,
                9,
                "markup <b>&amp;</b> \"q\" 'a' \n newline \r cr \t tab \u0001 ctl \uFFFE \uFFFF nonchars",
                "lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00, 中文"));
        findings.add(Finding.of(
                "XYZ999", "not-in-catalog", Severity.WARNING, "_config.yml", 3, 1, "a rule outside the catalog", null));
        findings.add(Finding.of("XYZ999", "not-in-catalog", Severity.INFO, "", 0, 0, "about the whole site", "h"));
        findings.add(Finding.of("FM007", "unknown-key", Severity.WARNING, "../outside.md", 1, 1, "outside", ""));
        findings.add(Finding.of("FM007", "unknown-key", Severity.ERROR, "docs/a/p3.md", 999, 4, "beyond the end", ""));
        findings.add(Finding.of("IMG006", "image-orphan", Severity.INFO, "pics/x y#z%+é.png", 0, 0, "odd name", ""));
        findings.add(Finding.of("FM007", "unknown-key", Severity.INFO, "docs/crlf.md", 7, 0, "column 0", ""));
        findings.sort(null);
        return new ValidationResult(
                parsed.site(),
                findings,
                parsed.notices(),
                98765,
                parsed.pageCount(),
                parsed.imageCount(),
                parsed.contentDirectory());
    }
}
