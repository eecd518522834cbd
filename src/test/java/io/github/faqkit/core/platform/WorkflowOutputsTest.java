package io.github.faqkit.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How a build workflow's commands name the paths they write before Jekyll runs. */
class WorkflowOutputsTest {
    private static final String BUILD =
            "      - uses: actions/jekyll-build-pages@v1\n        with:\n          source: ./docs\n";

    @Test
    void outputOptionsCopiesUnpacksAndRedirectsBeforeTheBuildAreWritten() {
        String workflow = "jobs:\n  build:\n    steps:\n"
                + "      - uses: actions/checkout@v4\n"
                + "      - name: Build reference docs\n"
                + "        run: |\n"
                + "          spectaql --introspection-url https://x.org/graphql -e -t ./docs/reference docs/ref.yml\n"
                + "          typedoc --out=docs/api src/index.ts\n"
                + "          cp -r target/site/apidocs docs/javadoc\n"
                + "          cp CHANGELOG.md README.md docs/\n"
                + "          unzip -q manual.zip -d \"docs/manual\"\n"
                + "          node schema.js > docs/schema.json 2>&1\n"
                + "      - run: curl -sSL -o ${{ github.workspace }}/docs/data.csv https://x.org/data.csv\n"
                + BUILD
                + "      - run: cp -r extra docs/after\n";
        assertThat(WorkflowOutputs.writtenBeforeBuild(workflow))
                .containsExactly(
                        "./docs/reference",
                        "docs/api",
                        "docs/javadoc",
                        "docs/CHANGELOG.md",
                        "docs/README.md",
                        "docs/manual",
                        "docs/schema.json",
                        "${{ github.workspace }}/docs/data.csv");
    }

    @Test
    void aWorkflowThatBuildsNoSiteWritesNothingTheBuildReads() {
        assertThat(WorkflowOutputs.writtenBeforeBuild("steps:\n  - run: typedoc --out docs/api src/index.ts\n"))
                .isEmpty();
        assertThat(WorkflowOutputs.writtenBeforeBuild(
                        "steps:\n  # - run: typedoc --out docs/api\n  - run: bundle exec jekyll build\n"))
                .isEmpty();
    }

    @Test
    void onlyPathsStrictlyInsideTheSiteFolderAndKnownBeforeTheRunCount() {
        Path root = Path.of("/repo");
        assertThat(WorkflowOutputs.inSite("./docs/reference", "docs", root)).isEqualTo("reference");
        assertThat(WorkflowOutputs.inSite("${{ github.workspace }}/docs/data.csv", "docs", root))
                .isEqualTo("data.csv");
        assertThat(WorkflowOutputs.inSite("docs/api/", "docs", root)).isEqualTo("api");
        assertThat(WorkflowOutputs.inSite("docs", "docs", root)).isNull(); // the whole site: nothing would be checked
        assertThat(WorkflowOutputs.inSite("build/reference", "docs", root)).isNull();
        assertThat(WorkflowOutputs.inSite("docs/_site/api", "docs", root)).isNull(); // Jekyll's output, not its source
        assertThat(WorkflowOutputs.inSite("docs/$VERSION/api", "docs", root)).isNull();
        assertThat(WorkflowOutputs.inSite("docs/api-*", "docs", root)).isNull();
        assertThat(WorkflowOutputs.inSite("/tmp/api", "docs", root)).isNull();
        assertThat(WorkflowOutputs.inSite("../other/docs/api", "docs", root)).isNull();
        assertThat(WorkflowOutputs.inSite("api", "", root)).isEqualTo("api");
    }

    @Test
    void aWrittenFolderCoversWhatIsInIt() {
        WorkflowOutputs outputs = new WorkflowOutputs(java.util.List.of("reference", "schema.json"));
        assertThat(outputs.covers("reference")).isTrue();
        assertThat(outputs.covers("reference/")).isTrue();
        assertThat(outputs.covers("/reference/index.html")).isTrue();
        assertThat(outputs.covers("schema.json")).isTrue();
        assertThat(outputs.covers("references/")).isFalse();
        assertThat(outputs.covers("schema.json.bak")).isFalse();
        assertThat(WorkflowOutputs.NONE.covers("reference/")).isFalse();
    }

    @Test
    void downloadedArtifactsAndCopiesAfterTheBuildAreWrittenIntoItsOutput() {
        String workflow = "jobs:\n  build:\n    steps:\n"
                + "      - uses: actions/upload-artifact@v4\n        with:\n          path: output\n"
                + "      - run: cd docs && bundle exec jekyll build\n"
                + "      - uses: actions/download-artifact@v4\n        with:\n          path: docs/_site/pcb # KiBot\n"
                + "      - name: Reports\n        uses: actions/download-artifact@v4\n"
                + "        with:\n          name: coverage\n          path: 'docs/_site/coverage'\n"
                + "      - uses: actions/download-artifact@v4\n"
                + "      - run: cp -r build/api docs/_site/api\n";
        assertThat(WorkflowOutputs.writtenAfterBuild(workflow))
                .containsExactly("docs/_site/api", "docs/_site/pcb", "docs/_site/coverage");
        assertThat(WorkflowOutputs.writtenAfterBuild(
                        "steps:\n  - uses: actions/download-artifact@v4\n" + "    with:\n      path: docs/_site/pcb\n"))
                .isEmpty(); // no Jekyll build in the workflow
    }

    @Test
    void onlyPathsStrictlyInsideJekyllsOutputArePublished() {
        Path root = Path.of("/repo");
        assertThat(WorkflowOutputs.inOutput("docs/_site/pcb", "docs", root)).isEqualTo("pcb");
        assertThat(WorkflowOutputs.inOutput("./docs/_site/pcb/", "docs", root)).isEqualTo("pcb");
        assertThat(WorkflowOutputs.inOutput("${{ github.workspace }}/docs/_site/api", "docs", root))
                .isEqualTo("api");
        assertThat(WorkflowOutputs.inOutput("_site/api", "", root)).isEqualTo("api");
        assertThat(WorkflowOutputs.inOutput("docs/_site", "docs", root)).isNull(); // the whole output
        assertThat(WorkflowOutputs.inOutput("docs/pcb", "docs", root)).isNull(); // the source, after the build
        assertThat(WorkflowOutputs.inOutput("docs/_site/pcb", "", root)).isNull(); // another folder's output
        assertThat(WorkflowOutputs.inOutput("_site/api", "docs", root)).isNull();
        assertThat(WorkflowOutputs.inOutput("docs/_site/$V/api", "docs", root)).isNull();
        assertThat(WorkflowOutputs.inOutput("../docs/_site/api", "docs", root)).isNull();
    }
}
