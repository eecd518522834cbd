package io.github.faqkit.rules.images;

import static io.github.faqkit.testing.SiteFixture.of;
import static io.github.faqkit.testing.SiteFixture.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Absolute URLs that reach the site's own files are internal references: the site's {@code url} (+ baseurl, see the
 * platform golden url-details), and raw file URLs of its own GitHub repository. They are checked, and the images
 * they show are no orphans.
 */
class OwnUrlsTest {
    @TempDir
    Path repo;

    /** A checkout of octo/docs on branch main (the git files as git writes them), the site in its folder site/. */
    private SiteFixture checkout() {
        SiteFixture.in(repo)
                .file(".git/HEAD", "ref: refs/heads/main\n")
                .file(
                        ".git/config",
                        "[core]\n\tbare = false\n[remote \"origin\"]\n"
                                + "\turl = git@github.com:octo/docs.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n")
                .file("assets/outside.png", "x");
        return SiteFixture.in(repo.resolve("site")).file("_config.yml", "title: Docs\n");
    }

    private static ValidationResult run(SiteFixture s) {
        return s.validate(ImageRules.all(), r -> r);
    }

    /** A checkout of {@code octo/<name>} with the site at the repository's root. */
    private SiteFixture rootCheckout(String name) {
        return SiteFixture.in(repo.resolve(name))
                .file(".git/HEAD", "ref: refs/heads/main\n")
                .file(".git/config", "[remote \"origin\"]\n\turl = git@github.com:octo/" + name + ".git\n")
                .file("_config.yml", "title: Course\n")
                .page("topics/a.md", "title: A", "A.\n");
    }

    private static final String OFFERINGS = String.join(
            "\n\n",
            "[S26](/s26/)",
            "[Team lab](/w22/lab/team01/)",
            "![Logo](/s26/logo.png)",
            "[Missing topic](/topics/nope/)",
            "[Other case](/Topics/gone/)",
            "[No slash](/s25)");

    /**
     * As on a real site (ucsb-cs156/ucsb-cs156.github.io): the user site links the course offerings /s26/, /w22/…,
     * the project sites GitHub Pages serves from the owner's repositories ucsb-cs156/s26, /w22 on the same host.
     * Their files are not known here: no LNK001 or IMG001. Near-misses: a folder the site has (in any letter case)
     * is its own and checked, a path without the folder's slash may be a missing page of this site, and on a
     * project site (custom domain, baseurl empty) the same links are reported.
     */
    @Test
    void aUserSitesFoldersItDoesNotHaveAreTheOwnersProjectSites() {
        ValidationResult user = run(rootCheckout("octo.github.io").page("index.md", "title: Home", OFFERINGS));
        assertThat(of(user, "IMG001")).isEmpty();
        assertThat(of(user, "LNK001"))
                .extracting(Finding::message)
                .satisfiesExactly(
                        m -> assertThat(m).contains("/topics/nope/"),
                        m -> assertThat(m).contains("/Topics/gone/"),
                        m -> assertThat(m).contains("/s25"));
        ValidationResult project = run(
                rootCheckout("docs").file("CNAME", "docs.example.org\n").page("index.md", "title: Home", OFFERINGS));
        assertThat(of(project, "IMG001")).hasSize(1);
        assertThat(of(project, "LNK001")).hasSize(5);
    }

    private static final String SIBLINGS = String.join(
            "\n\n",
            "[Data products](/data-products/)",
            "![Diagram](/begrippen/img/model.svg)",
            "[Forgot the baseurl](/topics/a/)",
            "[Own folder, no page](/topics/nope/)",
            "[This site in other case](/Stelsel/topics/gone/)",
            "[No slash](/data-products)");

    /**
     * As on a real site (Netbeheer-Nederland/stelsel, docs/): the project site, served at /stelsel on the owner's
     * github.io host, links its sibling /data-products/, the project site GitHub Pages serves from the owner's
     * repository data-products on the same host. Its files are not known here: no LNK001 saying the browser "gets
     * 404". Near-misses: an image there (likelier the site's own written without the baseurl), a page of this site or
     * a folder it has written without the baseurl, the site's own path in another letter case, a path without the
     * folder's slash, and the same links on a site served elsewhere (a baseurl that is not the repository's path)
     * stay reported.
     */
    @Test
    void aProjectSitesRootRelativeLinksOutsideItsBaseurlMayBeTheOwnersOtherSites() {
        ValidationResult project = run(rootCheckout("stelsel")
                .file("_config.yml", "title: Stelsel\nbaseurl: /stelsel\n")
                .page("index.md", "title: Home", SIBLINGS));
        assertThat(of(project, "IMG001"))
                .extracting(Finding::message)
                .singleElement()
                .satisfies(m -> assertThat(m).contains("/begrippen/img/model.svg"));
        assertThat(of(project, "LNK001"))
                .extracting(Finding::message)
                .satisfiesExactly(
                        m -> assertThat(m).contains("'/topics/a/' is relative to the host"),
                        m -> assertThat(m).contains("'/topics/nope/' is relative to the host"),
                        m -> assertThat(m).contains("'/Stelsel/topics/gone/' is relative to the host"),
                        m -> assertThat(m).contains("'/data-products' is relative to the host"));
        ValidationResult elsewhere = run(rootCheckout("stelsel")
                .file("_config.yml", "title: Stelsel\nbaseurl: /kb\n")
                .page("index.md", "title: Home", SIBLINGS.replace("/Stelsel/", "/Kb/")));
        assertThat(of(elsewhere, "IMG001")).hasSize(1);
        assertThat(of(elsewhere, "LNK001")).hasSize(5);
    }

    private static final String COPIED_ROUTES = String.join(
            "\n\n",
            "[Posts](/tree/gh-pages/slides/getting_started/_posts)",
            "[Readme](/blob/main/README.md)",
            "[A site named tree](/tree/)",
            "[Sibling](/data-products/)");

    /**
     * As on a real site (make4all/just-the-class): '/tree/gh-pages/slides/…' is how github.com shows a folder of a
     * repository, copied without its host and repository: on the Pages host it reaches no other site of the owner's,
     * and the browser gets 404, on a project site and on a user site. Near-misses: '/tree/' alone (the root of a
     * repository named tree) and a sibling's folder stay unknown.
     */
    @Test
    void aRepositoryPageCopiedWithoutGithubIsNoOtherSiteOfTheOwners() {
        ValidationResult project = run(rootCheckout("just-the-class")
                .file("_config.yml", "title: Class\nbaseurl: /just-the-class\n")
                .page("index.md", "title: Home", COPIED_ROUTES));
        assertThat(of(project, "LNK001"))
                .extracting(Finding::message)
                .satisfiesExactly(
                        m -> assertThat(m).contains("/tree/gh-pages/slides/getting_started/_posts"),
                        m -> assertThat(m).contains("/blob/main/README.md"));
        ValidationResult user = run(rootCheckout("octo.github.io").page("index.md", "title: Home", COPIED_ROUTES));
        assertThat(of(user, "LNK001")).hasSize(2);
    }

    /**
     * As on a real site (microsoft/finops-toolkit, docs/): the site hosts 2,168 resource icons that no page shows; the
     * repository's open data (a JSON and a CSV outside the site folder) and a script load each one from the published
     * address {@code https://microsoft.github.io/finops-toolkit/svg/...}. They are used, not orphans. Near-misses: an
     * icon no file names, one named under another account's host, one named without the baseurl (the user
     * site's path, not this site's), and one named only by another image (an SVG is not read: an icon set would be
     * read whole on every run) are still reported.
     */
    @Test
    void imagesTheRepositoryLoadsFromThePublishedSiteAreNoOrphans() {
        SiteFixture.in(repo)
                .file(
                        "data/icons.json",
                        "[{\"icon\":\"https://octo.github.io/docs/svg/a.svg\"},"
                                + "{\"icon\":\"//octo.github.io/docs/svg/b%20c.svg\"},"
                                + "{\"icon\":\"https://other.github.io/docs/svg/other.svg\"},"
                                + "{\"icon\":\"https://octo.github.io/svg/nobase.svg\"}]\n")
                .file("scripts/icons.ps1", "$u = \"https://OCTO.github.io/docs/svg/d.svg?v=1\"\n");
        SiteFixture site = checkout()
                .file("_config.yml", "title: Docs\nbaseurl: /docs\n")
                .file("svg/a.svg", "<svg/>")
                .file("svg/b c.svg", "<svg/>")
                .file("svg/d.svg", "<svg/>")
                .file("svg/orphan.svg", "<svg/>")
                .file("svg/other.svg", "<svg/>")
                .file("svg/nobase.svg", "<svg/>")
                .file("svg/e.svg", "<svg/>")
                .file("svg/sprite.svg", "<svg><image href=\"https://octo.github.io/docs/svg/e.svg\"/></svg>")
                .page("index.md", "title: Home", "Icons.\n![sprite](svg/sprite.svg)\n");
        assertThat(SiteFixture.where(run(site)))
                .filteredOn(w -> w.endsWith("IMG006"))
                .containsExactlyInAnyOrder(
                        "svg/orphan.svg:0:0 IMG006",
                        "svg/other.svg:0:0 IMG006",
                        "svg/nobase.svg:0:0 IMG006",
                        "svg/e.svg:0:0 IMG006");
    }

    @Test
    void rawFileUrlsOfTheOwnRepositoryAreReferencesAndChecked() {
        SiteFixture site = checkout()
                .file("pics/raw.png", "x")
                .file("pics/blob.png", "x")
                .file("pics/rawgh.png", "x")
                .file("pics/slash.png", "x")
                .file("pics/orphan.png", "x")
                .file("pics/orphan2.png", "x")
                .page(
                        "index.md",
                        "title: Home",
                        String.join(
                                "\n\n",
                                "![Raw](https://github.com/octo/docs/raw/main/site/pics/raw.png)",
                                "![Blob](https://github.com/Octo/docs/blob/main/site/pics/blob.png?raw=true)",
                                "![Raw host](https://raw.githubusercontent.com/octo/docs/main/site/pics/rawgh.png)",
                                "![Branch with a slash](https://github.com/octo/docs/raw/feature/x/site/pics/slash.png)",
                                "![Outside the site](https://github.com/octo/docs/raw/main/assets/outside.png)",
                                "![Missing](https://github.com/octo/docs/raw/main/site/pics/missing.png)",
                                "![Other tag](https://github.com/octo/docs/raw/v1.0/site/pics/gone.png)",
                                "![Other repository](https://github.com/other/docs/raw/main/site/pics/orphan.png)",
                                "![GitHub's page](https://github.com/octo/docs/blob/main/site/pics/orphan2.png)",
                                ""));
        ValidationResult r = run(site);
        Finding missing = only(r, ImageRules.IMG001);
        assertThat(missing.line()).isEqualTo(14);
        assertThat(missing.message())
                .contains("names a file of this site's repository octo/docs")
                .contains("GitHub answers 404");
        assertThat(of(r, ImageRules.IMG006))
                .extracting(Finding::file)
                .containsExactlyInAnyOrder("pics/orphan.png", "pics/orphan2.png");
    }

    @Test
    void theSitesOwnUrlIsInternalWhateverTheScheme() {
        SiteFixture site = checkout()
                .file("_config.yml", "title: Docs\nurl: https://faq.example.org\nbaseurl: /kb\n")
                .file("pics/a.png", "x")
                .file("pics/b.png", "x")
                .page(
                        "index.md",
                        "title: Home",
                        "![A](https://faq.example.org/kb/pics/a.png)\n\n![B](//FAQ.example.org/kb/pics/b.png)\n\n"
                                + "![Missing](http://faq.example.org/kb/pics/none.png)\n\n"
                                + "[Elsewhere](https://faq.example.org.evil/kb/pics/x.png)\n");
        ValidationResult r = run(site);
        assertThat(of(r, ImageRules.IMG006)).isEmpty();
        assertThat(only(r, ImageRules.IMG001).message()).contains("no image at /kb/pics/none.png");
        assertThat(of(r, ImageRules.LNK001)).as("another host").isEmpty();
    }

    /**
     * As on a real site (BHFDSC/documentation): url: left from the template, the images shown through the address
     * GitHub Pages gives the repository ({@code https://<owner>.github.io/<repository>/…}). That address is the
     * site's own when the site is served under {@code /<repository>}; another owner, another project path, or a
     * baseurl that is not the repository's leave it another site's.
     */
    @Test
    void theAddressGitHubPagesGivesTheRepositoryIsTheSitesOwn() {
        String body = "<img src=\"https://octo.github.io/docs/pics/a.png\" alt=\"A\">\n\n"
                + "![Missing](https://Octo.github.io/docs/pics/none.png)\n\n"
                + "![Sibling](https://octo.github.io/other/pics/b.png)\n\n"
                + "![Other owner](https://other.github.io/docs/pics/c.png)\n";
        ValidationResult r = run(checkout()
                .file("_config.yml", "title: Docs\nurl: https://just-the-docs.github.io\nbaseurl: /docs\n")
                .file("pics/a.png", "x")
                .file("pics/b.png", "x")
                .file("pics/c.png", "x")
                .page("index.md", "title: Home", body));
        assertThat(of(r, ImageRules.IMG006))
                .extracting(Finding::file)
                .containsExactlyInAnyOrder("pics/b.png", "pics/c.png");
        assertThat(only(r, ImageRules.IMG001).message()).contains("no image at /docs/pics/none.png");
        // near-miss: served under another path, the repository's Pages address is not where the site lives
        ValidationResult elsewhere = run(checkout()
                .file("_config.yml", "title: Docs\nbaseurl: /handbook\n")
                .file("pics/a.png", "x")
                .page("index.md", "title: Home", body));
        assertThat(of(elsewhere, ImageRules.IMG006))
                .extracting(Finding::file)
                .containsExactlyInAnyOrder("pics/a.png", "pics/b.png", "pics/c.png");
        assertThat(of(elsewhere, ImageRules.IMG001)).isEmpty();
    }

    @Test
    void theSitesHostOutsideItsBaseurlIsAnotherSite() {
        // as on a real project site under a custom domain: a link to a sibling project on the same host
        SiteFixture site = checkout()
                .file("_config.yml", "title: Docs\nurl: https://faq.example.org\nbaseurl: /kb\n")
                .page(
                        "index.md",
                        "title: Home",
                        "[Tool](https://faq.example.org/Other_Tool/)\n\n[Root](https://faq.example.org)\n\n"
                                + "[Mine](https://faq.example.org/kb/missing/)\n\n[Base](https://faq.example.org/kb)\n");
        ValidationResult r = run(site);
        // only the URL under the baseurl is this site's: it names no page
        assertThat(only(r, ImageRules.LNK001).line()).isEqualTo(8);
    }

    @Test
    void letterCaseOfTheOwnUrlCountsOnlyWhereGitHubPagesServesIt() {
        String config = "title: Docs\nurl: https://docs.example.org\nbaseurl: \"\"\n";
        String body = "[Migrating](https://docs.example.org/migration/)\n";
        ValidationResult pages = run(checkout()
                .file("_config.yml", config)
                .file("Gemfile", "source 'https://rubygems.org'\ngem 'github-pages', group: :jekyll_plugins\n")
                .page("MIGRATION.md", "title: Migration\npermalink: /MIGRATION/", "x\n")
                .page("index.md", "title: Home", body));
        assertThat(only(pages, ImageRules.LNK001).message()).contains("differs in letter case");
        ValidationResult ownHost = run(checkout()
                .file("_config.yml", config)
                .file("Gemfile", "source 'https://rubygems.org'\ngem 'jekyll', '~> 4.3'\n")
                .page("MIGRATION.md", "title: Migration\npermalink: /MIGRATION/", "x\n")
                .page("index.md", "title: Home", body));
        assertThat(of(ownHost, ImageRules.LNK001))
                .as("a host of its own may serve any case")
                .isEmpty();
    }

    /**
     * As on a real site (VzBoT3D/docs): the Gemfile at the repository's root, the site in a folder, GitHub's starter
     * workflow running {@code bundle exec jekyll build -s ./docs} and deploying with actions/deploy-pages, and the
     * repository's CNAME naming the url: host. GitHub Pages serves that build, so its own absolute URL in the wrong
     * letter case is a 404 there. Near-misses: the same build published by a workflow to another host, a workflow
     * that only checks the build, and a custom domain no CNAME names (just-the-docs: its workflow deploys to GitHub
     * Pages, while just-the-docs.com is served by Netlify).
     */
    @Test
    void letterCaseOfTheOwnUrlCountsWhereAWorkflowDeploysTheBuildToGitHubPages() throws java.io.IOException {
        String config = "title: Docs\nurl: https://docs.example.org\nbaseurl: \"\"\n";
        String body = "[Migrating](https://docs.example.org/migration/)\n";
        String build = "jobs:\n  build:\n    steps:\n      - uses: actions/checkout@v4\n"
                + "      - run: bundle exec jekyll build --baseurl \"${{ steps.pages.outputs.base_path }}\" -s ./site\n";
        SiteFixture.in(repo)
                .file("Gemfile", "source 'https://rubygems.org'\ngem 'jekyll', '~> 4.3'\n")
                .file(
                        ".github/workflows/pages.yml",
                        build + "      - uses: actions/upload-pages-artifact@v3\n"
                                + "  deploy:\n    steps:\n      - uses: actions/deploy-pages@v4\n");
        ValidationResult otherHost = run(checkout()
                .file("_config.yml", config)
                .page("MIGRATION.md", "title: Migration\npermalink: /MIGRATION/", "x\n")
                .page("index.md", "title: Home", body));
        assertThat(of(otherHost, ImageRules.LNK001))
                .as("no CNAME names docs.example.org: another host may serve it")
                .isEmpty();
        SiteFixture.in(repo).file("CNAME", "docs.example.org\n");
        ValidationResult pages = run(checkout()
                .file("_config.yml", config)
                .page("MIGRATION.md", "title: Migration\npermalink: /MIGRATION/", "x\n")
                .page("index.md", "title: Home", body));
        assertThat(only(pages, ImageRules.LNK001).message()).contains("differs in letter case");
        SiteFixture.in(repo)
                .file(".github/workflows/pages.yml", build + "      - run: netlify deploy --dir=_site --prod\n");
        ValidationResult netlify = run(checkout()
                .file("_config.yml", config)
                .page("MIGRATION.md", "title: Migration\npermalink: /MIGRATION/", "x\n")
                .page("index.md", "title: Home", body));
        assertThat(of(netlify, ImageRules.LNK001))
                .as("another host may serve any case")
                .isEmpty();
        SiteFixture.in(repo)
                .file(
                        ".github/workflows/pages.yml",
                        "on: pull_request\n" + build + "      - run: htmlproofer ./_site\n");
        ValidationResult check = run(checkout()
                .file("_config.yml", config)
                .page("MIGRATION.md", "title: Migration\npermalink: /MIGRATION/", "x\n")
                .page("index.md", "title: Home", body));
        assertThat(of(check, ImageRules.LNK001))
                .as("a workflow that only checks the build serves nothing")
                .isEmpty();
    }

    /**
     * As on a real site (DataTalksClub/docs): a project site built by GitHub's starter workflow with the base path
     * GitHub Pages serves it under, url: naming the owner's custom domain, and no CNAME: the organisation's custom
     * domain serves the site at https://datatalks.club/docs/, and its pages link the main site on the same host
     * (https://datatalks.club/events.html). Where the site is served is not known here, so those links are another
     * site's, not missing pages. Near-misses: a root-relative link is still checked with the baseurl of _config.yml,
     * and with a CNAME naming the host the site is served at its root, where the same link is a missing page.
     */
    @Test
    void theOwnHostIsAnotherSitesWhereThePathTheSiteIsServedUnderIsNotKnown() {
        String config = "title: Docs\nurl: https://example.org\nbaseurl: \"\"\n";
        String body = "[Events](https://example.org/events.html) [Guide](https://example.org/guide/)"
                + " [Local](/events.html)\n";
        SiteFixture.in(repo)
                .file("Gemfile", "source 'https://rubygems.org'\ngem 'jekyll', '~> 4.3'\n")
                .file(
                        ".github/workflows/pages.yml",
                        "jobs:\n  build:\n    steps:\n      - uses: actions/configure-pages@v5\n"
                                + "      - run: bundle exec jekyll build -s ./site --baseurl "
                                + "\"${{ steps.pages.outputs.base_path }}\"\n"
                                + "      - uses: actions/upload-pages-artifact@v3\n");
        ValidationResult unknown = run(checkout()
                .file("_config.yml", config)
                .page("guide.md", "title: Guide\npermalink: /guide/", "x\n")
                .page("index.md", "title: Home", body));
        assertThat(of(unknown, ImageRules.LNK001))
                .extracting(f -> f.column())
                .as("only the root-relative link")
                .containsExactly(87);
        SiteFixture.in(repo).file("CNAME", "example.org\n");
        ValidationResult root = run(checkout()
                .file("_config.yml", config)
                .page("guide.md", "title: Guide\npermalink: /guide/", "x\n")
                .page("index.md", "title: Home", body));
        assertThat(of(root, ImageRules.LNK001)).hasSize(2);
    }

    /**
     * As on a real site (PREDICT-EPFL/piqp): url: names the repository on GitHub, and the page credits the libraries
     * it builds on with links to their repositories on github.com. A forge serves repositories, not the site (its
     * Pages sites are on github.io), so those links are external; the same links with url: on the site's own host
     * (near-miss) are the site's and checked.
     */
    @Test
    void aForgeNamedByUrlIsNotTheSitesHost() {
        String body = "[Blasfeo](https://github.com/giaf/blasfeo)\n\n[Issues](https://github.com/octo/docs/issues)\n";
        ValidationResult forge = run(checkout()
                .file("_config.yml", "title: Docs\nurl: https://github.com/octo/docs\n")
                .page("index.md", "title: Home", body));
        assertThat(of(forge, ImageRules.LNK001)).isEmpty();
        ValidationResult gitlab = run(checkout()
                .file("_config.yml", "title: Docs\nurl: https://GitLab.com\n")
                .page("index.md", "title: Home", "[Other](https://gitlab.com/group/project)\n"));
        assertThat(of(gitlab, ImageRules.LNK001)).isEmpty();
        ValidationResult ownHost = run(checkout()
                .file("_config.yml", "title: Docs\nurl: https://docs.example.org\n")
                .page("index.md", "title: Home", "[Blasfeo](https://docs.example.org/giaf/blasfeo)\n"));
        assertThat(only(ownHost, ImageRules.LNK001).message()).contains("/giaf/blasfeo");
    }

    /**
     * As on a real site (PromptAI/promptdialog, trial21): url: names the company's site www.promptai.us, the CNAME file
     * the docs' own domain doc.promptai.us, and the quick start links the studio pages of the company's site. One of
     * the two names is left over and GitHub Pages serves the site on the CNAME's, so links to url:'s host are not
     * known to be the site's. Near-misses: without a CNAME file, or with a CNAME naming url:'s host with or without
     * {@code www.} (GitHub redirects one to the other), such a link is the site's and checked.
     */
    @Test
    void urlOnAnotherHostThanTheCnameIsNotTheSitesHost() {
        String body = "[Studio](https://www.example.com/en/studio/on-cloud/)\n";
        ValidationResult none = run(checkout()
                .file("_config.yml", "title: Docs\nurl: https://www.example.com/\n")
                .page("index.md", "title: Home", body));
        assertThat(only(none, ImageRules.LNK001).message()).contains("/en/studio/on-cloud/");
        ValidationResult other = run(checkout()
                .file("_config.yml", "title: Docs\nurl: https://www.example.com/\n")
                .file("CNAME", "doc.example.com\n")
                .page("index.md", "title: Home", body));
        assertThat(of(other, ImageRules.LNK001)).isEmpty();
        ValidationResult apex = run(checkout()
                .file("_config.yml", "title: Docs\nurl: https://www.example.com/\n")
                .file("CNAME", "example.com\n")
                .page("index.md", "title: Home", body));
        assertThat(only(apex, ImageRules.LNK001).message()).contains("/en/studio/on-cloud/");
    }

    /**
     * As on a real site (iVH-Suite/iVH-Suite.github.io): url: left from the template names just-the-docs.github.io,
     * and the home page links to the theme's documentation there. A github.io host belongs to one account, and
     * GitHub serves this repository's site on its owner's only, so that link is external. Near-misses: with the
     * repository unknown, or url: on the owner's own github.io host, the link is the site's and checked.
     */
    @Test
    void anotherOwnersGithubIoHostNamedByUrlIsNotTheSitesHost(@TempDir Path noRepository) {
        String body = "[Just the Docs](https://just-the-docs.github.io/just-the-docs/)\n";
        ValidationResult leftover = run(checkout()
                .file("_config.yml", "title: Docs\nurl: https://just-the-docs.github.io\nbaseurl: /docs\n")
                .page("index.md", "title: Home", body));
        assertThat(of(leftover, ImageRules.LNK001)).isEmpty();
        ValidationResult unknown = run(SiteFixture.in(noRepository)
                .file("_config.yml", "title: Docs\nurl: https://just-the-docs.github.io\n")
                .page("index.md", "title: Home", body));
        assertThat(only(unknown, ImageRules.LNK001).message()).contains("/just-the-docs/");
        ValidationResult own = run(checkout()
                .file("_config.yml", "title: Docs\nurl: https://Octo.github.io\nbaseurl: /docs\n")
                .page("index.md", "title: Home", "[Missing](https://octo.github.io/docs/missing/)\n"));
        assertThat(only(own, ImageRules.LNK001).message()).contains("/docs/missing/");
    }

    /**
     * As on a real site (Alfresco/acs-deployment): url: names the owner's github.io host, no baseurl (a reusable
     * deploy workflow passes it), and pages link their sibling pages and the owner's other project sites by full
     * address. GitHub Pages serves this project only under {@code /<repository>} there: those addresses are this
     * site's pages, the others another site's. Near-misses: a page the site lacks under {@code /<repository>} is
     * still reported, and so is a user site's missing page in a folder it has: the root of that host is its own.
     */
    @Test
    void aProjectSiteOnItsOwnersGithubIoHostIsServedUnderItsRepositoryPath() {
        String body = "[Traefik](https://octo.github.io/docs/helm/traefik.html)\n\n"
                + "[Charts](https://octo.github.io/charts/docs/email.html)\n\n"
                + "[Home](https://octo.github.io/docs)\n\n"
                + "[Gone](https://Octo.github.io/docs/helm/gone.html)\n";
        ValidationResult project = run(checkout()
                .file("_config.yml", "title: Docs\nurl: https://octo.github.io\n")
                .page("helm/traefik.md", "title: Traefik", "T.\n")
                .page("index.md", "title: Home", body));
        assertThat(of(project, ImageRules.LNK001))
                .extracting(Finding::line)
                .as("the near-miss: under /docs, but no such page")
                .containsExactly(10);
        ValidationResult user = run(rootCheckout("octo.github.io")
                .file("_config.yml", "title: Docs\nurl: https://octo.github.io\n")
                .page("index.md", "title: Home", "[Missing](https://octo.github.io/topics/nope/)\n"));
        assertThat(of(user, ImageRules.LNK001))
                .as("the root of the host is the user site's")
                .hasSize(1);
    }

    @Test
    void withoutAKnownRepositoryRawUrlsStayExternal() {
        ValidationResult r = run(SiteFixture.in(repo)
                .file("_config.yml", "title: Docs\n")
                .file("pics/raw.png", "x")
                .page("index.md", "title: Home", "![Raw](https://github.com/octo/docs/raw/main/pics/none.png)\n"));
        assertThat(of(r, ImageRules.IMG001)).isEmpty();
        assertThat(of(r, ImageRules.IMG006)).extracting(Finding::file).containsExactly("pics/raw.png");
    }
    /**
     * As on a real site (LOST-STATS/lost-stats.github.io) checked from a copy without its git checkout: its pages show
     * their images through the raw URLs of the site's repository ({@code github.com/<owner>/<repo>/raw/master/…}),
     * which cannot be told from another repository's here. Deleting the site's copy would break the page, so such an
     * image is no orphan, also when the site is a folder of the repository or the branch holds a slash. Near-misses:
     * GitHub's page about a file (blob without raw), a path that only ends like the image, and another path.
     */
    @Test
    void withoutTheCheckoutRawUrlsMayNameTheSitesOwnImages() {
        ValidationResult r = run(SiteFixture.in(repo)
                .file("_config.yml", "title: Docs\n")
                .file("pics/a.png", "x")
                .file("pics/b.png", "x")
                .file("pics/c.png", "x")
                .file("pics/page.png", "x")
                .file("pics/d.png", "x")
                .file("pics/e.png", "x")
                .page(
                        "index.md",
                        "title: Home",
                        String.join(
                                "\n\n",
                                "![A](https://github.com/octo/docs/raw/master/pics/a.png)",
                                "![B](https://raw.githubusercontent.com/octo/docs/feature/x/site/pics/b.png)",
                                "![C](https://github.com/octo/docs/blob/main/pics/c.png?raw=true)",
                                "[GitHub's page](https://github.com/octo/docs/blob/main/pics/page.png)",
                                "![Ends alike](https://github.com/octo/docs/raw/main/mypics/d.png)",
                                "![Other path](https://github.com/octo/docs/raw/main/pics/f.png)",
                                "")));
        assertThat(of(r, ImageRules.IMG001)).isEmpty();
        assertThat(of(r, ImageRules.IMG006))
                .extracting(Finding::file)
                .containsExactlyInAnyOrder("pics/page.png", "pics/d.png", "pics/e.png");
    }

    /** Without the checkout but with {@code repository:} named, a raw URL of another repository is not the site's. */
    @Test
    void withoutTheCheckoutTheNamedRepositoryDecides() {
        ValidationResult r = run(SiteFixture.in(repo)
                .file("_config.yml", "title: Docs\nrepository: octo/docs\n")
                .file("pics/own.png", "x")
                .file("pics/fork.png", "x")
                .page(
                        "index.md",
                        "title: Home",
                        "![Own](https://github.com/Octo/docs/raw/main/pics/own.png)\n\n"
                                + "![Fork](https://github.com/someone/docs/raw/main/pics/fork.png)\n"));
        assertThat(of(r, ImageRules.IMG006)).extracting(Finding::file).containsExactly("pics/fork.png");
    }
}
