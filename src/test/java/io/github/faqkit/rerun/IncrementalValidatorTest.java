package io.github.faqkit.rerun;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.FileStamp;
import io.github.faqkit.core.Finding;
import io.github.faqkit.core.ScanListing;
import io.github.faqkit.core.Severity;
import io.github.faqkit.rules.RuleCatalog;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import io.github.faqkit.testing.SiteFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Taking the previous run's findings over never changes an answer: after every kind of change the result
 * equals a cold run, and with no change (or only a touched file) the findings are taken over.
 */
class IncrementalValidatorTest {
    @TempDir
    Path tmp;

    private Path content;
    private Path cacheDir;
    private SiteFixture site;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void buildSite() throws IOException {
        content = tmp.resolve("site");
        cacheDir = tmp.resolve("target/faq/cache");
        site = SiteFixture.in(content)
                .file("_config.yml", "title: FAQ\nbaseurl: /faq\npermalink: pretty\n")
                .file("_layouts/default.html", "<img src=\"/pics/logo.png\">{{ content }}")
                .page("index.md", "title: Home\nnav_order: 1", "# Home\n\nSee [the guide](guide.md).\n")
                .page("guide.md", "title: Guide\nhas_children: true", "# Guide\n\n![overview](pics/a.png)\n")
                .page("docs/b.md", "title: B\nparent: Guide", "# B\n\n![later](../pics/b.png)\n\n##Tight\n")
                .bytes("pics/a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .bytes("pics/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        settle();
    }

    /** Moves every file's time an hour back, as for content that was not edited just now. */
    private void settle() throws IOException {
        FileTime past = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> s = Files.walk(content)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Files.setLastModifiedTime(p, past);
            }
        }
    }

    private IncrementalValidator.Outcome run(ValidationRequest request, String tool) throws IOException {
        return new IncrementalValidator(new Validator(), cacheDir, tool, log::add).validate(request, "", true);
    }

    private IncrementalValidator.Outcome run() throws IOException {
        return run(ValidationRequest.of(content), "1.0");
    }

    private ValidationResult cold(ValidationRequest request) throws IOException {
        return new Validator().validate(request);
    }

    private static void assertSameAnswer(ValidationResult actual, ValidationResult expected) {
        assertThat(actual.findings()).isEqualTo(expected.findings());
        assertThat(actual.notices()).isEqualTo(expected.notices());
        assertThat(actual.pageCount()).isEqualTo(expected.pageCount());
        assertThat(actual.imageCount()).isEqualTo(expected.imageCount());
    }

    /** After a change (made an hour ago): the run is complete, not taken over, and answers like a cold run. */
    private void assertRecomputed() throws IOException {
        settle();
        IncrementalValidator.Outcome o = run();
        assertThat(o.reused()).isFalse();
        assertSameAnswer(o.result(), cold(ValidationRequest.of(content)));
    }

    /**
     * After a change that cannot change an answer (the files named made an hour ago; moving every file's time
     * would change the stamps of the layouts and configuration): taken over, and as a cold run answers.
     */
    private void assertTakenOverAsCold(String... changed) throws IOException {
        FileTime past = FileTime.from(Instant.now().minusSeconds(3600));
        for (String path : changed) {
            Files.setLastModifiedTime(content.resolve(path), past);
        }
        IncrementalValidator.Outcome o = run();
        assertThat(o.reused()).isTrue();
        assertSameAnswer(o.result(), cold(ValidationRequest.of(content)));
    }

    private RunRecord record() throws IOException {
        return RunRecordFile.read(cacheDir.resolve(RunRecord.FILE_NAME));
    }

    @Test
    void anUnchangedRerunIsTakenOverFromTheFoldersListedWithoutStampingImages() throws IOException {
        run();
        Map<String, ScanListing.Folder> folders = record().listing().folders();
        assertThat(folders).containsKeys("", "pics");
        assertThat(folders.get("").nameList()).contains("pics/").doesNotContain("target/");
        assertThat(record().otherFiles()).isEmpty(); // the images are only listed
        assertThat(run().reused()).isTrue();
    }

    @Test
    void anImageReplacedByAFolderOfTheSameNameIsSeen() throws IOException {
        run();
        Files.delete(content.resolve("pics/a.png"));
        site.bytes("pics/a.png/inside.png", new byte[] {1});
        assertRecomputed();
        assertThat(run().reused()).isTrue();
    }

    @Test
    void aFolderTheScanNeverEntersOrTheBuildOutputMayChangeFreely() throws IOException {
        run();
        site.page("_drafts/later.md", "title: Later", "# Later\n\n![x](missing.png)\n");
        site.bytes("_site/x.png", new byte[] {1}); // Jekyll's own output, never part of the site
        assertTakenOverAsCold("_drafts/later.md", "_drafts", "_site/x.png", "_site", "");
    }

    @Test
    void anEditedScriptOrStaticPageIsCheckedAgain() throws IOException {
        site.file("assets/app.js", "var logo = '/pics/logo.png';\n");
        settle();
        run();
        site.file("assets/app.js", "var logo = '/pics/gone.png';\n");
        assertRecomputed();
        assertThat(record().otherFiles()).containsKey("assets/app.js");
        assertThat(run().reused()).isTrue();
    }

    @Test
    void aSiteWithASymbolicLinkIsFingerprintedByAWholeScan() throws IOException {
        Path link = content.resolve("docs/alias.png");
        try {
            Files.createSymbolicLink(link, content.resolve("pics/a.png"));
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        settle();
        run();
        assertThat(record().listing()).isNull();
        assertThat(run().reused()).isTrue();
        Files.copy(content.resolve("pics/logo.png"), content.resolve("pics/c.png"));
        assertRecomputed();
    }

    @Test
    void anUnchangedRerunTakesTheFindingsOver() throws IOException {
        IncrementalValidator.Outcome first = run();
        assertThat(first.reused()).isFalse();
        assertThat(first.result().findings()).extracting(f -> f.ruleId()).contains("IMG001", "HDR004");
        assertThat(Files.exists(cacheDir.resolve(RunRecord.FILE_NAME))).isTrue();

        IncrementalValidator.Outcome second = run();
        assertThat(second.reused()).isTrue();
        assertThat(second.result().site()).isNull();
        assertThat(second.result().contentDirectory()).isEqualTo(content);
        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
        assertSameAnswer(second.result(), first.result());
    }

    @Test
    void aTakenOverRunKeepsWhatEachFindingAbsorbed() throws IOException {
        // a stray '{:toc}' under the title: TOC001, with the IAL001 of the same line inside it
        site.page("docs/b.md", "title: B\nparent: Guide", "# B\n{: .no_toc }\n\n{:toc}\n\n## One\n");
        settle();
        IncrementalValidator.Outcome first = run();
        assertThat(first.result().findings())
                .filteredOn(f -> f.ruleId().equals("TOC001"))
                .singleElement()
                .satisfies(f ->
                        assertThat(f.absorbed()).extracting(a -> a.ruleId()).containsExactly("IAL001"));
        IncrementalValidator.Outcome second = run();
        assertThat(second.reused()).isTrue();
        assertSameAnswer(second.result(), first.result());
    }

    @Test
    void aBuildFileAppearingOutsideTheScanIsSeen() throws IOException {
        // .mvn is a folder the page scan never enters; with include: [.mvn] Jekyll publishes what it holds
        site.file("_config.yml", "title: FAQ\nbaseurl: /faq\npermalink: pretty\ninclude: [.mvn]\n");
        settle();
        assertThat(run().result().findings()).extracting(f -> f.ruleId()).doesNotContain("CFG001");
        site.file(".mvn/maven.config", "-B\n");
        assertRecomputed();
        assertThat(run().result().findings()).extracting(f -> f.ruleId()).contains("CFG001");
    }

    @Test
    void aTouchedPageIsHashedAgainAndStillTakenOver() throws IOException {
        run();
        Files.setLastModifiedTime(
                content.resolve("docs/b.md"), FileTime.from(Instant.now().minusSeconds(60)));
        assertThat(run().reused()).isTrue();
    }

    @Test
    void anEditedPageOrAParentRetitledIsCheckedAgain() throws IOException {
        run();
        site.page("docs/b.md", "title: B\nparent: Guide", "# B\n\n![gone](nope.png)\n");
        assertRecomputed();
        site.page("guide.md", "title: Handbook\nhas_children: true", "# Guide\n\n![overview](pics/a.png)\n");
        assertRecomputed();
        assertThat(run().reused()).isTrue();
        assertThat(run().result().findings()).extracting(f -> f.ruleId()).contains("NAV001");
    }

    @Test
    void pagesTakenFromThePageCacheUnreadStillLeaveACompleteRecord() throws IOException {
        ValidationRequest request = ValidationRequest.of(content).withCacheDirectory(tmp.resolve("pages"));
        IncrementalValidator validator =
                new IncrementalValidator(new Validator().withCacheLog(log::add), cacheDir, "1.0", log::add);
        assertThat(validator.validate(request, "", true).reused()).isFalse();
        site.page("docs/b.md", "title: B\nparent: Guide", "# B\n\n![gone](nope.png)\n");
        // only the edited page moves (settle() would give every file a new time)
        Files.setLastModifiedTime(
                content.resolve("docs/b.md"), FileTime.from(Instant.now().minusSeconds(1800)));
        log.clear();
        IncrementalValidator.Outcome edited = validator.validate(request, "", true);
        assertThat(edited.reused()).isFalse();
        assertThat(edited.fingerprint()).isNotNull();
        assertThat(log).anyMatch(l -> l.contains("2 of them without reading the file"));
        assertSameAnswer(edited.result(), cold(ValidationRequest.of(content)));

        IncrementalValidator.Outcome again = validator.validate(request, "", true);
        assertThat(again.reused()).isTrue();
        assertThat(again.fingerprint()).isEqualTo(edited.fingerprint());
    }

    @Test
    void anEditThatKeepsSizeAndTimeIsSeenWhileTheTimeIsTooRecentToTrust() throws IOException {
        Path page = content.resolve("docs/b.md");
        FileTime recent = FileTime.from(Instant.now());
        Files.setLastModifiedTime(page, recent);
        run();
        String text = Files.readString(page);
        Files.writeString(page, text.replace("##Tight", "## Tigh"));
        Files.setLastModifiedTime(page, recent);
        IncrementalValidator.Outcome o = run();
        assertThat(o.reused()).isFalse();
        assertThat(o.result().findings()).extracting(f -> f.ruleId()).doesNotContain("HDR004");
    }

    @Test
    void anEditThatPutsSizeAndTimeBackIsSeenByTheChangeTime() throws IOException {
        Path page = content.resolve("docs/b.md");
        Assumptions.assumeTrue(FileStamp.changeTime(page) >= 0, "the file system keeps a change time");
        run();
        assertThat(run().reused()).isTrue();
        // as `touch -r` or `cp -p` after an edit of the same length, long after the record: only the change time moved
        FileTime time = Files.getLastModifiedTime(page);
        String text = Files.readString(page);
        Files.writeString(page, text.replace("##Tight", "## Tigh"));
        Files.setLastModifiedTime(page, time);
        IncrementalValidator.Outcome o = run();
        assertThat(o.reused()).isFalse();
        assertThat(o.result().findings()).extracting(f -> f.ruleId()).doesNotContain("HDR004");
        assertSameAnswer(o.result(), cold(ValidationRequest.of(content)));
        assertThat(run().reused()).isTrue();
    }

    @Test
    void configurationLayoutsImagesAndPagesAddedOrRemovedAreSeen() throws IOException {
        run();
        site.file("_config.yml", "title: FAQ\nbaseurl: \npermalink: pretty\n");
        assertRecomputed();
        site.file("_layouts/default.html", "<img src=\"/pics/other.png\">{{ content }}");
        assertRecomputed();
        site.bytes("pics/b.png", new byte[] {1, 2, 3});
        assertRecomputed();
        site.bytes("pics/a.png", new byte[] {1, 2, 3, 4, 5});
        assertTakenOverAsCold("pics/a.png"); // no check reads an image's bytes: only its presence counts
        Files.delete(content.resolve("pics/a.png"));
        assertRecomputed();
        site.page("docs/c.md", "title: C\nparent: Guide", "# C\n");
        assertRecomputed();
        Files.delete(content.resolve("docs/c.md"));
        assertRecomputed();
        assertThat(run().reused()).isTrue();
    }

    @Test
    void aSitePluginAddedOrEditedIsSeen() throws IOException {
        // plain Jekyll loads _plugins: a plugin that reads 'owner' gives the key an effect (FM007 goes quiet)
        site.file("Gemfile", "source 'https://rubygems.org'\ngem 'jekyll'\n")
                .page("owner.md", "title: Owned\nowner: kim", "# Owned\n");
        assertRecomputed();
        assertThat(run().result().findings()).extracting(Finding::ruleId).contains("FM007");
        site.file("_plugins/owners.rb", "Jekyll::Hooks.register :pages, :pre_render do |p|\n  p.data['x']\nend\n");
        assertRecomputed();
        site.file("_plugins/owners.rb", "Jekyll::Hooks.register :pages, :pre_render do |p|\n  p.data['owner']\nend\n");
        assertRecomputed();
        assertThat(run().result().findings()).extracting(Finding::ruleId).doesNotContain("FM007");
    }

    /** Writes a file of the repository around the site (outside the scan), made an hour ago. */
    private void repositoryFile(String path, String text) throws IOException {
        Path f = tmp.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(3600)));
    }

    /** After an edit of a file outside the site (the site's files keep their stamps): checked again, as cold. */
    private ValidationResult assertOutsideEditSeen() throws IOException {
        IncrementalValidator.Outcome o = run();
        assertThat(o.reused()).isFalse();
        assertSameAnswer(o.result(), cold(ValidationRequest.of(content)));
        assertThat(run().reused()).isTrue();
        return o.result();
    }

    private static List<String> rules(ValidationResult r) {
        return r.findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void anEditedWorkflowOrTheScriptItRunsIsSeen() throws IOException {
        // the repository (tmp) holds the site in site/; its workflow runs a script that greps the pages for a key
        Files.createDirectories(tmp.resolve(".git"));
        site.page("owner.md", "title: Owned\npersona: kim", "# Owned\n");
        repositoryFile(".github/workflows/check.yml", "jobs:\n  c:\n    steps:\n      - run: bash ci/keys.sh site\n");
        repositoryFile("ci/keys.sh", "grep -L '^audience:' \"$1\"/*.md\n");
        assertRecomputed();
        assertThat(run().result().findings()).extracting(Finding::ruleId).contains("FM007");
        // the script now looks for the key: FM007 goes quiet (a stale rerun would still report it)
        repositoryFile("ci/keys.sh", "grep -L '^persona:' \"$1\"/*.md\n");
        assertThat(rules(assertOutsideEditSeen())).doesNotContain("FM007");
        // the workflow runs another script, which looks for no key
        repositoryFile("ci/other.sh", "echo ok\n");
        repositoryFile(".github/workflows/check.yml", "jobs:\n  c:\n    steps:\n      - run: bash ci/other.sh\n");
        assertThat(rules(assertOutsideEditSeen())).contains("FM007");
        // a new workflow file is seen too
        repositoryFile(".github/workflows/keys.yaml", "jobs:\n  k:\n    steps:\n      - run: ./ci/keys.sh site\n");
        assertThat(rules(assertOutsideEditSeen())).doesNotContain("FM007");
        // near miss: files of the repository that no reader looks at change nothing
        repositoryFile("ci/unused.sh", "grep -L '^audience:'\n");
        repositoryFile("notes.txt", "anything\n");
        assertThat(run().reused()).isTrue();
    }

    @Test
    void anEditedConfigurationFileOfTheBuildsConfigOptionIsSeen() throws IOException {
        // the deploy build reads the site's _config.yml and a file outside the site folder, merged (later wins)
        Files.createDirectories(tmp.resolve(".git"));
        site.page("links.md", "title: Links", "# Links\n\n[guide](/faq/guide/)\n");
        repositoryFile("deploy/latest.yml", "baseurl: /faq\n");
        repositoryFile(
                ".github/workflows/deploy.yml",
                "steps:\n  - run: bundle exec jekyll build --config site/_config.yml,deploy/latest.yml\n"
                        + "  - uses: peaceiris/actions-gh-pages@v4\n");
        assertRecomputed();
        assertThat(linksMd(run().result())).isEmpty();
        // the later file gives the pages other addresses (not the baseurl, which the set-up line shows): the link
        // now misses the guide (a stale rerun would keep the old answer)
        repositoryFile("deploy/latest.yml", "baseurl: /faq\npermalink: date\n");
        assertThat(linksMd(assertOutsideEditSeen())).containsExactly("LNK001");
        // near miss: a configuration file the build does not name changes nothing
        repositoryFile("deploy/unused.yml", "baseurl: /other\n");
        assertThat(run().reused()).isTrue();
    }

    @Test
    void aConfigListOfABuildGitHubPagesDoesNotDeployIsNotStamped() throws IOException {
        // GitHub Pages' own action builds the site (with its _config.yml); another workflow's 'jekyll build
        // --config' list is not the deploy build's: the set-up never reads it, so an edit there changes no answer
        Files.createDirectories(tmp.resolve(".git"));
        site.page("links.md", "title: Links", "# Links\n\n[guide](/faq/guide/)\n");
        repositoryFile("deploy/latest.yml", "baseurl: /faq\n");
        repositoryFile(
                ".github/workflows/pages.yml",
                "steps:\n  - uses: actions/jekyll-build-pages@v1\n    with:\n      source: ./site\n"
                        + "  - uses: actions/deploy-pages@v4\n");
        repositoryFile(
                ".github/workflows/deploy.yml",
                "steps:\n  - run: bundle exec jekyll build --config site/_config.yml,deploy/latest.yml\n"
                        + "  - uses: peaceiris/actions-gh-pages@v4\n");
        assertRecomputed();
        assertThat(linksMd(run().result())).isEmpty();
        repositoryFile("deploy/latest.yml", "baseurl: /faq\npermalink: date\n");
        IncrementalValidator.Outcome o = run();
        assertThat(o.reused()).isTrue();
        assertSameAnswer(o.result(), cold(ValidationRequest.of(content)));
        assertThat(linksMd(o.result())).isEmpty();
    }

    @Test
    void aRepositoryFileThatNamesAnImageByThePublishedAddressIsSeen() throws IOException {
        // IMG006 reads the repository's text files for the site's address: a report outside the site that loads an
        // image from the published site uses it (a stale rerun would keep calling it an orphan)
        Files.createDirectories(tmp.resolve(".git"));
        site.file("_config.yml", "title: FAQ\nbaseurl: /faq\npermalink: pretty\nurl: https://docs.example.org\n")
                .bytes("pics/shared.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertRecomputed();
        assertThat(shared(run().result())).isTrue();
        repositoryFile("tools/report.html", "<img src=\"https://docs.example.org/faq/pics/shared.png\">\n");
        assertThat(shared(assertOutsideEditSeen())).isFalse();
        repositoryFile("tools/report.html", "<p>no image</p>\n");
        assertThat(shared(assertOutsideEditSeen())).isTrue();
        // near miss: a folder the walk leaves out changes nothing
        repositoryFile("node_modules/x/readme.html", "<img src=\"https://docs.example.org/faq/pics/shared.png\">\n");
        assertThat(run().reused()).isTrue();
    }

    /**
     * The same for a file inside the site folder that Jekyll leaves out ({@code exclude:}, a {@code _} name): it is
     * no file of the site's scan, yet IMG006's walk reads it. With a git repository around the site and without one
     * (the walk then reads the site folder alone).
     */
    @Test
    void anExcludedFileOfTheSiteThatNamesAnImageByThePublishedAddressIsSeen() throws IOException {
        for (boolean git : new boolean[] {true, false}) {
            if (git) {
                Files.createDirectories(tmp.resolve(".git"));
            } else {
                Files.delete(tmp.resolve(".git"));
            }
            site.file(
                            "_config.yml",
                            "title: FAQ\nbaseurl: /faq\npermalink: pretty\nurl: https://docs.example.org\n"
                                    + "exclude: [tools/]\n")
                    .bytes("pics/shared.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                    .file("tools/report.html", "<p>no image</p>\n")
                    .file("_notes/list.txt", "nothing\n");
            assertRecomputed();
            assertThat(shared(run().result())).as("git " + git).isTrue();
            repositoryFile("site/tools/report.html", "<img src=\"https://docs.example.org/faq/pics/shared.png\">\n");
            assertThat(shared(assertOutsideEditSeen())).as("git " + git).isFalse();
            repositoryFile("site/tools/report.html", "<p>no image</p>\n");
            assertThat(shared(assertOutsideEditSeen())).as("git " + git).isTrue();
            repositoryFile("site/_notes/list.txt", "https://docs.example.org/faq/pics/shared.png\n");
            assertThat(shared(assertOutsideEditSeen())).as("git " + git).isFalse();
            repositoryFile("site/_notes/list.txt", "nothing\n");
            assertThat(shared(assertOutsideEditSeen())).as("git " + git).isTrue();
            // near miss: a folder the walk leaves out changes nothing
            repositoryFile(
                    "site/node_modules/x/r.html", "<img src=\"https://docs.example.org/faq/pics/shared.png\">\n");
            assertThat(run().reused()).as("git " + git).isTrue();
        }
    }

    private static boolean shared(ValidationResult r) {
        return r.findings().stream()
                .anyMatch(f -> f.ruleId().equals("IMG006") && f.file().equals("pics/shared.png"));
    }

    private static List<String> linksMd(ValidationResult r) {
        return r.findings().stream()
                .filter(f -> f.file().equals("links.md"))
                .map(Finding::ruleId)
                .toList();
    }

    @Test
    void aGemfileThatAddsAPluginOrAGitRemoteIsSeen() throws IOException {
        // plain Jekyll with the Gemfile's plugins: a '.md' link is a 404 until jekyll-relative-links runs
        site.file("Gemfile", "source 'https://rubygems.org'\ngem 'jekyll'\n")
                .page(
                        "raw.md",
                        "title: Raw",
                        "# Raw\n\n![shot](https://github.com/acme/faq/raw/main/site/pics/no.png)\n");
        assertRecomputed();
        assertThat(run().result().findings()).extracting(Finding::ruleId).contains("LNK001");
        // the platform line stays the same ("Gemfile has no github-pages gem"), only the plugins change
        repositoryFile(
                "site/Gemfile",
                "source 'https://rubygems.org'\ngem 'jekyll'\ngroup :jekyll_plugins do\n  gem 'jekyll-relative-links'\nend\n");
        assertThat(rules(assertOutsideEditSeen())).doesNotContain("LNK001");
        // the git remote names the repository whose files GitHub URLs in the pages show
        repositoryFile(".git/HEAD", "ref: refs/heads/main\n");
        repositoryFile(".git/config", "[remote \"origin\"]\n\turl = https://github.com/acme/kb.git\n");
        assertRecomputed();
        ValidationResult other = run().result();
        repositoryFile(".git/config", "[remote \"origin\"]\n\turl = https://github.com/acme/faq.git\n");
        assertThat(assertOutsideEditSeen().findings()).isNotEqualTo(other.findings());
        // near miss: git's other files (its objects, its index) are not read
        repositoryFile(".git/index", "x");
        assertThat(run().reused()).isTrue();
    }

    @Test
    void anotherToolRequestOrCallerKeyIsNotTakenOver() throws IOException {
        run();
        IncrementalValidator.Outcome otherTool = run(ValidationRequest.of(content), "2.0");
        assertThat(otherTool.reused()).isFalse();
        assertThat(run(ValidationRequest.of(content), "2.0").reused()).isTrue();

        ValidationRequest quieter =
                new ValidationRequest(content, null, null, Map.of("IMG001", Severity.OFF), null, null, null, false);
        IncrementalValidator.Outcome o = run(quieter, "2.0");
        assertThat(o.reused()).isFalse();
        assertSameAnswer(o.result(), cold(quieter));

        IncrementalValidator runs = new IncrementalValidator(new Validator(), cacheDir, "2.0", log::add);
        assertThat(runs.validate(quieter, "baseline x", true).reused()).isFalse();
        assertThat(runs.validate(quieter, "baseline x", true).reused()).isTrue();
        assertThat(runs.validate(quieter, "baseline x", false).reused()).isFalse();
    }

    @Test
    void externalLinkChecksAreNeverTakenOver() throws IOException {
        ValidationRequest external = new ValidationRequest(content, null, null, null, null, null, null, true);
        run(external, "1.0");
        IncrementalValidator.Outcome o = run(external, "1.0");
        assertThat(o.reused()).isFalse();
        assertThat(o.fingerprint()).isNull();
    }

    @Test
    void anUnreadablePageLeavesNoRecord() throws IOException {
        run();
        Validator failing = new Validator(RuleCatalog.all(), e -> {
            if (e.path().equals("docs/b.md")) {
                throw new java.nio.file.AccessDeniedException(e.path());
            }
            return Files.readAllBytes(e.file());
        });
        IncrementalValidator.Outcome o = new IncrementalValidator(failing, cacheDir, "1.0", log::add)
                .validate(ValidationRequest.of(content), "", false);
        assertThat(o.fingerprint()).isNull();
        assertThat(o.result().notices()).anyMatch(n -> n.contains("docs/b.md"));
        assertThat(Files.exists(cacheDir.resolve(RunRecord.FILE_NAME))).isFalse();
        assertThat(run().reused()).isFalse();
    }

    @Test
    void aDamagedRecordMeansAFullRunWithANotice() throws IOException {
        ValidationResult expected = run().result();
        Path file = cacheDir.resolve(RunRecord.FILE_NAME);
        byte[] good = Files.readAllBytes(file);
        for (byte[] bad : List.of(
                java.util.Arrays.copyOf(good, good.length / 2),
                "[]".getBytes(StandardCharsets.UTF_8),
                new byte[0],
                new String(good, StandardCharsets.UTF_8)
                        .replace("\"format\":" + RunRecord.FORMAT, "\"format\":9")
                        .getBytes(StandardCharsets.UTF_8))) {
            Files.write(file, bad);
            IncrementalValidator.Outcome o = run();
            assertThat(o.reused()).isFalse();
            assertSameAnswer(o.result(), expected);
        }
        assertThat(log).anyMatch(l -> l.contains("could not be read"));
        assertThat(run().reused()).isTrue();
    }

    @Test
    void theRecordIsWrittenOnlyInTheCacheDirectory() throws IOException {
        List<Path> before;
        try (Stream<Path> s = Files.walk(content)) {
            before = s.sorted().toList();
        }
        run();
        run();
        try (Stream<Path> s = Files.walk(content)) {
            assertThat(s.sorted().toList()).isEqualTo(before);
        }
        try (Stream<Path> s = Files.list(cacheDir)) {
            assertThat(s.toList()).containsExactly(cacheDir.resolve(RunRecord.FILE_NAME));
        }
    }

    @Test
    void anEditedSentenceTakesTheOtherChecksOverOnceThePageCacheKnowsTheEditedPage() throws IOException {
        ValidationRequest request = ValidationRequest.of(content).withCacheDirectory(tmp.resolve("pages"));
        IncrementalValidator validator =
                new IncrementalValidator(new Validator().withCacheLog(log::add), cacheDir, "1.0", log::add);
        validator.validate(request, "", true);
        for (String sentence : List.of("First edit.", "Second edit.")) {
            Path page = content.resolve("docs/b.md");
            Files.writeString(page, Files.readString(page) + "\n" + sentence + "\n");
            Files.setLastModifiedTime(page, FileTime.from(Instant.now().minusSeconds(1800)));
            log.clear();
            IncrementalValidator.Outcome edited = validator.validate(request, "", true);
            assertThat(edited.reused()).isFalse();
            assertThat(log).anyMatch(l -> l.contains("were taken over"));
            assertSameAnswer(edited.result(), cold(ValidationRequest.of(content)));
        }
    }

    @Test
    void aRerunThatReplaysTheScanFingerprintsItsInputsAsAWholeScanDoes() throws IOException {
        ValidationRequest request = ValidationRequest.of(content).withCacheDirectory(tmp.resolve("pages"));
        IncrementalValidator validator =
                new IncrementalValidator(new Validator().withCacheLog(log::add), cacheDir, "1.0", log::add);
        validator.validate(request, "", true);
        FileTime past = FileTime.from(Instant.now().minusSeconds(1800));
        Path page = content.resolve("docs/b.md");

        // only a page changed: the recorded files are replayed, and their part of the fingerprint taken over
        Files.writeString(page, Files.readString(page) + "\nFirst edit.\n");
        Files.setLastModifiedTime(page, past);
        log.clear();
        IncrementalValidator.Outcome replayed = validator.validate(request, "", true);
        assertThat(log).anyMatch(l -> l.contains("folders were not walked again"));
        assertThat(replayed.fingerprint()).isNotNull().isEqualTo(wholeScanFingerprint(request));

        // an image added beside an edit: the folders are walked, and every file's line counts again
        site.bytes("pics/c.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.setLastModifiedTime(content.resolve("pics/c.png"), past);
        Files.setLastModifiedTime(content.resolve("pics"), past);
        Files.writeString(page, Files.readString(page) + "\nSecond edit.\n");
        Files.setLastModifiedTime(page, past);
        log.clear();
        IncrementalValidator.Outcome walked = validator.validate(request, "", true);
        assertThat(log).noneMatch(l -> l.contains("folders were not walked again"));
        assertThat(walked.fingerprint()).isNotNull().isEqualTo(wholeScanFingerprint(request));
        assertSameAnswer(walked.result(), cold(ValidationRequest.of(content)));

        // and the image removed again: the run record of the walk must not stand for this state
        Files.delete(content.resolve("pics/c.png"));
        Files.setLastModifiedTime(content.resolve("pics"), past);
        IncrementalValidator.Outcome removed = validator.validate(request, "", true);
        assertThat(removed.reused()).isFalse();
        assertThat(removed.fingerprint()).isEqualTo(wholeScanFingerprint(request));
        assertSameAnswer(removed.result(), cold(ValidationRequest.of(content)));
    }

    /** The fingerprint of a run that reuses nothing (its own record folder): every file's line hashed. */
    private String wholeScanFingerprint(ValidationRequest request) throws IOException {
        return new IncrementalValidator(new Validator(), tmp.resolve("whole"), "1.0", m -> {})
                .validate(request.withCacheDirectory(null), "", false)
                .fingerprint();
    }
}
