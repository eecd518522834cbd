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
 * As on a real site (MITLibraries/timdex, docs/): the Pages workflow runs
 * {@code spectaql … -t ./docs/reference} and then actions/jekyll-build-pages on docs/, so the published site has
 * /timdex/reference/ though the repository holds only the generator's settings there. Links and images under a path
 * a build step writes into the site before Jekyll runs are unknown here, not missing.
 */
class WorkflowOutputLinksTest {
    @TempDir
    Path repo;

    private static final String BODY = String.join(
            "\n\n",
            "[Record](../reference/#definition-Record)",
            "[API](https://mitlibraries.github.io/timdex/reference)",
            "![Schema](../reference/schema.png)",
            "[Javadoc](../javadoc/index.html)",
            "[Typo](../references/)",
            "[Gone](returning_fields_in_graphql)");

    private ValidationResult site(String workflow) {
        SiteFixture.in(repo)
                .file(".git/HEAD", "ref: refs/heads/main\n")
                .file(".git/config", "[remote \"origin\"]\n\turl = https://github.com/MITLibraries/timdex.git\n")
                .file(".github/workflows/pages.yml", workflow);
        return SiteFixture.in(repo.resolve("docs"))
                .file("_config.yml", "title: TIMDEX\nbaseurl: /timdex\n")
                .file("reference/_spectaql_config.yml", "spectaql: {}\n")
                .page("guides/index.md", "title: Guides", "# Guides\n\n" + BODY + "\n")
                .validate(ImageRules.all(), r -> r);
    }

    private static String steps(String before, String after) {
        return "jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
                + "      - uses: actions/checkout@v4\n"
                + before
                + "      - name: Build with Jekyll\n"
                + "        uses: actions/jekyll-build-pages@v1\n"
                + "        with:\n          source: ./docs\n          destination: ./_site\n"
                + after
                + "      - uses: actions/upload-pages-artifact@v3\n";
    }

    @Test
    void pathsABuildStepWritesIntoTheSiteAreUnknownNotMissing() {
        ValidationResult r = site(steps(
                "      - name: Build reference docs\n        run: |\n"
                        + "          npm install -g spectaql@v3\n"
                        + "          spectaql --introspection-url https://timdex.mit.edu/graphql -e -t ./docs/reference"
                        + " docs/reference/_spectaql_config.yml\n"
                        + "      - run: cp -r target/site/apidocs docs/javadoc\n",
                ""));
        assertThat(of(r, "IMG001")).isEmpty();
        assertThat(of(r, "LNK001"))
                .extracting(Finding::message)
                .satisfiesExactly(
                        m -> assertThat(m).contains("/timdex/references/"),
                        m -> assertThat(m).contains("/timdex/guides/returning_fields_in_graphql"));
    }

    /**
     * Near-misses: the same steps after Jekyll has built the site, in a workflow that builds no site, or writing
     * outside the site's folder or the whole folder: the paths stay missing.
     */
    @Test
    void stepsJekyllDoesNotSeeLeaveThePathsMissing() {
        String generate = "      - run: spectaql -e -t ./docs/reference docs/reference/_spectaql_config.yml\n";
        for (String workflow : new String[] {
            steps("", generate),
            "jobs:\n  check:\n    steps:\n" + generate,
            steps("      - run: spectaql -e -t ./build/reference x.yml\n", ""),
            steps("      - run: spectaql -e -t ./docs x.yml\n", ""),
            steps("      # - run: spectaql -e -t ./docs/reference x.yml\n", "")
        }) {
            ValidationResult r = site(workflow);
            assertThat(of(r, "IMG001")).as(workflow).hasSize(1);
            assertThat(of(r, "LNK001")).as(workflow).hasSize(5);
        }
    }
}
