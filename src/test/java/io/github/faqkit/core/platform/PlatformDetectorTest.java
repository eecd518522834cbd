package io.github.faqkit.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.SiteConfigs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformDetectorTest {
    @TempDir
    Path repo;

    private Path write(String path, String text) throws IOException {
        Path p = repo.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private PlatformChoice detect(Path site, String setting, Map<String, String> env) {
        SiteConfig config = SiteConfigs.load(site, null).config();
        return PlatformDetector.detect(site, config, setting, false, env, Workflows.ofSite(site));
    }

    private PlatformChoice detect() {
        return detect(repo, "auto", Map.of());
    }

    @Test
    void pagesBuildActionMeansGitHubPagesAndSaysWhichWorkflow() throws IOException {
        write("_config.yml", "title: x\n");
        write(
                ".github/workflows/pages.yml",
                "jobs:\n  build:\n    steps:\n      - uses: actions/jekyll-build-pages@v1\n");
        write("Gemfile", "gem \"jekyll\"\n");
        PlatformChoice c = detect();
        assertThat(c.platform()).isEqualTo(Platform.GITHUB_PAGES);
        assertThat(c.plugins()).containsAll(PagesPlugins.GITHUB_PAGES_DEFAULTS);
        assertThat(c.consoleLine())
                .startsWith("faq platform: github-pages (")
                .contains(".github/workflows/pages.yml uses actions/jekyll-build-pages")
                .doesNotContain("\n");
    }

    @Test
    void ownJekyllBuildRunsTheGemfilePluginsOnly() throws IOException {
        write("_config.yml", "plugins:\n  - jekyll-seo-tag\n");
        write(".github/workflows/site.yml", "steps:\n  - run: bundle exec jekyll build --baseurl x\n" + PUBLISH);
        write(
                "Gemfile",
                "source \"https://example.org\"\ngem \"jekyll\", \"~> 4.3\"\n"
                        + "group :jekyll_plugins do\n  gem \"jekyll-optional-front-matter\" # rendered without front matter\nend\n"
                        + "gem 'jekyll-relative-links', group: :jekyll_plugins\n");
        PlatformChoice c = detect();
        assertThat(c.platform()).isEqualTo(Platform.JEKYLL);
        assertThat(c.guessed()).isFalse();
        assertThat(c.plugins())
                .containsExactlyInAnyOrder(
                        "jekyll-seo-tag", PagesPlugins.OPTIONAL_FRONT_MATTER, PagesPlugins.RELATIVE_LINKS);
        assertThat(c.reason())
                .contains(".github/workflows/site.yml runs 'jekyll build'")
                .contains("Gemfile");
    }

    @Test
    void ownBuildThatLoadsTheGithubPagesGemRunsItsPlugins() throws IOException {
        // as on a real site: a workflow runs 'bundle exec jekyll build', the Gemfile has the github-pages gem in
        // the :jekyll_plugins group, which Bundler requires and whose hook adds GitHub Pages' default plugins
        write("_config.yml", "theme: just-the-docs\n");
        write(".github/workflows/pages.yml", "steps:\n  - run: bundle exec jekyll build --baseurl x\n" + PUBLISH);
        write(
                "Gemfile",
                "gem \"github-pages\", \"~> 231\", group: :jekyll_plugins\ngem \"just-the-docs\", \"~> 0.8.2\"\n");
        PlatformChoice c = detect();
        assertThat(c.platform()).isEqualTo(Platform.JEKYLL);
        assertThat(c.plugins()).containsAll(PagesPlugins.GITHUB_PAGES_DEFAULTS);
        assertThat(c.markdownLinksRewritten()).isTrue();
        assertThat(c.reason()).contains("its github-pages gem adds GitHub Pages' plugins");
        // near-miss: the gem outside the :jekyll_plugins group is not required by 'jekyll build'
        write("Gemfile", "gem \"github-pages\"\ngem \"just-the-docs\"\n");
        assertThat(detect().runs(PagesPlugins.RELATIVE_LINKS)).isFalse();
    }

    @Test
    void githubPagesGemMeansGitHubPages() throws IOException {
        write("docs/_config.yml", "title: x\n");
        write("docs/Gemfile", "gem \"github-pages\", group: :jekyll_plugins\n");
        assertThat(detect(repo.resolve("docs"), null, Map.of()).platform()).isEqualTo(Platform.GITHUB_PAGES);
    }

    @Test
    void gemfileWithoutGithubPagesMeansJekyll() throws IOException {
        write("_config.yml", "remote_theme: just-the-docs/just-the-docs\nplugins: [jekyll-remote-theme]\n");
        write("Gemfile", "gem \"jekyll\"\ngem \"jekyll-remote-theme\"\n");
        PlatformChoice c = detect();
        assertThat(c.platform()).isEqualTo(Platform.JEKYLL);
        assertThat(c.runs(PagesPlugins.RELATIVE_LINKS)).isFalse();
        assertThat(c.markdownLinksRewritten()).isFalse();
    }

    @Test
    void userSiteWithoutWorkflowIsBuiltFromItsBranchWithThePagesGemWhateverTheGemfileSays() throws IOException {
        write("_config.yml", "title: x\n");
        write("Gemfile", "gem \"jekyll\", \"~> 4.3\"\ngem \"jekyll-feed\", group: :jekyll_plugins\n");
        write(".git/config", "[remote \"origin\"]\n\turl = git@github.com:octo/octo.github.io.git\n");
        PlatformChoice c = detect();
        assertThat(c.platform()).isEqualTo(Platform.GITHUB_PAGES);
        assertThat(c.plugins()).containsAll(PagesPlugins.GITHUB_PAGES_DEFAULTS).doesNotContain("jekyll-feed");
        assertThat(c.implicitBaseurl()).isNull();
        assertThat(c.consoleLine())
                .contains("octo/octo.github.io is a user site")
                .contains("from its branch")
                .contains("not those of Gemfile")
                .doesNotContain("\n");
    }

    /** As on a real site: a pull-request check runs 'jekyll build' in a container and publishes nothing. */
    private static final String CHECK_ONLY = "on:\n  pull_request:\njobs:\n  jekyll-build:\n    steps:\n"
            + "    - uses: actions/checkout@v4\n"
            + "    - run: docker run jekyll/jekyll /bin/bash -c \"bundle install && bundle exec jekyll build\"\n"
            + "  assets:\n    steps:\n    - run: npm test\n";

    @Test
    void aWorkflowThatOnlyChecksTheBuildDoesNotDecideThePlatform() throws IOException {
        // a user site: without the check, GitHub Pages builds it from its branch
        write("_config.yml", "title: x\n");
        write("Gemfile", "gem \"jekyll\", \"~> 4.3\"\n");
        write(".git/config", "[remote \"origin\"]\n\turl = git@github.com:octo/octo.github.io.git\n");
        write(".github/workflows/ci.yml", CHECK_ONLY);
        PlatformChoice c = detect();
        assertThat(c.platform()).isEqualTo(Platform.GITHUB_PAGES);
        assertThat(c.reason()).contains("from its branch").doesNotContain("ci.yml");
        // a project site with a Gemfile stays the Gemfile's build, with the 'jekyll build' check or without it
        Files.delete(repo.resolve(".git/config"));
        write(".git/config", "[remote \"origin\"]\n\turl = git@github.com:octo/handbook.git\n");
        PlatformChoice p = detect();
        assertThat(p.platform()).isEqualTo(Platform.JEKYLL);
        assertThat(p.reason()).startsWith("Gemfile has no github-pages gem").doesNotContain("ci.yml");
        // remote_theme and no Gemfile: only GitHub Pages builds it
        Files.delete(repo.resolve("Gemfile"));
        write("_config.yml", "title: x\nremote_theme: just-the-docs/just-the-docs\n");
        assertThat(detect().platform()).isEqualTo(Platform.GITHUB_PAGES);
    }

    @Test
    void aWorkflowThatPublishesItsBuildInAnyKnownWayStaysTheSiteBuild() throws IOException {
        write("_config.yml", "title: x\n");
        write(".git/config", "[remote \"origin\"]\n\turl = git@github.com:octo/octo.github.io.git\n");
        String build = "jobs:\n  build:\n    steps:\n      - run: bundle exec jekyll build\n";
        for (String publish : List.of(
                "      - uses: actions/upload-pages-artifact@v3\n",
                "      - uses: actions/deploy-pages@v4\n",
                "      - uses: peaceiris/actions-gh-pages@v4\n",
                "      - uses: JamesIves/github-pages-deploy-action@v4\n        with:\n          folder: _site\n",
                "      - run: |\n          cd _site && git init && git add . && git commit -m site\n"
                        + "          git push -f origin HEAD:gh-pages\n",
                "      - run: rsync -a _site/ host:/var/www\n",
                "      - uses: nwtgck/actions-netlify@v3\n",
                "  deploy:\n    needs: build\n    steps:\n      - run: ./ship.sh\n")) {
            write(".github/workflows/site.yml", build + publish);
            PlatformChoice c = detect();
            assertThat(c.platform()).as(publish).isEqualTo(Platform.JEKYLL);
            assertThat(c.reason()).as(publish).contains(".github/workflows/site.yml runs 'jekyll build'");
        }
        // near-miss: the publishing words only in a comment publish nothing
        write(".github/workflows/site.yml", build + "      # - uses: peaceiris/actions-gh-pages@v4 (disabled)\n");
        assertThat(detect().platform()).isEqualTo(Platform.GITHUB_PAGES);
    }

    @Test
    void cnameFileWithoutWorkflowMeansTheBranchBuildToo() throws IOException {
        write("docs/_config.yml", "title: x\n");
        write("docs/CNAME", "docs.example.org\n");
        write("docs/Gemfile", "gem \"jekyll\"\n");
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/octo/handbook\n");
        PlatformChoice c = detect(repo.resolve("docs"), "auto", Map.of());
        assertThat(c.platform()).isEqualTo(Platform.GITHUB_PAGES);
        assertThat(c.guessed()).isFalse();
        assertThat(c.implicitBaseurl()).isNull();
        assertThat(c.reason()).contains("CNAME");
        // without any Gemfile the CNAME still says who builds it: not a guess
        Files.delete(repo.resolve("docs/Gemfile"));
        assertThat(detect(repo.resolve("docs"), "auto", Map.of()).guessed()).isFalse();
    }

    @Test
    void aWorkflowThatBuildsTheSiteWinsOverUserSiteAndCname() throws IOException {
        write("_config.yml", "title: x\n");
        write("CNAME", "docs.example.org\n");
        write("Gemfile", "gem \"jekyll\"\n");
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/octo/octo.github.io\n");
        write(
                ".github/workflows/site.yml",
                "steps:\n  - uses: ruby/setup-ruby@v1\n    with:\n      ruby-version: '3.3'\n"
                        + "  - run: bundle exec jekyll build\n"
                        + PUBLISH);
        PlatformChoice c = detect();
        assertThat(c.platform()).isEqualTo(Platform.JEKYLL);
        assertThat(c.ruby()).isEqualTo("3.3");
        assertThat(c.consoleLine()).contains("heading ids as Ruby 3.3 makes them (.github/workflows/site.yml)");
        // ruby/setup-ruby reads .ruby-version only when its ruby-version input is not set
        // (behl1anmol/awesome-md-to-pdf:
        // docs/.ruby-version says 3.2.0, the deploy workflow sets up 3.3)
        write(".ruby-version", "3.2.0\n");
        assertThat(detect().ruby()).isEqualTo("3.3");
    }

    @Test
    void projectSiteWithItsOwnGemfileAndNoOtherSignStaysJekyll() throws IOException {
        write("_config.yml", "title: x\n");
        write("Gemfile", "gem \"jekyll\"\n");
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/octo/handbook\n");
        PlatformChoice c = detect();
        assertThat(c.platform()).isEqualTo(Platform.JEKYLL);
        assertThat(c.ruby()).isEqualTo(SiteConfig.DEFAULT_RUBY);
        write(".ruby-version", "ruby-3.2.2\n");
        assertThat(detect().ruby()).isEqualTo("3.2.2");
        assertThat(detect().consoleLine()).contains("heading ids as Ruby 3.2.2 makes them (.ruby-version)");
    }

    @Test
    void gitHubPagesBuildsWithRuby33() throws IOException {
        write("_config.yml", "title: x\n");
        write(".ruby-version", "3.1.4\n");
        assertThat(detect(repo, "github-pages", Map.of()).ruby()).isEqualTo(PlatformChoice.PAGES_RUBY);
    }

    @Test
    void remoteThemeWithoutGemfileBuildsOnlyOnGitHubPages() throws IOException {
        write("_config.yml", "remote_theme: just-the-docs/just-the-docs@v0.8.2\n");
        PlatformChoice c = detect();
        assertThat(c.platform()).isEqualTo(Platform.GITHUB_PAGES);
        assertThat(c.reason()).contains("remote_theme");
    }

    @Test
    void remoteThemeWithAGemfileThatCannotLoadItBuildsOnlyOnGitHubPages() throws IOException {
        // as on a real site: the site in docs/, a Gemfile at the root for some other use, no workflow
        write("docs/_config.yml", "remote_theme: just-the-docs/just-the-docs\n");
        write("Gemfile", "gem 'jekyll', '~> 4.3'\ngem 'just-the-docs', '~> 0.5.4'\n");
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/octo/handbook\n");
        PlatformChoice c = detect(repo.resolve("docs"), "auto", Map.of());
        assertThat(c.platform()).isEqualTo(Platform.GITHUB_PAGES);
        assertThat(c.guessed()).isFalse();
        assertThat(c.markdownLinksRewritten()).isTrue();
        assertThat(c.implicitBaseurl()).isEqualTo("/handbook");
        assertThat(c.reason())
                .contains("'remote_theme: just-the-docs/just-the-docs' needs jekyll-remote-theme")
                .contains("Gemfile does not name");
    }

    @Test
    void remoteThemeStaysJekyllWhenTheGemfileCanLoadItOrATheme() throws IOException {
        write("_config.yml", "remote_theme: just-the-docs/just-the-docs\n");
        // named outside the :jekyll_plugins group it may still be listed in plugins: of another config file
        write("Gemfile", "gem \"jekyll\"\ngem \"jekyll-remote-theme\"\n");
        assertThat(detect().platform()).isEqualTo(Platform.JEKYLL);
        // a gem theme: the Gemfile's build has a theme, whatever remote_theme says
        write("_config.yml", "theme: just-the-docs\nremote_theme: just-the-docs/just-the-docs\n");
        write("Gemfile", "gem \"jekyll\"\ngem \"just-the-docs\"\n");
        assertThat(detect().platform()).isEqualTo(Platform.JEKYLL);
        // a workflow that runs jekyll build with the Gemfile decides, as before
        write("_config.yml", "remote_theme: just-the-docs/just-the-docs\n");
        write(".github/workflows/site.yml", "steps:\n  - run: bundle exec jekyll build\n" + PUBLISH);
        assertThat(detect().platform()).isEqualTo(Platform.JEKYLL);
    }

    @Test
    void noSignMeansGuessedJekyllWhoseMarkdownLinksAreNotCalled404() throws IOException {
        write("_config.yml", "title: x\n");
        PlatformChoice c = detect();
        assertThat(c.platform()).isEqualTo(Platform.JEKYLL);
        assertThat(c.guessed()).isTrue();
        assertThat(c.runs(PagesPlugins.RELATIVE_LINKS)).isFalse();
        assertThat(c.markdownLinksRewritten()).isTrue();
        assertThat(c.consoleLine()).contains("faq.platform");
    }

    @Test
    void settingWinsOverTheFiles() throws IOException {
        write("_config.yml", "remote_theme: just-the-docs/just-the-docs\n");
        PlatformChoice c = detect(repo, "jekyll", Map.of());
        assertThat(c.platform()).isEqualTo(Platform.JEKYLL);
        assertThat(c.reason()).isEqualTo("faq.platform=jekyll");
        assertThatThrownBy(() -> Platform.parseSetting("netlify"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("auto, github-pages or jekyll");
    }

    @Test
    void projectSiteIsServedUnderTheRepositoryNameOfTheOriginRemote() throws IOException {
        write("docs/_config.yml", "title: x\n");
        write(
                ".git/config",
                "[core]\n\tbare = false\n[remote \"upstream\"]\n\turl = https://github.com/x/y.git\n"
                        + "[remote \"origin\"]\n\turl = git@github.com:octo/handbook.git\n\tfetch = +refs/heads/*\n");
        PlatformChoice c = detect(repo.resolve("docs"), "github-pages", Map.of());
        assertThat(c.implicitBaseurl()).isEqualTo("/handbook");
        assertThat(c.consoleLine())
                .contains("served under baseurl '/handbook'")
                .contains("git remote origin git@github.com:octo/handbook.git");
    }

    @Test
    void worktreeConfigIsFoundThroughCommondir() throws IOException {
        Path main = repo.resolve("main");
        Files.createDirectories(main.resolve(".git/worktrees/wt"));
        Files.writeString(main.resolve(".git/config"), "[remote \"origin\"]\n  url = https://github.com/octo/kb\n");
        Files.writeString(main.resolve(".git/worktrees/wt/commondir"), "../..\n");
        write("wt/.git", "gitdir: " + main.resolve(".git/worktrees/wt") + "\n");
        write("wt/_config.yml", "title: x\n");
        assertThat(detect(repo.resolve("wt"), "github-pages", Map.of()).implicitBaseurl())
                .isEqualTo("/kb");
    }

    @Test
    void repositorySettingAndEnvironmentComeBeforeTheRemote() throws IOException {
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/octo/from-remote.git\n");
        write("_config.yml", "repository: octo/from-config\n");
        assertThat(detect(repo, "github-pages", Map.of("PAGES_REPO_NWO", "octo/from-env"))
                        .implicitBaseurl())
                .isEqualTo("/from-config");
        write("_config.yml", "title: x\n");
        assertThat(detect(repo, "github-pages", Map.of("PAGES_REPO_NWO", "octo/from-env"))
                        .implicitBaseurl())
                .isEqualTo("/from-env");
    }

    @Test
    void noImplicitBaseurlForUserSitesExplicitBaseurlCustomDomainsOrPlainJekyll() throws IOException {
        write("_config.yml", "repository: octo/octo.github.io\n");
        assertThat(detect(repo, "github-pages", Map.of()).implicitBaseurl()).isNull();
        write("_config.yml", "repository: octo/kb\nbaseurl: \"\"\n");
        assertThat(detect(repo, "github-pages", Map.of()).implicitBaseurl()).isNull();
        write("_config.yml", "repository: octo/kb\nbaseurl: /\n");
        assertThat(detect(repo, "github-pages", Map.of()).implicitBaseurl()).isEqualTo("/kb");
        write("_config.yml", "repository: octo/kb\n");
        assertThat(detect(repo, "jekyll", Map.of()).implicitBaseurl()).isNull();
        write("CNAME", "docs.example.org\n");
        assertThat(detect(repo, "github-pages", Map.of()).implicitBaseurl()).isNull();
    }

    @Test
    void unknownRepositorySaysBaseUrlIsRequired() throws IOException {
        write("_config.yml", "title: x\n");
        PlatformChoice c = detect(repo, "github-pages", Map.of());
        assertThat(c.implicitBaseurl()).isNull();
        assertThat(c.consoleLine()).contains("faq.baseUrl is required");
        SiteConfig config = SiteConfigs.load(repo, "/given").config();
        assertThat(PlatformDetector.detect(repo, config, "github-pages", true, Map.of(), Workflows.ofSite(repo))
                        .baseurlNote())
                .isNull();
    }

    /** A step that publishes the build (peaceiris/actions-gh-pages pushes it to the gh-pages branch). */
    private static final String PUBLISH =
            "  - uses: peaceiris/actions-gh-pages@v4\n    with:\n      publish_dir: ./_site\n";

    private static final String STARTER_WORKFLOW = "jobs:\n  build:\n    steps:\n"
            + "      - name: Setup Pages\n        id: pages\n        uses: actions/configure-pages@v5\n"
            + "      - name: Build with Jekyll\n"
            + "        run: bundle exec jekyll build --baseurl \"${{ steps.pages.outputs.base_path }}\"\n"
            + "      - uses: actions/upload-pages-artifact@v3\n";

    @Test
    void starterWorkflowServesAProjectSiteUnderTheRepositoryNameWhateverConfigSays() throws IOException {
        // as on real sites made from the just-the-docs template: a check workflow without --baseurl sorts first,
        // the deploying one passes the Pages base path
        write("_config.yml", "title: x\nbaseurl: /old-name\n");
        write("Gemfile", "gem \"jekyll\"\ngem \"just-the-docs\"\n");
        write(".github/workflows/ci.yml", "steps:\n  - run: bundle exec jekyll build\n");
        write(".github/workflows/pages.yml", STARTER_WORKFLOW);
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/octo/user_guide.git\n");
        PlatformChoice c = detect();
        assertThat(c.platform()).isEqualTo(Platform.JEKYLL);
        assertThat(c.implicitBaseurl()).isEqualTo("/user_guide");
        assertThat(c.consoleLine())
                .contains(".github/workflows/pages.yml runs 'jekyll build'")
                .contains("served under baseurl '/user_guide'")
                .contains("the project site of octo/user_guide");
    }

    /**
     * As on a real site (HAAL2023/sapl-reference): the starter workflow passes the base path of the repository it
     * runs in, while 'repository:' in _config.yml, read by jekyll-github-metadata only, names the project the site
     * was copied from (heutelbeck/sapl-policy-engine). The pages write /sapl-reference/assets/… and the site is
     * served there. Near-miss: a copy without git has only 'repository:' to go by.
     */
    @Test
    void starterWorkflowServesTheRepositoryItRunsInNotTheOneConfigNames() throws IOException {
        write("_config.yml", "title: x\nrepository: upstream/engine\n");
        write("Gemfile", "gem \"jekyll\"\n");
        write(".github/workflows/pages.yml", STARTER_WORKFLOW);
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/octo/sapl-reference.git\n");
        PlatformChoice c = detect();
        assertThat(c.implicitBaseurl()).isEqualTo("/sapl-reference");
        assertThat(c.consoleLine()).contains("the project site of octo/sapl-reference");
        Files.delete(repo.resolve(".git/config"));
        assertThat(detect().implicitBaseurl()).isEqualTo("/engine");
    }

    @Test
    void starterWorkflowServesUserSitesAndCustomDomainsAtTheRoot() throws IOException {
        write("_config.yml", "title: x\nbaseurl: /docs\n");
        write(".github/workflows/pages.yml", STARTER_WORKFLOW);
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/octo/octo.github.io.git\n");
        assertThat(detect().implicitBaseurl()).isEqualTo("");
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/octo/kb.git\n");
        write("CNAME", "kb.example.org\n");
        assertThat(detect().implicitBaseurl()).isEqualTo("");
    }

    /**
     * As on a real site (Esoterical/voron_canbus): deployed by the starter workflow, its custom domain set in the
     * repository settings (no CNAME file) and named by 'url: https://canbus.esoterical.online'. The base path
     * is then empty, not '/voron_canbus': a url of another host than github.io leaves it unknown, while a
     * github.io url (or none) keeps the project-site path.
     */
    @Test
    void starterWorkflowWithAUrlOfAnotherHostLeavesTheBasePathUnknown() throws IOException {
        write(".github/workflows/pages.yml", STARTER_WORKFLOW);
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/octo/voron_canbus.git\n");
        write("_config.yml", "title: x\nurl: https://canbus.example.online\n");
        PlatformChoice custom = detect();
        assertThat(custom.implicitBaseurl()).isNull();
        assertThat(custom.consoleLine()).contains("names canbus.example.online, not github.io");
        write("_config.yml", "title: x\nurl: https://octo.github.io/voron_canbus\n");
        assertThat(detect().implicitBaseurl()).isEqualTo("/voron_canbus");
    }

    @Test
    void buildWithoutBaseurlOrWithAnUnknownOneKeepsTheConfiguredBaseurl() throws IOException {
        write("_config.yml", "title: x\nbaseurl: /docs\n");
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/octo/kb.git\n");
        write(".github/workflows/pages.yml", "steps:\n  - run: bundle exec jekyll build\n" + PUBLISH);
        PlatformChoice plain = detect();
        assertThat(plain.implicitBaseurl()).isNull();
        assertThat(plain.baseurlNote()).isNull();
        write(
                ".github/workflows/pages.yml",
                "steps:\n  - run: bundle exec jekyll build --baseurl ${{ env.BASE }}\n" + PUBLISH);
        PlatformChoice unknown = detect();
        assertThat(unknown.implicitBaseurl()).isNull();
        assertThat(unknown.consoleLine()).contains("known only when the workflow runs");
        write(".github/workflows/pages.yml", "steps:\n  - run: jekyll build -d out --baseurl=/handbook\n" + PUBLISH);
        assertThat(detect().implicitBaseurl()).isEqualTo("/handbook");
        // the command continued on the next lines with '\' (behl1anmol/awesome-md-to-pdf): one command to the shell
        write(
                ".github/workflows/pages.yml",
                "steps:\n  - run: |\n      bundle exec jekyll build \\\n        --source . \\\n"
                        + "        --baseurl /manual\n      echo done \\\n      --baseurl /not-jekyll\n"
                        + PUBLISH);
        assertThat(detect().implicitBaseurl()).isEqualTo("/manual");
        // the base path handed through the step's environment (GaProgMan/OwaspHeaders.Core, as zizmor asks)
        write(
                ".github/workflows/pages.yml",
                "steps:\n  - id: pages\n    uses: actions/configure-pages@v5\n"
                        + "  - run: bundle exec jekyll build --baseurl \"${STEPS_PAGES_OUTPUTS_BASE_PATH}\"\n"
                        + "    env:\n      STEPS_PAGES_OUTPUTS_BASE_PATH: ${{ steps.pages.outputs.base_path }}\n"
                        + PUBLISH);
        assertThat(detect().implicitBaseurl()).isEqualTo("/kb");
        // near-miss: a variable the workflow does not set from an expression stays unknown
        write(
                ".github/workflows/pages.yml",
                "steps:\n  - run: bundle exec jekyll build --baseurl \"$BASE\"\n" + PUBLISH);
        assertThat(detect().implicitBaseurl()).isNull();
        // the repository is unknown: no guess
        Files.delete(repo.resolve(".git/config"));
        write(".github/workflows/pages.yml", STARTER_WORKFLOW);
        PlatformChoice noRepo = detect();
        assertThat(noRepo.implicitBaseurl()).isNull();
        assertThat(noRepo.consoleLine()).contains("faq.baseUrl is required");
    }

    @Test
    void deployActionsBuildWithTheGemfileAndTheirBaseurlInput() throws IOException {
        write("_config.yml", "title: x\n");
        write("Gemfile", "gem \"jekyll\"\ngem \"jekyll-feed\", group: :jekyll_plugins\n");
        // a user site: without the workflow GitHub Pages would build the branch with its own plugins
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/octo/octo.github.io\n");
        write(
                ".github/workflows/deploy.yml",
                "jobs:\n  deploy:\n    steps:\n      - uses: actions/checkout@v4\n"
                        + "      - uses: jeffreytse/jekyll-deploy-action@v0.6.0\n        with:\n"
                        + "          provider: 'github'\n          token: ${{ secrets.GITHUB_TOKEN }}\n"
                        + "          jekyll_baseurl: '/handbook'\n          ruby_ver: '3.1'\n");
        PlatformChoice c = detect();
        assertThat(c.platform()).isEqualTo(Platform.JEKYLL);
        assertThat(c.plugins()).contains("jekyll-feed").doesNotContain(PagesPlugins.RELATIVE_LINKS);
        assertThat(c.reason()).contains(".github/workflows/deploy.yml through jeffreytse/jekyll-deploy-action runs");
        assertThat(c.implicitBaseurl()).isEqualTo("/handbook");
        assertThat(c.ruby()).isEqualTo("3.1");
        // an empty input passes no --baseurl: the configured baseurl stays
        write(
                ".github/workflows/deploy.yml",
                "steps:\n  - uses: jeffreytse/jekyll-deploy-action@master\n    with:\n      jekyll_baseurl: ''\n");
        assertThat(detect().implicitBaseurl()).isNull();
        assertThat(detect().platform()).isEqualTo(Platform.JEKYLL);
        write(
                ".github/workflows/deploy.yml",
                "steps:\n  - uses: helaili/jekyll-action@v2\n    with:\n"
                        + "      jekyll_build_options: \"--baseurl /kb --trace\"\n");
        PlatformChoice helaili = detect();
        assertThat(helaili.platform()).isEqualTo(Platform.JEKYLL);
        assertThat(helaili.implicitBaseurl()).isEqualTo("/kb");
    }

    @Test
    void pagesActionWithAUrlOfAnotherHostLeavesTheBasePathUnknown() throws IOException {
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/octo/kb.git\n");
        write(
                ".github/workflows/pages.yml",
                "jobs:\n  build:\n    steps:\n      - uses: actions/jekyll-build-pages@v1\n");
        // a custom domain set in the repository settings: the site is served at its root, and no CNAME file says so
        write("_config.yml", "title: x\nurl: https://docs.example.org\n");
        PlatformChoice custom = detect();
        assertThat(custom.platform()).isEqualTo(Platform.GITHUB_PAGES);
        assertThat(custom.implicitBaseurl()).isNull();
        assertThat(custom.consoleLine()).contains("names docs.example.org, not github.io");
        // near-misses: url on github.io, or none, is the project site under the repository name
        write("_config.yml", "title: x\nurl: https://octo.github.io\n");
        assertThat(detect().implicitBaseurl()).isEqualTo("/kb");
        write("_config.yml", "title: x\n");
        assertThat(detect().implicitBaseurl()).isEqualTo("/kb");
    }

    /**
     * As on a real site (0xcf/decal-web): the github-pages gem in its Gemfile, no workflow and no CNAME file, built
     * by a CI server of its own and served at the root of 'url: https://decal.ocf.berkeley.edu'. A url of another
     * host than github.io leaves the path unknown here too (the configured baseurl is checked); a github.io url,
     * or none, keeps the project-site path.
     */
    @Test
    void branchBuildWithAUrlOfAnotherHostLeavesTheBasePathUnknown() throws IOException {
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/octo/decal-web.git\n");
        write("Gemfile", "gem 'github-pages', group: :jekyll_plugins\n");
        write("_config.yml", "title: x\nbaseurl: '/'\nurl: 'https://decal.example.edu'\n");
        PlatformChoice own = detect();
        assertThat(own.platform()).isEqualTo(Platform.GITHUB_PAGES);
        assertThat(own.implicitBaseurl()).isNull();
        assertThat(own.consoleLine())
                .contains("names decal.example.edu, not github.io")
                .doesNotContain("served under baseurl");
        // near-misses: url on github.io, or none, is the project site under the repository name
        write("_config.yml", "title: x\nbaseurl: '/'\nurl: 'https://octo.github.io'\n");
        assertThat(detect().implicitBaseurl()).isEqualTo("/decal-web");
        write("_config.yml", "title: x\n");
        assertThat(detect().implicitBaseurl()).isEqualTo("/decal-web");
    }

    @Test
    void deployActionsNamedOnlyInACommentOrByAnotherNameAreNotBuilds() throws IOException {
        write("_config.yml", "title: x\n");
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/octo/octo.github.io\n");
        write(
                ".github/workflows/deploy.yml",
                "steps:\n  # - uses: jeffreytse/jekyll-deploy-action@master\n"
                        + "  - uses: someone/jekyll-deploy-action@v1\n"
                        + "  - uses: jeffreytse/jekyll-deploy-action-fork@v1\n");
        assertThat(detect().platform()).isEqualTo(Platform.GITHUB_PAGES);
    }

    @Test
    void givenBaseUrlWinsOverTheWorkflow() throws IOException {
        write("_config.yml", "title: x\n");
        write(".github/workflows/pages.yml", STARTER_WORKFLOW);
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/octo/kb.git\n");
        SiteConfig config = SiteConfigs.load(repo, "/given").config();
        PlatformChoice c = PlatformDetector.detect(repo, config, "auto", true, Map.of(), Workflows.ofSite(repo));
        assertThat(c.implicitBaseurl()).isNull();
        assertThat(c.baseurlNote()).isNull();
    }

    /** Which Jekyll builds: GitHub Pages runs Jekyll 3.10; an own build takes Gemfile.lock's, then Gemfile's pin. */
    @Test
    void jekyllMajorVersionComesFromThePlatformOrTheLock() throws IOException {
        write("_config.yml", "remote_theme: just-the-docs/just-the-docs\n");
        PlatformChoice pages = detect();
        assertThat(pages.platform()).isEqualTo(Platform.GITHUB_PAGES);
        assertThat(pages.jekyllMajor()).isEqualTo(3);
        write("Gemfile", "gem \"jekyll\", \"~> 4.3\"\ngem \"jekyll-remote-theme\"\n");
        PlatformChoice pinned = detect();
        assertThat(pinned.platform()).isEqualTo(Platform.JEKYLL);
        assertThat(pinned.jekyllMajor()).isEqualTo(4);
        assertThat(pinned.consoleLine()).doesNotContain("Jekyll 3");
        write("Gemfile.lock", "GEM\n  specs:\n    jekyll (3.8.6)\n      colorator (~> 1.0)\n");
        PlatformChoice locked = detect();
        assertThat(locked.jekyllMajor()).isEqualTo(3);
        assertThat(locked.consoleLine()).contains("Jekyll 3 (Gemfile.lock)");
        // near-miss: a gem whose name ends in 'jekyll' locks nothing about Jekyll itself
        write("Gemfile.lock", "GEM\n  specs:\n    jekyll-seo-tag (2.8.0)\n    jekyll (4.3.2)\n");
        assertThat(detect().jekyllMajor()).isEqualTo(4);
    }

    /**
     * As on a real site (TDLiDAR/DOC): a Gemfile (Jekyll 4.3, jekyll-remote-theme), no workflow, no CNAME, and
     * 'url: https://tdlidar.github.io' with 'baseurl: /DOC': only GitHub Pages serves the owner's github.io host, and
     * with no workflow that builds the site it is GitHub Pages' branch build, which ignores the Gemfile.
     */
    @Test
    void theOwnersGithubIoUrlWithoutWorkflowIsTheBranchBuildWhateverTheGemfileSays() throws IOException {
        write(
                "_config.yml",
                "remote_theme: just-the-docs/just-the-docs\nurl: https://tdlidar.github.io\nbaseurl: \"/DOC\"\n");
        write("Gemfile", "gem \"jekyll\", \"~> 4.3\"\ngem \"jekyll-remote-theme\"\ngem \"jekyll-seo-tag\"\n");
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/TDLiDAR/DOC.git\n");
        PlatformChoice c = detect();
        assertThat(c.platform()).isEqualTo(Platform.GITHUB_PAGES);
        assertThat(c.guessed()).isFalse();
        assertThat(c.plugins()).containsAll(PagesPlugins.GITHUB_PAGES_DEFAULTS);
        assertThat(c.jekyllMajor()).isEqualTo(3);
        assertThat(c.reason())
                .contains("url: in _config.yml names tdlidar.github.io, the GitHub Pages host of TDLiDAR/DOC")
                .contains("not those of Gemfile");
        // without a baseurl, the project site's path
        write("_config.yml", "url: https://tdlidar.github.io\n");
        assertThat(detect().implicitBaseurl()).isEqualTo("/DOC");
    }

    /**
     * As on a real site (AOT-Technologies/forms-flow-installation-doc): the owner's github.io url and a Gemfile, but a
     * workflow that uploads another folder's static build to GitHub Pages: Pages serves that upload, not its build of
     * the branch, so the Jekyll site's build is not known to be GitHub Pages'.
     */
    @Test
    void aWorkflowThatDeploysSomethingElseToPagesIsNoBranchBuild() throws IOException {
        write("_config.yml", "theme: just-the-docs\nurl: https://octo.github.io/handbook\n");
        write("Gemfile", "gem \"jekyll\", \"~> 4.3\"\ngem \"just-the-docs\"\n");
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/octo/handbook.git\n");
        Path wf = write(
                ".github/workflows/pages.yml",
                "jobs:\n  deploy:\n    steps:\n      - uses: actions/upload-pages-artifact@v3\n        with:\n"
                        + "          path: './chart-doc/build'\n      - uses: actions/deploy-pages@v4\n");
        PlatformChoice c = detect();
        assertThat(c.platform()).isEqualTo(Platform.JEKYLL);
        assertThat(c.guessed()).isTrue();
        assertThat(c.reason()).contains(".github/workflows/pages.yml");
        // near-miss: a workflow that only tests leaves the branch build
        Files.writeString(wf, "jobs:\n  test:\n    steps:\n      - run: bundle exec htmlproofer ./_site\n");
        assertThat(detect().platform()).isEqualTo(Platform.GITHUB_PAGES);
    }

    @Test
    void anotherOwnersGithubIoUrlIsACopiedSettingNotTheHost() throws IOException {
        // near-miss: the template's own host left in _config.yml says nothing of who builds this copy
        write("_config.yml", "url: https://just-the-docs.github.io\n");
        write("Gemfile", "gem \"jekyll\", \"~> 4.3\"\ngem \"just-the-docs\"\n");
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/octo/handbook.git\n");
        PlatformChoice c = detect();
        assertThat(c.platform()).isEqualTo(Platform.JEKYLL);
        assertThat(c.guessed()).isFalse();
        // and without a known repository, a github.io host names no owner to compare
        Files.delete(repo.resolve(".git/config"));
        write("_config.yml", "url: https://octo.github.io\n");
        assertThat(detect().platform()).isEqualTo(Platform.JEKYLL);
    }

    @Test
    void servedByGitHubPagesButMaybeBuiltElsewhereIsEitherBuild() throws IOException {
        write("_config.yml", "url: https://octo.github.io/handbook\n");
        write("Gemfile", "gem \"jekyll\", \"~> 4.3\"\ngem \"just-the-docs\"\n");
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/octo/handbook.git\n");
        for (String other : List.of(
                "netlify.toml", ".travis.yml", ".gitlab-ci.yml", "vercel.json", "deploy.sh", "scripts/publish")) {
            Path f = write(other, "script: bundle exec jekyll build\ndeploy:\n  provider: pages\n");
            PlatformChoice c = detect();
            assertThat(c.platform()).as(other).isEqualTo(Platform.JEKYLL);
            assertThat(c.guessed()).as(other).isTrue();
            assertThat(c.markdownLinksRewritten()).as(other).isTrue();
            assertThat(c.reason()).as(other).contains(other).contains("may build and publish it");
            Files.delete(f);
        }
        // near-misses: a page about publishing, a Rakefile or a Travis job that only tests, are no other build
        // (AcceptEmail/apidocs: .travis.yml runs 'bundle exec jekyll build' and publishes nothing)
        write(".travis.yml", "script:\n  - npm run test\n  - bundle exec jekyll build\n");
        write("publishing.md", "# Publishing\n");
        write("Rakefile", "task :test do\n  sh 'bundle exec jekyll build'\nend\n");
        assertThat(detect().platform()).isEqualTo(Platform.GITHUB_PAGES);
        write("Rakefile", "task :deploy do\n  sh 'rsync -a _site/ host:/srv'\nend\n");
        assertThat(detect().guessed()).isTrue();
    }

    @Test
    void aCnameWithAnotherServiceConfigIsEitherBuildUnlessOnlyPagesCanBuildIt() throws IOException {
        write("_config.yml", "title: x\n");
        write("CNAME", "docs.example.org\n");
        write("Gemfile", "gem \"jekyll\"\n");
        write(".travis.yml", "script: bundle exec jekyll build\ndeploy:\n  provider: pages\n");
        assertThat(detect().guessed()).isTrue();
        // a remote_theme without a Gemfile builds only on GitHub Pages: the other build would have no theme
        Files.delete(repo.resolve("Gemfile"));
        write("_config.yml", "remote_theme: just-the-docs/just-the-docs\n");
        PlatformChoice c = detect();
        assertThat(c.platform()).isEqualTo(Platform.GITHUB_PAGES);
        assertThat(c.guessed()).isFalse();
    }

    @Test
    void theDeployActionsCnameInputIsTheCustomDomainPagesServes() throws IOException {
        write("_config.yml", "title: x\nurl: https://docs.example.org\n");
        write("Gemfile", "gem \"jekyll\"\n");
        String build = "steps:\n  - run: bundle exec jekyll build\n";
        write(".github/workflows/site.yml", build + PUBLISH);
        // near-miss: a custom domain nothing names for GitHub Pages may be served by another host
        assertThat(detect().servedByGitHubPages()).isFalse();
        write(".github/workflows/site.yml", build + PUBLISH + "      cname: Docs.Example.org\n");
        assertThat(detect().servedByGitHubPages()).isTrue();
        assertThat(Workflows.ofSite(repo).deployCname()).isEqualTo("docs.example.org");
        // only the run knows an expression's value; a comment writes nothing
        write(".github/workflows/site.yml", build + PUBLISH + "      cname: ${{ vars.DOMAIN }}\n");
        assertThat(detect().servedByGitHubPages()).isFalse();
        write(".github/workflows/site.yml", build + PUBLISH + "      # cname: docs.example.org\n");
        assertThat(detect().servedByGitHubPages()).isFalse();
        // jeffreytse/jekyll-deploy-action writes its cname input as CNAME too
        write(
                ".github/workflows/site.yml",
                "steps:\n  - uses: jeffreytse/jekyll-deploy-action@v0.6.0\n    with:\n      cname: docs.example.org\n");
        assertThat(detect().servedByGitHubPages()).isTrue();
    }

    @Test
    void theStarterBasePathIsEmptyUnderTheDeployActionsCname() throws IOException {
        write("_config.yml", "title: x\n");
        write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/octo/kb.git\n");
        write(".github/workflows/pages.yml", STARTER_WORKFLOW);
        assertThat(detect().implicitBaseurl()).isEqualTo("/kb");
        write(
                ".github/workflows/pages.yml",
                STARTER_WORKFLOW + "      - uses: peaceiris/actions-gh-pages@v4\n        with:\n"
                        + "          cname: kb.example.org\n");
        assertThat(detect().implicitBaseurl()).isEqualTo("");
    }
}
