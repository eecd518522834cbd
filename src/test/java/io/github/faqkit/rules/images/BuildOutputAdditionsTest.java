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
 * As on a real site (OE5XRX/RemoteStation, docs/): the workflow runs {@code cd docs && bundle exec jekyll build},
 * then {@code actions/download-artifact} with {@code path: docs/_site/pcb} unpacks the KiCad exports (3D renders,
 * schematics as PDF, BOMs) of an earlier job into Jekyll's output, and deploys docs/_site. The published site has
 * /pcb/bus/bus-3D_top.png though the repository holds only the boards: links and images under a path a step puts
 * into the build's output are unknown here, not missing.
 */
class BuildOutputAdditionsTest {
    @TempDir
    Path repo;

    private static final String BODY = String.join(
            "\n\n",
            "<img src=\"bus/bus-3D_top.png?dummy=1\" alt=\"top\" />",
            "[Schaltplan](bus/bus-schematic.pdf)",
            "[Coverage](../coverage/index.html)",
            "[Typo](../pcbs/bus.pdf)",
            "![Gone](../img/gone.png)");

    private ValidationResult site(String workflow) {
        SiteFixture.in(repo)
                .file(".git/HEAD", "ref: refs/heads/main\n")
                .file(".git/config", "[remote \"origin\"]\n\turl = https://github.com/OE5XRX/RemoteStation.git\n")
                .file(".github/workflows/create-docs.yaml", workflow);
        return SiteFixture.in(repo.resolve("docs"))
                .file("_config.yml", "title: OE5XRX\nbaseurl: /RemoteStation\n")
                .page("pcb/bus.md", "title: Bus PCB", "# Bus PCB\n\n" + BODY + "\n")
                .validate(ImageRules.all(), r -> r);
    }

    private static String steps(String after) {
        return steps("", after);
    }

    private static String steps(String before, String after) {
        return "jobs:\n  collect-and-provide:\n    runs-on: ubuntu-24.04\n    steps:\n"
                + "      - name: Checkout Repository\n        uses: actions/checkout@v4\n"
                + before
                + "      - name: Build with Jekyll\n"
                + "        run:  cd docs && bundle exec jekyll build --baseurl /RemoteStation\n"
                + after
                + "      - name: Deploy\n        uses: JamesIves/github-pages-deploy-action@3.7.1\n"
                + "        with:\n          BRANCH: gh-pages\n          FOLDER: docs/_site\n";
    }

    @Test
    void pathsAStepPutsIntoTheBuildsOutputAreUnknownNotMissing() {
        ValidationResult r = site(steps("      - uses: actions/download-artifact@v4\n"
                + "        with:\n          path: docs/_site/pcb\n"
                + "      - run: cp -r target/coverage \"docs/_site/coverage\"\n"));
        assertThat(of(r, "IMG001"))
                .extracting(Finding::message)
                .singleElement()
                .satisfies(m -> assertThat(m).contains("/RemoteStation/img/gone.png"));
        assertThat(of(r, "LNK001"))
                .extracting(Finding::message)
                .singleElement()
                .satisfies(m -> assertThat(m).contains("/RemoteStation/pcbs/bus.pdf"));
    }

    /**
     * Near-misses: the artifacts unpacked before Jekyll runs (it empties its output first), outside the output, into
     * the whole output, or only uploaded; a step writing to another folder's _site: the paths stay missing.
     */
    @Test
    void stepsThatAddNothingToThePublishedOutputLeaveThePathsMissing() {
        String download = "      - uses: actions/download-artifact@v4\n        with:\n          path: docs/_site/pcb\n";
        for (String workflow : new String[] {
            steps(download.replace("      - uses", "      - name: early\n        uses"), ""),
            steps("      - uses: actions/download-artifact@v4\n        with:\n          path: artifacts/pcb\n"),
            steps("      - uses: actions/download-artifact@v4\n        with:\n          path: docs/_site\n"),
            steps("      - uses: actions/upload-artifact@v4\n        with:\n          path: docs/_site/pcb\n"),
            steps("      - run: cp -r target/coverage other/_site/coverage\n"),
            steps("      # - run: cp -r target/coverage docs/_site/coverage\n")
        }) {
            ValidationResult r = site(workflow);
            assertThat(of(r, "IMG001")).as(workflow).hasSize(2);
            assertThat(of(r, "LNK001")).as(workflow).hasSize(3);
        }
    }
}
