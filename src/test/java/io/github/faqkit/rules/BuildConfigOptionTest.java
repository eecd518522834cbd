package io.github.faqkit.rules;

import static io.github.faqkit.testing.SiteFixture.where;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deploy workflow that runs {@code jekyll build --config _config.yml,latest.yml} builds the site with both files
 * merged (as augg-io/documentation does): root-relative links are judged under the baseurl of the later file, and
 * only the deploy build counts (scripts/config-golden/merge.sh measures the merge).
 */
class BuildConfigOptionTest {
    @TempDir
    Path dir;

    private static final String PUBLISH =
            "  - uses: peaceiris/actions-gh-pages@v4\n    with:\n      publish_dir: ./_site\n";

    private SiteFixture site(String workflow) {
        SiteFixture s = SiteFixture.in(dir)
                .file("_config.yml", "title: Docs\nbaseurl: /old\n")
                .file("latest.yml", "baseurl: /latest\n")
                .page("index.md", "title: Home", "# Home\n\n[other](/latest/other.html)\n")
                .page("other.md", "title: Other", "# Other\n");
        return workflow == null ? s : s.file(".github/workflows/deploy.yml", workflow);
    }

    private static boolean linkReported(ValidationResult r) {
        return where(r).stream().anyMatch(w -> w.startsWith("index.md:6:") && w.contains("LNK001"));
    }

    @Test
    void theDeployBuildsSecondConfigurationGivesTheBaseurlLinksAreJudgedUnder() {
        ValidationResult before = site(null).validate();
        assertThat(linkReported(before)).as(where(before).toString()).isTrue();
        for (String arg : new String[] {
            "--config _config.yml,latest.yml", "--config=_config.yml,latest.yml", "--config \"_config.yml,latest.yml\""
        }) {
            ValidationResult r = site("steps:\n  - run: bundle exec jekyll build " + arg + "\n" + PUBLISH)
                    .validate();
            assertThat(linkReported(r)).as(arg + " " + where(r)).isFalse();
            assertThat(r.notices())
                    .anyMatch(n -> n.contains("the site's settings are those of _config.yml, then latest.yml"));
        }
    }

    @Test
    void aServeOrACheckWithAnotherConfigurationIsNotTheDeployBuild() {
        ValidationResult serve = site("steps:\n  - run: bundle exec jekyll serve --config _config.yml,latest.yml\n"
                        + PUBLISH)
                .validate();
        assertThat(linkReported(serve)).as(where(serve).toString()).isTrue();
        ValidationResult check = site("jobs:\n  test:\n    steps:\n"
                        + "      - run: bundle exec jekyll build --config _config.yml,latest.yml\n")
                .validate();
        assertThat(linkReported(check)).as(where(check).toString()).isTrue();
    }

    @Test
    void aFileTheRepositoryDoesNotHoldOrAnExpressionFallsBackToConfigYmlAndSaysSo() {
        ValidationResult missing = site("steps:\n  - run: jekyll build --config _config.yml,gone.yml\n" + PUBLISH)
                .validate();
        assertThat(linkReported(missing)).isTrue();
        assertThat(missing.notices()).anyMatch(n -> n.contains("gone.yml is not in the repository"));
        ValidationResult expr = site("steps:\n  - run: jekyll build --config ${{ env.CONFIGS }}\n" + PUBLISH)
                .validate();
        assertThat(linkReported(expr)).isTrue();
        assertThat(expr.notices()).anyMatch(n -> n.contains("known only when the workflow runs"));
        ValidationResult broken = site("steps:\n  - run: jekyll build --config _config.yml,latest.yml\n" + PUBLISH)
                .file("latest.yml", "baseurl: [unclosed\n")
                .validate();
        assertThat(linkReported(broken)).isTrue();
        assertThat(broken.notices()).anyMatch(n -> n.contains("cannot be read as YAML settings"));
    }
}
