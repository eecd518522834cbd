package io.github.faqkit.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.SiteConfigs;
import io.github.faqkit.core.SiteLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds {@code source:} in _config.yml to what the real Jekyll 4.3.1 published (scripts/config-golden/source.sh,
 * whose repository this test writes again): run in the repository, {@code source: docs} publishes docs/ with the
 * outer file's settings (its {@code exclude:} taken inside docs/, a docs/_config.yml unread); GitHub Pages' build
 * passes {@code --source} and publishes the repository root instead. Seen on Kestrun/kestrun-docs and
 * LukeSavefrogs/danea-easyfatt, whose workflows run {@code bundle exec jekyll build} at the root.
 */
class SourceSettingTest {
    @TempDir
    Path tmp;

    private static final String OWN_BUILD = "jobs:\n  build:\n    steps:\n      - uses: actions/checkout@v4\n"
            + "      - run: bundle exec jekyll build --baseurl \"\"\n"
            + "      - uses: actions/upload-pages-artifact@v3\n      - uses: actions/deploy-pages@v4\n";
    private static final String PAGES_BUILD = "jobs:\n  build:\n    steps:\n      - uses: actions/checkout@v4\n"
            + "      - uses: actions/jekyll-build-pages@v1\n        with:\n          source: ./\n"
            + "      - uses: actions/upload-pages-artifact@v3\n";

    private Path repo(String config, String workflow, boolean innerConfig) throws IOException {
        Path repo = Files.createTempDirectory(tmp, "repo");
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("docs/guide"));
        Files.createDirectories(repo.resolve("docs/drafts"));
        Files.writeString(repo.resolve("_config.yml"), config);
        if (innerConfig) {
            Files.writeString(repo.resolve("docs/_config.yml"), "title: inner\n");
        }
        Files.writeString(repo.resolve("docs/index.md"), "---\n---\n[{{ site.title }}]\n");
        Files.writeString(repo.resolve("docs/guide/a.md"), "---\n---\nguide\n");
        Files.writeString(repo.resolve("docs/drafts/d.md"), "---\n---\ndraft\n");
        Files.writeString(repo.resolve("index.md"), "---\n---\n[{{ site.title }}]\n");
        if (workflow != null) {
            Path wf = repo.resolve(".github/workflows/pages.yml");
            Files.createDirectories(wf.getParent());
            Files.writeString(wf, workflow);
        }
        return repo;
    }

    private static List<String> golden(String testCase) throws IOException {
        for (String row :
                Files.readAllLines(Path.of("src/test/resources/config-golden/source.tsv"), StandardCharsets.UTF_8)) {
            String[] cols = row.split("\t", -1);
            if (cols[0].equals(testCase)) {
                return List.of(cols[1], cols[2]);
            }
        }
        throw new AssertionError("no golden row " + testCase);
    }

    /** The pages the plugin builds from {@code site}, as the built files they become, sorted and joined. */
    private static String published(Path site) throws IOException {
        return new SiteLoader()
                .load(site, null, null).site().pages().stream()
                        .map(Page::url)
                        .map(u -> u.endsWith("/") ? u.substring(1) + "index.html" : u.substring(1))
                        .sorted()
                        .reduce((a, b) -> a + "," + b)
                        .orElse("");
    }

    @Test
    void theSitesOwnBuildPublishesTheFolderSourceNamesWithTheOuterSettings() throws IOException {
        for (boolean inner : new boolean[] {false, true}) {
            List<String> expected = golden(inner ? "source: docs, docs/_config.yml" : "source: docs");
            Path repo = repo("title: outer\nsource: docs\nexclude: [drafts]\n", OWN_BUILD, inner);
            Path site = SourceSetting.movedSource(repo);
            assertThat(site).isEqualTo(repo.toAbsolutePath().normalize().resolve("docs"));
            assertThat(SiteConfigs.load(site, null).config().raw().get("title").asText())
                    .isEqualTo(expected.get(1));
            assertThat(SiteConfigs.load(site, null).config().file()).isEqualTo("../_config.yml");
            assertThat(published(site)).isEqualTo(expected.get(0));
        }
    }

    @Test
    void githubPagesPassesItsOwnSourceSoTheRootStaysTheSite() throws IOException {
        // the golden's '--source .' row: the root's pages are published, docs/ below it
        assertThat(golden("source: docs, --source .").get(0)).contains("docs/guide/a.html", "index.html");
        Path repo = repo("title: outer\nsource: docs\n", PAGES_BUILD, false);
        assertThat(SourceSetting.movedSource(repo)).isNull();
        assertThat(SourceSetting.outerConfig(repo.resolve("docs"))).isNull();
        // no workflow: GitHub Pages' branch build, which passes its source too
        assertThat(SourceSetting.movedSource(repo("source: docs\n", null, false)))
                .isNull();
    }

    @Test
    void aSourceThatIsTheFolderItselfOutsideItOrMissingMovesNothing() throws IOException {
        for (String config : List.of(
                "title: t\n",
                "source: .\n",
                "source: ./\n",
                "source: ../elsewhere\n",
                "source: nowhere\n",
                "source: /abs/docs\n",
                "source: [docs]\n")) {
            Path repo = repo(config, OWN_BUILD, false);
            assertThat(SourceSetting.movedSource(repo)).as(config).isNull();
            assertThat(SourceSetting.outerConfig(repo.resolve("docs")))
                    .as(config)
                    .isNull();
        }
    }
}
