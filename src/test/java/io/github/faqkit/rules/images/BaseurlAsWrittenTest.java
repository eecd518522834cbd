package io.github.faqkit.rules.images;

import static io.github.faqkit.testing.SiteFixture.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {{ site.baseurl }} prints the configured text as written (liquid-golden baseurl-kb-*), while relative_url
 * and the served path chomp one trailing slash and add the leading one.
 */
class BaseurlAsWrittenTest {
    @TempDir
    Path dir;

    private static final String LINKS = String.join(
            "\n\n",
            "[joined]({{ site.baseurl }}/x.pdf)",
            "![joined]({{ site.baseurl }}/pics/a.png)",
            "[relative]({{ '/x.pdf' | relative_url }})",
            "![relative]({{ '/pics/a.png' | relative_url }})");

    private SiteFixture site(String baseurl) {
        return SiteFixture.in(dir)
                .file("_config.yml", "title: T\nbaseurl: \"" + baseurl + "\"\n")
                .file("x.pdf", "%PDF")
                .bytes("pics/a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .page("docs/b.md", "title: B", "# B\n")
                .page("index.md", "title: Home", LINKS + "\n");
    }

    private static ValidationResult run(SiteFixture s) {
        return s.validate(ImageRules.all(), r -> r);
    }

    private static java.util.List<String> targets(ValidationResult r) {
        return r.site().pageByPath("index.md").references().stream()
                .map(io.github.faqkit.core.refs.Reference::target)
                .filter(t -> t.contains("x.pdf") || t.contains("a.png"))
                .toList();
    }

    @Test
    void aTrailingSlashIsPrintedAndTheDoubleSlashPathStaysSilent() {
        ValidationResult r = run(site("/kb/"));
        assertThat(targets(r)).containsExactly("/kb//x.pdf", "/kb//pics/a.png", "/kb/x.pdf", "/kb/pics/a.png");
        // '/kb//x.pdf' has an empty segment; jekyll serve (measured) and nginx (merge_slashes) serve
        // /kb/x.pdf for it: not certainly broken, so no finding
        assertThat(of(r, "LNK001")).isEmpty();
        assertThat(of(r, "IMG001")).isEmpty();
    }

    @Test
    void aBaseurlWithoutLeadingSlashMakesTheJoinedPathRelative() {
        // 'kb/x.pdf' from the page /kb/ is /kb/kb/x.pdf: a 404 on every host
        ValidationResult r = run(site("kb"));
        assertThat(targets(r)).containsExactly("kb/x.pdf", "kb/pics/a.png", "/kb/x.pdf", "/kb/pics/a.png");
        assertThat(of(r, "LNK001")).extracting(Finding::line).containsExactly(4);
        assertThat(of(r, "IMG001")).extracting(Finding::line).containsExactly(6);
        Finding pdf = of(r, "LNK001").get(0);
        assertThat(pdf.message())
                .contains("'kb/x.pdf' is a relative path", "baseurl: \"kb\" in _config.yml has no leading '/'")
                .contains("requests /kb/kb/x.pdf");
        assertThat(pdf.hint()).startsWith("set baseurl: \"/kb\" in _config.yml");
        // 'kb/' writes 'kb//x.pdf': the same relative path
        ValidationResult slash = run(site("kb/"));
        assertThat(of(slash, "LNK001"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("'kb//x.pdf' is a relative path"));
        assertThat(of(slash, "IMG001")).hasSize(1);
    }

    @Test
    void theUsualBaseurlsStaySilent() {
        for (String b : new String[] {"/kb", ""}) {
            ValidationResult r = run(site(b));
            assertThat(of(r, "LNK001")).as(b).isEmpty();
            assertThat(of(r, "IMG001")).as(b).isEmpty();
        }
    }
}
