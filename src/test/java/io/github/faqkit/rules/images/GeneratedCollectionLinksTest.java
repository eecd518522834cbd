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
 * As on a real site (Netbeheer-Nederland/stelsel, docs/): _config.yml declares the output collection
 * {@code registers} (named in the navigation), but docs/ has no {@code _registers}: {@code invoke build} generates it
 * from the repository's LinkML models, with each model's diagram beside it, into a staging copy that Jekyll builds.
 * Links and images under the collection's URL folder are unknown here, not missing.
 */
class GeneratedCollectionLinksTest {
    @TempDir
    Path site;

    private static final String BODY = String.join(
            "\n\n",
            "[Register]({{ site.baseurl }}/registers/transporteenhedenregister)",
            "![Diagram](/stelsel/registers/aansluitingenregister/1.3/aansluitingenregister.drawio.svg)",
            "[Typo](/stelsel/register/x/)",
            "[Gone](legenda-oud.md)");

    private ValidationResult run(String collections, boolean folder) {
        SiteFixture s = SiteFixture.in(site)
                .file("_config.yml", "title: Stelsel\nbaseurl: /stelsel\ncollections:\n" + collections)
                .page("index.md", "title: Home", "# Stelsel\n\n" + BODY + "\n");
        if (folder) {
            s.page("_registers/aansluitingenregister/index.md", "title: Aansluitingenregister", "# A\n");
        }
        return s.validate(ImageRules.all(), r -> r);
    }

    @Test
    void aDeclaredOutputCollectionWithoutItsFolderIsWrittenByTheBuild() {
        ValidationResult r = run("  registers:\n    output: true\n", false);
        assertThat(of(r, "IMG001")).isEmpty();
        assertThat(of(r, "LNK001"))
                .extracting(Finding::message)
                .satisfiesExactly(
                        m -> assertThat(m).contains("/stelsel/register/x/"),
                        m -> assertThat(m).contains("legenda-oud.md"));
        ValidationResult literal = run("  registers:\n    output: true\n    permalink: /registers/:path/\n", false);
        assertThat(of(literal, "IMG001")).isEmpty();
        assertThat(of(literal, "LNK001")).hasSize(2);
    }

    /**
     * Near-misses: the collection's folder is in the source (its documents are checked), the collection is not
     * written, or its permalink starts with a placeholder: the links stay reported.
     */
    @Test
    void collectionsInTheSourceOrNotWrittenLeaveTheLinksChecked() {
        for (ValidationResult r : new ValidationResult[] {
            run("  registers:\n    output: true\n", true),
            run("  registers:\n    output: false\n", false),
            run("  registers:\n    output: true\n    permalink: /:path/\n", false)
        }) {
            assertThat(of(r, "IMG001")).hasSize(1);
            assertThat(of(r, "LNK001")).hasSize(3);
        }
    }
}
