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
 * A URL with two slashes in front is a network-path reference: the browser takes the first segment as a host.
 * {@code baseurl: "/"} makes {@code {{ site.baseurl }}/x.pdf} exactly that ({@code //x.pdf}; liquid-golden
 * baseurl-slash, as SageofPHY6Paths/hinduismdebunked.com has it), while {@code relative_url} still gives
 * {@code /x.pdf}.
 */
class NetworkPathTest {
    @TempDir
    Path dir;

    private static final String LINKS = String.join(
            "\n\n",
            "[joined]({{ site.baseurl }}/x.pdf)",
            "[folder]({{ site.baseurl }}/docs/b.html)",
            "![joined]({{ site.baseurl }}/pics/a.png)",
            "[relative]({{ '/x.pdf' | relative_url }})",
            "![relative]({{ '/pics/a.png' | relative_url }})",
            "[plain](/x.pdf)",
            "[cdn](//cdn.example.com/lib.js)",
            "![cdn](//img.example.com/a.png)");

    private SiteFixture site(String config) {
        return SiteFixture.in(dir)
                .file("_config.yml", "title: T\n" + config)
                .file("x.pdf", "%PDF")
                .bytes("pics/a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .page("docs/b.md", "title: B", "# B\n")
                .page("index.md", "title: Home", LINKS + "\n");
    }

    private static ValidationResult run(SiteFixture s) {
        return s.validate(ImageRules.all(), r -> r);
    }

    @Test
    void aSlashBaseurlJoinedWithAPathGoesToAnotherHost() {
        ValidationResult r = run(site("baseurl: \"/\"\n"));
        assertThat(of(r, "LNK001"))
                .extracting(Finding::line)
                .containsExactly(4, 6); // the body starts on line 4, after the front matter
        Finding pdf = of(r, "LNK001").get(0);
        assertThat(pdf.message())
                .contains("'//x.pdf'", "another host, 'x.pdf' (https://x.pdf)", "this site's /x.pdf")
                .contains("baseurl: \"/\" in _config.yml, '{{ site.baseurl }}/x.pdf' writes two slashes");
        assertThat(pdf.hint())
                .isEqualTo("write '{{ \"/x.pdf\" | relative_url }}' (it gives /x.pdf), or set baseurl:"
                        + " \"\" in _config.yml");
        assertThat(of(r, "IMG001")).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(8);
            assertThat(f.message()).contains("'//pics/a.png'", "host, 'pics'", "broken image");
        });
    }

    @Test
    void anEmptyOrRealBaseurlAndRealHostsStaySilent() {
        // near misses: the same links under baseurl "" and "/kb" reach the files; //cdn.example.com is a host
        assertThat(of(run(site("baseurl: \"\"\n")), "LNK001")).isEmpty();
        assertThat(of(run(site("baseurl: \"\"\n")), "IMG001")).isEmpty();
        ValidationResult kb = run(site("baseurl: /kb\n"));
        assertThat(of(kb, "IMG001")).isEmpty();
        assertThat(of(kb, "LNK001"))
                .extracting(Finding::message)
                .allSatisfy(m -> assertThat(m).doesNotContain("two slashes"));
    }

    /**
     * On GitHub Pages jekyll-github-metadata replaces a baseurl of "/" with the path the site is served under
     * (github-metadata-golden baseurl-slash-production), the root for a custom domain: {{ site.baseurl }}/x.pdf is
     * /x.pdf there (SageofPHY6Paths/hinduismdebunked.com has a CNAME file and no build workflow).
     */
    @Test
    void onGitHubPagesTheMetadataPluginReplacesTheSlashBaseurl() {
        ValidationResult r = run(site("baseurl: \"/\"\n").file("CNAME", "docs.example.org\n"));
        assertThat(of(r, "LNK001")).isEmpty();
        assertThat(of(r, "IMG001")).isEmpty();
    }

    @Test
    void aNetworkPathTypedByTheWriterIsReportedWithoutTheBaseurlStory() {
        ValidationResult r = run(SiteFixture.in(dir)
                .file("_config.yml", "title: T\n")
                .bytes("pics/a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .page("index.md", "title: Home", "![typo](//pics/a.png)\n"));
        assertThat(of(r, "IMG001")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("host, 'pics'").doesNotContain("baseurl");
            assertThat(f.hint()).isEqualTo("write '{{ \"/pics/a.png\" | relative_url }}', or the path with one slash");
        });
    }
}
