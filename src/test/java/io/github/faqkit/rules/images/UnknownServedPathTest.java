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
 * As on a real site (OE5XRX/RemoteStation, docs/): the workflow writes {@code BASEURL=${{
 * steps.pages.outputs.base_path }}/} (or a release's {@code /version/x.y/} under it) into {@code $GITHUB_ENV} and
 * builds with {@code jekyll build --baseurl ${{ env.BASEURL }}}: the path the site is served under is known only to
 * the run, and the writers link the site's own pages with it written out ({@code /RemoteStation/versionen.html}). Such
 * a link reaches the site's page when the site is served there: unknown here, not missing.
 */
class UnknownServedPathTest {
    @TempDir
    Path repo;

    private static final String BODY = String.join(
            "\n\n",
            "- [Mainline](/RemoteStation/)",
            "- [Versionen](/RemoteStation/versionen.html)",
            "- [Bus](/RemoteStation/pcb/bus.html)",
            "![Board](/RemoteStation/pcb/board.png)",
            "[v0.2](/RemoteStation/version/0.2/)",
            "[Own folder](/pcb/nope.html)",
            "![Own image](/pcb/gone.png)");

    private ValidationResult site(String build) {
        SiteFixture.in(repo)
                .file(".git/HEAD", "ref: refs/heads/main\n")
                .file(".git/config", "[remote \"origin\"]\n\turl = https://github.com/OE5XRX/RemoteStation.git\n")
                .file(
                        ".github/workflows/create-docs.yaml",
                        "jobs:\n  collect-and-provide:\n    runs-on: ubuntu-24.04\n    steps:\n"
                                + "      - uses: actions/checkout@v4\n"
                                + "      - name: Setup Pages\n        id: pages\n"
                                + "        uses: actions/configure-pages@v5\n"
                                + "      - name: Update BASEURL for main branches\n"
                                + "        run: |\n"
                                + "          echo BASEURL=${{ steps.pages.outputs.base_path }}/ >> $GITHUB_ENV\n"
                                + "      - name: Build with Jekyll\n"
                                + "        run:  cd docs && bundle exec jekyll build " + build + "\n"
                                + "      - name: Deploy\n        uses: JamesIves/github-pages-deploy-action@3.7.1\n"
                                + "        with:\n          BRANCH: gh-pages\n          FOLDER: docs/_site\n")
                .file("docs/Gemfile", "source 'https://rubygems.org'\ngem \"jekyll\", \"~> 4.3\"\n");
        return SiteFixture.in(repo.resolve("docs"))
                .file("_config.yml", "title: OE5XRX\n")
                .file("pcb/board.png", "png")
                .file("pcb/unused.png", "png")
                .page("index.md", "title: Home", "# Home\n")
                .page("pcb/bus.md", "title: Bus PCB", "# Bus\n")
                .page("versionen.md", "title: Versionen", "# Versionen\n\n" + BODY + "\n")
                .validate(ImageRules.all(), r -> r);
    }

    @Test
    void ownPagesBehindAServedPathOnlyTheRunKnowsAreUnknownNotMissing() {
        ValidationResult r = site("--baseurl ${{ env.BASEURL }}");
        assertThat(of(r, "IMG001"))
                .extracting(Finding::message)
                .singleElement()
                .satisfies(m -> assertThat(m).contains("/pcb/gone.png"));
        assertThat(of(r, "LNK001"))
                .extracting(Finding::message)
                .satisfiesExactly(
                        m -> assertThat(m).contains("/RemoteStation/version/0.2/"),
                        m -> assertThat(m).contains("/pcb/nope.html"));
    }

    /**
     * comakeai/user_guide: the screenshots are shown only through the served path written out
     * ({@code /user_guide/assets/org/approve1.png}); they are used, not unreferenced. One no page names still is.
     */
    @Test
    void imagesShownBehindTheUnknownServedPathAreUsed() {
        ValidationResult r = site("--baseurl ${{ env.BASEURL }}");
        assertThat(of(r, "IMG006"))
                .extracting(Finding::message)
                .singleElement()
                .satisfies(m -> assertThat(m).contains("pcb/unused.png"));
    }

    /** Near-miss: the build names the path the site is served under, so the written-out folder is checked. */
    @Test
    void aKnownServedPathLeavesTheLinksChecked() {
        ValidationResult r = site("--baseurl ''");
        assertThat(of(r, "IMG001")).hasSize(2);
        assertThat(of(r, "LNK001")).hasSize(5);
    }
}
