package io.github.faqkit.rules.nav;

import static io.github.faqkit.testing.SiteFixture.assertAt;
import static io.github.faqkit.testing.SiteFixture.of;
import static io.github.faqkit.testing.SiteFixture.only;
import static io.github.faqkit.testing.SiteFixture.where;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.ThemeVersion;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NavRulesTest {
    @TempDir
    Path dir;

    private SiteFixture site() {
        return SiteFixture.in(dir);
    }

    private static ValidationResult legacy(SiteFixture s) {
        return s.validate(q -> new ValidationRequest(
                q.contentDirectory(), null, null, null, ThemeVersion.parse("0.9"), null, null, false));
    }

    // NAV001

    /**
     * A document dated after the build is not written but stays in its collection, from which just-the-docs builds
     * that collection's navigation: it is listed (its link a 404), with its children from v0.10 on, and before only
     * when it sets has_children (nav-golden future).
     */
    private SiteFixture futureParent() {
        return SiteFixture.in(dir)
                .file(
                        "_config.yml",
                        "title: T\ncollections:\n  guides:\n    output: true\n"
                                + "just_the_docs:\n  collections:\n    guides:\n      name: Guides\n")
                .page("index.md", "title: Home", "")
                .page("_guides/later.md", "title: Later guide\ndate: 2999-01-01", "")
                .page("_guides/child.md", "title: Child\nparent: Later guide", "")
                .page("_guides/orphan.md", "title: Orphan\nparent: Latter guide", "");
    }

    @Test
    void aDocumentDatedInTheFutureIsStillAParentInItsCollectionsNavigation() {
        ValidationResult r = futureParent().validate();
        assertThat(where(r).stream().filter(w -> w.contains(" NAV")).toList())
                .containsExactly("_guides/orphan.md:3:9 NAV001");
        assertThat(r.site().nav().sections().get(1).roots()).anySatisfy(n -> {
            assertThat(n.page().path()).isEqualTo("_guides/later.md");
            assertThat(n.children())
                    .singleElement()
                    .satisfies(c -> assertThat(c.page().path()).isEqualTo("_guides/child.md"));
        });
        assertThat(r.site().nav().listsChildren(r.site().pageByPath("_guides/later.md")))
                .isFalse();
        // before v0.10 a parent without has_children lists no children, written or not
        assertThat(where(legacy(futureParent())).stream()
                        .filter(w -> w.contains(" NAV"))
                        .toList())
                .contains("_guides/child.md:3:9 NAV007");
    }

    @Test
    void nav001ParentTypoSuggestsNearestTitle() {
        ValidationResult r = site().page("gpt.md", "title: GPT", "")
                .page("gpt/ai.md", "title: AI\nparent: GTP", "")
                .validate();
        Finding f = only(r, "NAV001");
        assertAt(f, "gpt/ai.md", 3, 9, Severity.ERROR);
        assertThat(f.hint()).contains("'GPT'");
        assertThat(r.findings()).hasSize(1);
    }

    @Test
    void nav001OnAnExcludedPageSaysWhatItLoses() {
        ValidationResult r = site().page("gpt.md", "title: GPT", "")
                .page("gpt/ai.md", "title: AI\nparent: GTP\nnav_exclude: true", "")
                .validate();
        assertThat(only(r, "NAV001").message())
                .contains("in no page's list of children")
                .doesNotContain("nowhere in the navigation");
    }

    @Test
    void nav001ParentMatchingIsExactAndCaseSensitive() {
        ValidationResult r = site().page("a.md", "title: Accounts", "")
                .page("b.md", "title: B\nparent: accounts", "")
                .validate();
        assertAt(only(r, "NAV001"), "b.md", 3, 9, Severity.ERROR);
    }

    @Test
    void nav001NearMissesNumericAndFullWidthTitles() {
        ValidationResult r = site().page("y.md", "title: 2024", "")
                .page("y/a.md", "title: 年度总结\nparent: 2024", "")
                .page("faq.md", "title: \"常见问题（FAQ）：总览\"", "")
                .page("faq/a.md", "title: 安装\nparent: '常见问题（FAQ）：总览'", "")
                .validate();
        assertThat(where(r)).isEmpty();
    }

    @Test
    void nav001IgnoresPagesJekyllDoesNotBuild() {
        ValidationResult r = site().file("_config.yml", "exclude:\n  - archive\n")
                .page("index.md", "title: Home", "")
                .page("_drafts/a.md", "title: A\nparent: Nope", "")
                .page("_notes/b.md", "title: B\nparent: Nope", "")
                .page(".hidden/c.md", "title: C\nparent: Nope", "")
                .page("archive/d.md", "title: D\nparent: Nope", "")
                .validate();
        assertThat(where(r)).isEmpty();
        assertThat(r.pageCount()).isEqualTo(1);
    }

    @Test
    void nav001InOutputCollectionAndPosts() {
        ValidationResult r = site().file(
                        "_config.yml",
                        "collections:\n  docs:\n    output: true\n  hidden:\n    output: false\n"
                                + "just_the_docs:\n  collections:\n    docs:\n      name: Docs\n    posts:\n"
                                + "      name: News\n    hidden:\n      name: Hidden\n")
                .page("_docs/a.md", "title: A\nparent: Missing", "")
                .page("_posts/2024-01-15-hello.md", "title: Hello\nparent: Missing", "")
                .page("_hidden/h.md", "title: H\nparent: Missing", "")
                .validate();
        assertThat(of(r, "NAV001"))
                .extracting(Finding::file)
                .containsExactly("_docs/a.md", "_posts/2024-01-15-hello.md");
    }

    @Test
    void collectionsAreSeparateTitleNamespaces() {
        ValidationResult r = site().file(
                        "_config.yml",
                        "collections:\n  docs:\n    output: true\njust_the_docs:\n  collections:\n    docs:\n"
                                + "      name: Docs\n")
                .page("guide.md", "title: Guide", "")
                .page("_docs/a.md", "title: A\nparent: Guide", "")
                .validate();
        assertAt(only(r, "NAV001"), "_docs/a.md", 3, 9, Severity.ERROR);
    }

    /**
     * A collection that just_the_docs.collections does not list is in no navigation section (nav-golden/sections:
     * _notes, n3.md names a page's title as parent): its documents' parent feeds only the site's own templates.
     */
    @Test
    void aParentInACollectionTheThemeListsNowhereIsNotJudged() {
        ValidationResult r = site().file(
                        "_config.yml",
                        "collections:\n  notes:\n    output: true\n  tips:\n    output: true\n"
                                + "just_the_docs:\n  collections:\n    tips:\n      name: Tips\n")
                .page("guide.md", "title: Guide", "")
                .page("_notes/a.md", "title: A\nparent: Guide", "")
                .page("_posts/2024-01-15-hello.md", "title: Hello\nparent: Guide", "")
                .page("_tips/a.md", "title: A\nparent: Guide", "")
                .validate();
        assertThat(of(r, "NAV001")).extracting(Finding::file).containsExactly("_tips/a.md");
    }

    // NAV002

    @Test
    void nav002AmbiguousParent() {
        ValidationResult r = site().page("a.md", "title: Windows", "")
                .page("b.md", "title: macOS", "")
                .page("a/setup.md", "title: Setup\nparent: Windows", "")
                .page("b/setup.md", "title: Setup\nparent: macOS", "")
                .page("c.md", "title: Proxy\nparent: Setup", "")
                .validate();
        Finding f = only(r, "NAV002");
        assertAt(f, "c.md", 3, 9, Severity.ERROR);
        assertThat(f.message()).contains("a/setup.md").contains("b/setup.md");
    }

    @Test
    void nav002DisambiguatedByGrandParentOrAncestor() {
        ValidationResult r = site().page("a.md", "title: Windows", "")
                .page("b.md", "title: macOS", "")
                .page("a/setup.md", "title: Setup\nparent: Windows", "")
                .page("b/setup.md", "title: Setup\nparent: macOS", "")
                .page("c.md", "title: Proxy\nparent: Setup\ngrand_parent: Windows", "")
                .page("d.md", "title: Fonts\nparent: Setup\nancestor: macOS", "")
                .validate();
        assertThat(where(r)).isEmpty();
    }

    @Test
    void nav002SilentWhenTheTopLevelNamesakeTakesThePlainChild() {
        // children.html: a child without grand_parent/ancestor whose parent title is also a top-level title
        // is rejected under the deeper namesake, so it is listed once, under the top-level page
        ValidationResult r = site().page("setup.md", "title: Setup", "")
                .page("tools.md", "title: Tools", "")
                .page("tools/setup.md", "title: Setup\nparent: Tools", "")
                .page("setup/proxy.md", "title: Proxy\nparent: Setup", "")
                .validate();
        assertThat(of(r, "NAV002")).isEmpty();
        assertThat(r.site().nav().parentsOf(r.site().pageByPath("setup/proxy.md")))
                .extracting(p -> p.path())
                .containsExactly("setup.md");
    }

    @Test
    void ancestorIsCheckedAgainstThePathNotTheFirstNamesake() {
        // two branches with the same middle titles: 'ancestor' picks the branch by any title above
        ValidationResult r = site().page("linux.md", "title: Linux", "")
                .page("windows.md", "title: Windows", "")
                .page("linux/install.md", "title: Install\nparent: Linux", "")
                .page("windows/install.md", "title: Install\nparent: Windows", "")
                .page("linux/drivers.md", "title: Drivers\nparent: Install\ngrand_parent: Linux", "")
                .page("windows/drivers.md", "title: Drivers\nparent: Install\nancestor: Windows", "")
                .page("windows/printer.md", "title: Printer\nparent: Drivers\nancestor: Windows", "")
                .page("linux/printer.md", "title: Printer\nparent: Drivers\nancestor: Linux", "")
                .page("mac/printer.md", "title: Scanner\nparent: Drivers\nancestor: macOS", "")
                .validate();
        assertThat(of(r, "NAV002")).isEmpty();
        Finding f = only(r, "NAV003");
        assertAt(f, "mac/printer.md", 4, 11, Severity.ERROR);
        assertThat(f.message()).contains("macOS");
    }

    // NAV003

    @Test
    void nav003GrandParentContradictsChain() {
        ValidationResult r = site().page("a.md", "title: Windows", "")
                .page("a/setup.md", "title: Setup\nparent: Windows", "")
                .page("c.md", "title: Proxy\nparent: Setup\ngrand_parent: Linux", "")
                .validate();
        Finding f = only(r, "NAV003");
        assertAt(f, "c.md", 4, 15, Severity.ERROR);
        assertThat(f.hint()).contains("grand_parent: Windows");
    }

    @Test
    void nav003AncestorNotInChain() {
        ValidationResult r = site().page("a.md", "title: Windows", "")
                .page("a/setup.md", "title: Setup\nparent: Windows", "")
                .page("c.md", "title: Proxy\nparent: Setup\nancestor: Linux", "")
                .validate();
        assertAt(only(r, "NAV003"), "c.md", 4, 11, Severity.ERROR);
    }

    /**
     * Before v0.10 the navigation stops at the third level (a real 0.3.1 site has fourth-level pages whose
     * grand_parent is right): the page is missing from the sidebar because of its depth, not its grand_parent,
     * which correcting cannot change. A wrong grand_parent one level up is still reported.
     */
    @Test
    void nav003LegacyQuietUnderTheThirdLevelWhereTheNavigationStops() {
        SiteFixture s = site().page("m.md", "title: Models\nhas_children: true", "")
                .page("m/s.md", "title: Inference\nparent: Models\nhas_children: true", "")
                .page("m/s/e.md", "title: Errors\nparent: Inference\ngrand_parent: Models\nhas_children: true", "")
                .page("m/s/e/b.md", "title: Bootstrap\nparent: Errors\ngrand_parent: Inference", "")
                .page("m/s/e/w.md", "title: Wild\nparent: Errors\ngrand_parent: Statistics", "")
                .page("m/s/x.md", "title: Robust\nparent: Inference\ngrand_parent: Statistics", "");
        assertThat(where(legacy(s)).stream().filter(w -> w.endsWith("NAV003")).toList())
                .containsExactly("m/s/x.md:4:15 NAV003");
        assertThat(of(s.validate(), "NAV003"))
                .extracting(Finding::file)
                .containsExactlyInAnyOrder("m/s/e/w.md", "m/s/x.md");
    }

    /**
     * As on a real site (OpenSearch's documentation, just-the-docs 0.3.3): its own {@code _includes/nav.html}
     * shows a fourth level through {@code great_grand_parent}. What the theme's navigation would reject (depth,
     * grand_parent) says nothing about that site, so NAV003 and NAV007 stay silent. A copy of the theme's repository
     * (just-the-docs.gemspec) has nav.html anyway: edited (as PromptAI/promptdialog nests pages by parent alone, trial21)
     * it is the site's own too; without it the theme's navigation is judged.
     */
    @Test
    void nav003AndNav007SilentWhereTheSiteBuildsItsOwnNavigation() throws Exception {
        SiteFixture s = site().page("m.md", "title: Models\nhas_children: true", "")
                .page("m/s.md", "title: Inference\nparent: Models\nhas_children: true", "")
                .page("m/s/e.md", "title: Errors\nparent: Inference\ngrand_parent: Models\nhas_children: true", "")
                .page("m/s/e/b.md", "title: Bootstrap\nparent: Errors\ngrand_parent: Inference", "")
                .page("m/s/x.md", "title: Robust\nparent: Inference\ngrand_parent: Statistics", "");
        List<String> theme = where(legacy(s)).stream()
                .filter(w -> w.endsWith("NAV003") || w.endsWith("NAV007"))
                .toList();
        assertThat(theme).containsExactlyInAnyOrder("m/s/x.md:4:15 NAV003", "m/s/e/b.md:3:9 NAV007");
        s.file("_includes/nav.html", "{% for node in include.pages %}{{ node.great_grand_parent }}{% endfor %}\n");
        assertThat(where(legacy(s))).noneMatch(w -> w.endsWith("NAV003") || w.endsWith("NAV007"));
        s.file("just-the-docs.gemspec", "spec.version = \"0.3.3\"\n");
        assertThat(where(legacy(s))).noneMatch(w -> w.endsWith("NAV003") || w.endsWith("NAV007"));
        java.nio.file.Files.delete(dir.resolve("_includes/nav.html"));
        assertThat(where(legacy(s)).stream()
                        .filter(w -> w.endsWith("NAV003") || w.endsWith("NAV007"))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(theme);
    }

    /**
     * just-the-docs before 0.4 lists on the second level every page whose parent is the top-level title, whatever
     * its grand_parent ({@code where: "parent", node.title} in nav.html of 0.3.3); the third level also matches
     * grand_parent. As on a real 0.3.3 site (OpenSearch): 'API Key APIs' names its parent as grand_parent too and is
     * still shown, and so is its child. From 0.4 on, a second-level page must name no grand_parent.
     */
    @Test
    void before04TheSecondLevelIgnoresGrandParent() {
        SiteFixture s = site().page("a.md", "title: Security APIs\nhas_children: true", "")
                .page(
                        "a/k.md",
                        "title: Key APIs\nparent: Security APIs\ngrand_parent: Security APIs\nhas_children: true",
                        "")
                .page("a/k/c.md", "title: Create\nparent: Key APIs\ngrand_parent: Security APIs", "");
        java.util.function.Function<String, List<String>> nav = v -> where(s.validate(q -> new ValidationRequest(
                        q.contentDirectory(), null, null, null, ThemeVersion.parse(v), null, null, false)))
                .stream()
                .filter(w -> w.endsWith("NAV003") || w.endsWith("NAV007"))
                .toList();
        assertThat(nav.apply("0.3.3")).isEmpty();
        assertThat(nav.apply("0.2.9")).isEmpty();
        assertThat(nav.apply("0.4.1")).containsExactlyInAnyOrder("a/k.md:4:15 NAV003", "a/k/c.md:3:9 NAV007");
    }

    // NAV004

    @Test
    void nav004SamePermalink() {
        ValidationResult r = site().page("a.md", "title: A\npermalink: /faq/", "")
                .page("b.md", "title: B\npermalink: /faq/", "")
                .validate();
        assertAt(only(r, "NAV004"), "b.md", 3, 12, Severity.ERROR);
        // Jekyll writes pages in file name order: b.md last (golden platform-golden/url-collision)
        assertThat(only(r, "NAV004").message()).contains("(b.md, written last)");
    }

    @Test
    void nav004NamesThePageWrittenLastOnlyWhenSure() {
        // one file name in two folders: Ruby's sort leaves their order open, so the message names neither
        ValidationResult r = site().page("a/x.md", "title: A\npermalink: /faq/", "")
                .page("b/x.md", "title: B\npermalink: /faq/", "")
                .validate();
        assertThat(only(r, "NAV004").message()).doesNotContain("written last");
    }

    @Test
    void nav004PermalinkAgainstDerivedUrl() {
        ValidationResult r = site().page("docs/a.md", "title: A", "")
                .page("b.md", "title: B\npermalink: /docs/a.html", "")
                .page("docs/c/index.md", "title: C", "")
                .page("d.md", "title: D\npermalink: /docs/c/", "")
                .validate();
        assertThat(of(r, "NAV004"))
                .extracting(f -> f.file() + ":" + f.line())
                .containsExactlyInAnyOrder("b.md:3", "d.md:3");
    }

    @Test
    void nav004PermalinkWithoutExtensionWritesHtmlFile() {
        // Jekyll appends .html to an output path that does not already end with it: /v1.2 -> v1.2.html
        ValidationResult r = site().page("a.md", "title: A\npermalink: /release/v1.2", "")
                .page("b.md", "title: B\npermalink: /release/v1.2.html", "")
                .validate();
        assertThat(of(r, "NAV004")).hasSize(1);
    }

    @Test
    void nav004CaseOnlyDifference() {
        ValidationResult r = site().page("a.md", "title: A\npermalink: /Docs/Install/", "")
                .page("b.md", "title: B\npermalink: /docs/install/", "")
                .validate();
        Finding f = only(r, "NAV004");
        assertAt(f, "b.md", 3, 12, Severity.ERROR);
        assertThat(f.message()).contains("letter case");
    }

    @Test
    void nav004PrettyPermalinksMakeFileAndFolderIndexCollide() {
        ValidationResult r = site().file("_config.yml", "permalink: pretty\n")
                .page("docs/a.md", "title: A", "")
                .page("docs/a/index.md", "title: A index", "")
                .validate();
        assertThat(r.site().pageByPath("docs/a.md").url()).isEqualTo("/docs/a/");
        assertAt(only(r, "NAV004"), "docs/a/index.md", 1, 1, Severity.ERROR);
    }

    @Test
    void postsAndCollectionDocumentsGetJekyllUrls() {
        ValidationResult r = site().file("_config.yml", "collections:\n  docs:\n    output: true\n")
                .page("_posts/2024-01-15-hello.md", "title: Hello\ncategories: [News]", "")
                .page("_docs/guide/a.md", "title: A", "")
                .validate();
        assertThat(r.site().pageByPath("_posts/2024-01-15-hello.md").url()).isEqualTo("/news/2024/01/15/hello.html");
        assertThat(r.site().pageByPath("_docs/guide/a.md").url()).isEqualTo("/docs/guide/a.html");
        assertThat(where(r)).isEmpty();
    }

    @Test
    void nav004DistinctUrlsAreClean() {
        ValidationResult r = site().page("index.md", "title: Home", "")
                .page("docs/index.md", "title: Docs", "")
                .page("docs/a.md", "title: A\nparent: Docs", "")
                .page("b.md", "title: B\npermalink: /docs/a/", "")
                .validate();
        assertThat(where(r)).isEmpty();
    }

    // NAV005

    @Test
    void nav005SiblingsShareNavOrder() {
        ValidationResult r = site().page("p.md", "title: P", "")
                .page("p/a.md", "title: A\nparent: P\nnav_order: 1", "")
                .page("p/b.md", "title: B\nparent: P\nnav_order: 1.0", "")
                .page("p/c.md", "title: C\nparent: P\nnav_order: 2.5", "")
                .validate();
        assertAt(only(r, "NAV005"), "p/b.md", 4, 12, Severity.WARNING);
    }

    /**
     * A real site gives every document of a collection nav_order 10 through defaults: the tie is real (the theme
     * documents that equal nav_order values show in any order), but the page does not contain the value, so
     * the message says where it comes from and the hint names the default.
     */
    @Test
    void nav005FromDefaultsSaysWhereTheValueComesFrom() {
        ValidationResult r = site().file(
                        "_config.yml", "defaults:\n  - scope:\n      path: \"p\"\n    values:\n      nav_order: 10\n")
                .page("p.md", "title: P\nnav_order: 1", "")
                .page("p/a.md", "title: A\nparent: P", "")
                .page("p/b.md", "title: B\nparent: P", "")
                .page("p/c.md", "title: C\nparent: P\nnav_order: 10", "")
                .validate();
        assertThat(of(r, "NAV005"))
                .extracting(f -> f.file() + ":" + f.line() + " " + f.message() + " | " + f.hint())
                .containsExactly(
                        "p/b.md:1 nav_order 10, which this page gets from defaults: in _config.yml, is also used by"
                                + " its sibling 'A' (p/a.md, from defaults: too): just-the-docs may show the"
                                + " two in either order, changing between builds | give each sibling its own"
                                + " nav_order in its front matter, or remove nav_order from defaults: in _config.yml"
                                + " so that pages without one sort by title",
                        "p/c.md:4 nav_order 10 is also used by its sibling 'A' (p/a.md, from defaults: too):"
                                + " just-the-docs may show the two in either order, changing between builds"
                                + " | give each sibling a distinct nav_order");
    }

    /** The site's configuration is {@code _config.yaml}: the message names the file the writer has. */
    @Test
    void nav005FromDefaultsNamesTheConfigurationFileTheSiteHas() {
        ValidationResult r = site().file(
                        "_config.yaml", "defaults:\n  - scope:\n      path: \"p\"\n    values:\n      nav_order: 10\n")
                .page("p.md", "title: P\nnav_order: 1", "")
                .page("p/a.md", "title: A\nparent: P", "")
                .page("p/b.md", "title: B\nparent: P", "")
                .validate();
        assertThat(only(r, "NAV005").message()).contains("from defaults: in _config.yaml,");
        assertThat(only(r, "NAV005").hint()).contains("from defaults: in _config.yaml so that");
    }

    @Test
    void nav005SameOrderUnderDifferentParentsIsFine() {
        ValidationResult r = site().page("p.md", "title: P\nnav_order: 1", "")
                .page("q.md", "title: Q\nnav_order: 2", "")
                .page("p/a.md", "title: A\nparent: P\nnav_order: 1", "")
                .page("q/b.md", "title: B\nparent: Q\nnav_order: 1", "")
                .validate();
        assertThat(where(r)).isEmpty();
    }

    private static final String TWO_COLLECTIONS = "collections:\n  tips:\n    output: true\n  faq:\n    output: true\n"
            + "just_the_docs:\n  collections:\n    tips:\n      name: Tips\n    faq:\n      name: FAQ\n";

    @Test
    void nav005NeverComparesPagesOfDifferentSections() {
        // each just_the_docs collection is a navigation section of its own (components/site_nav.html)
        ValidationResult r = site().file("_config.yml", TWO_COLLECTIONS)
                .page("index.md", "title: Home\nnav_order: 1", "")
                .page("_tips/a.md", "title: Start\nnav_order: 1", "")
                .page("_faq/a.md", "title: Start\nnav_order: 1", "")
                .validate();
        assertThat(where(r)).isEmpty();
    }

    @Test
    void nav005WithinOneCollectionSection() {
        ValidationResult r = site().file("_config.yml", TWO_COLLECTIONS)
                .page("_tips/a.md", "title: A\nnav_order: 1", "")
                .page("_tips/b.md", "title: B\nnav_order: 1", "")
                .validate();
        assertAt(only(r, "NAV005"), "_tips/b.md", 3, 12, Severity.WARNING);
    }

    @Test
    void nav005IgnoresPagesLeftOutOfTheNavigation() {
        ValidationResult r = site().file(
                        "_config.yml",
                        "collections:\n  old:\n    output: true\n  loose:\n    output: true\n"
                                + "just_the_docs:\n  collections:\n    old:\n      name: Old\n      nav_exclude: true\n")
                .page("index.md", "title: Home\nnav_order: 1", "")
                .page("search.md", "title: Search\nnav_order: 1\nnav_exclude: true", "")
                .page("_old/a.md", "title: A\nnav_order: 1", "")
                .page("_old/b.md", "title: B\nnav_order: 1", "")
                .page("_loose/a.md", "title: A\nnav_order: 1", "")
                .page("_loose/b.md", "title: B\nnav_order: 1", "")
                .validate();
        assertThat(where(r)).isEmpty();
    }

    @Test
    void nav005InTheListOfChildrenWhereExcludedChildrenAreListedToo() {
        // children_nav.html lists a page's children below its content, nav_exclude or not
        ValidationResult r = site().page("p.md", "title: P", "")
                .page("p/a.md", "title: A\nparent: P\nnav_order: 1", "")
                .page("p/b.md", "title: B\nparent: P\nnav_order: 1\nnav_exclude: true", "")
                .validate();
        Finding f = only(r, "NAV005");
        assertAt(f, "p/b.md", 4, 12, Severity.WARNING);
        assertThat(f.message()).contains("in the list of children on 'P' (p.md)");
        // no list of children (has_toc: false) and not in the main navigation: nowhere side by side
        ValidationResult quiet = SiteFixture.in(dir.resolve("quiet"))
                .page("p.md", "title: P\nhas_toc: false", "")
                .page("p/a.md", "title: A\nparent: P\nnav_order: 1", "")
                .page("p/b.md", "title: B\nparent: P\nnav_order: 1\nnav_exclude: true", "")
                .validate();
        assertThat(where(quiet)).isEmpty();
    }

    // NAV006

    @Test
    void nav006TopLevelTitlesRepeat() {
        ValidationResult r = site().page("a.md", "title: FAQ", "")
                .page("b.md", "title: FAQ", "")
                .validate();
        assertAt(only(r, "NAV006"), "b.md", 2, 1, Severity.WARNING);
    }

    @Test
    void nav006SiblingTitlesRepeat() {
        ValidationResult r = site().page("p.md", "title: P", "")
                .page("p/a.md", "title: Login\nparent: P", "")
                .page("p/b.md", "title: Login\nparent: P", "")
                .validate();
        assertAt(only(r, "NAV006"), "p/b.md", 2, 1, Severity.WARNING);
    }

    /**
     * As on raspibolt/raspibolt: two top-level pages titled '__________________________' draw a line in the sidebar
     * above the bonus and the troubleshooting sections. Near misses: the same line once a page names it as parent
     * (its parent: matches both), and a repeated title with one letter in it.
     */
    @Test
    void nav006LeavesRepeatedSeparatorLinesAlone() {
        SiteFixture s = site().page("a.md", "title: _____", "").page("b.md", "title: _____", "");
        assertThat(of(s.validate(), "NAV006")).isEmpty();
        assertAt(
                only(s.page("b/c.md", "title: C\nparent: _____", "").validate(), "NAV006"),
                "b.md",
                2,
                1,
                Severity.WARNING);
        ValidationResult lettered = site().page("a.md", "title: — A —", "")
                .page("b.md", "title: — A —", "")
                .validate();
        assertAt(only(lettered, "NAV006"), "b.md", 2, 1, Severity.WARNING);
    }

    @Test
    void nav006IgnoresTopLevelPagesLeftOutOfTheNavigation() {
        ValidationResult r = site().file("_config.yml", TWO_COLLECTIONS)
                .page("index.md", "title: Home", "")
                .page("404.md", "title: Home\nnav_exclude: true", "")
                .page("_tips/home.md", "title: Home", "")
                .page("_faq/home.md", "title: Home", "")
                .validate();
        assertThat(where(r)).isEmpty();
    }

    @Test
    void nav006ExcludedChildIsStillInItsParentsListOfChildren() {
        ValidationResult r = site().page("p.md", "title: P", "")
                .page("p/a.md", "title: Login\nparent: P", "")
                .page("p/b.md", "title: Login\nparent: P\nnav_exclude: true", "")
                .validate();
        Finding f = only(r, "NAV006");
        assertAt(f, "p/b.md", 2, 1, Severity.WARNING);
        assertThat(f.message()).contains("list of children on 'P'");
    }

    @Test
    void nav006EndlessLinkOnlyWhereTheMainNavigationShowsThePage() {
        ValidationResult r = site().page("a.md", "title: Setup", "")
                .page("a/b.md", "title: Windows\nparent: Setup", "")
                .page("a/b/c.md", "title: Setup\nparent: Windows\nnav_exclude: true", "")
                .validate();
        assertThat(of(r, "NAV006")).isEmpty();
    }

    @Test
    void nav006TitleEqualsAncestor() {
        ValidationResult r = site().page("a.md", "title: Setup", "")
                .page("a/b.md", "title: Windows\nparent: Setup", "")
                .page("a/b/c.md", "title: Setup\nparent: Windows\ngrand_parent: Setup", "")
                .validate();
        Finding f = only(r, "NAV006");
        assertAt(f, "a/b/c.md", 2, 1, Severity.WARNING);
        assertThat(f.message()).contains("ancestor");
        // Windows sits only under the top-level Setup: the theme stops at the loop, so its parent is not ambiguous
        assertThat(of(r, "NAV002")).isEmpty();
    }

    // NAV007

    @Test
    void nav007LegacyParentWithoutHasChildren() {
        ValidationResult r = legacy(site().page("p.md", "title: P", "").page("p/a.md", "title: A\nparent: P", ""));
        Finding f = only(r, "NAV007");
        assertAt(f, "p/a.md", 3, 9, Severity.ERROR);
        assertThat(f.hint()).contains("has_children: true");
    }

    @Test
    void nav007LeavesAParentThatSaysHasChildrenFalseToNav008() {
        // machinetranslate.org: 'Events' hides its 130 children on purpose with has_children: false; NAV008 says
        // so once on the parent, not NAV007 on each child. Near-miss: the parent that only leaves has_children out
        ValidationResult r = legacy(site().page("p.md", "title: P\nhas_children: false", "")
                .page("p/a.md", "title: A\nparent: P", "")
                .page("p/b.md", "title: B\nparent: P", "")
                .page("q.md", "title: Q", "")
                .page("q/c.md", "title: C\nparent: Q", ""));
        assertThat(of(r, "NAV007")).extracting(Finding::file).containsExactly("q/c.md");
        assertAt(only(r, "NAV008"), "p.md", 3, 15, Severity.WARNING);
    }

    @Test
    void nav007LegacyThirdLevelWithoutGrandParent() {
        ValidationResult r = legacy(site().page("p.md", "title: P\nhas_children: true", "")
                .page("p/a.md", "title: A\nparent: P\nhas_children: true", "")
                .page("p/a/b.md", "title: B\nparent: A", ""));
        Finding f = only(r, "NAV007");
        assertAt(f, "p/a/b.md", 3, 9, Severity.ERROR);
        assertThat(f.hint()).contains("grand_parent: P");
    }

    @Test
    void nav007JudgesTheParentThatGrandParentPicksAmongPagesOfTheSameTitle() {
        // as on a real site: 'React' under Docker (no children) and 'React' under Frontend (has_children); the
        // child names grand_parent: Frontend, and the theme lists it there
        SiteFixture s = site().page("docker.md", "title: Docker\nhas_children: true", "")
                .page("docker/react.md", "title: React\nparent: Docker", "")
                .page("front.md", "title: Frontend\nhas_children: true", "")
                .page("front/react.md", "title: React\nparent: Frontend\nhas_children: true", "")
                .page("front/react/basics.md", "title: Basics\nparent: React\ngrand_parent: Frontend", "");
        assertThat(of(legacy(s), "NAV007")).isEmpty();
    }

    @Test
    void nav007NamesTheParentInPlaceWhenOnlyAnotherOfTheSameTitleHasChildren() {
        SiteFixture s = site().page("docker.md", "title: Docker\nhas_children: true", "")
                .page("docker/react.md", "title: React\nparent: Docker\nhas_children: true", "")
                .page("front.md", "title: Frontend\nhas_children: true", "")
                .page("front/react.md", "title: React\nparent: Frontend", "")
                .page("front/react/basics.md", "title: Basics\nparent: React\ngrand_parent: Frontend", "");
        Finding f = only(legacy(s), "NAV007");
        assertAt(f, "front/react/basics.md", 3, 9, Severity.ERROR);
        assertThat(f.message()).contains("(front/react.md)");
        // a second-level page goes under the top-level 'React', not under a nested one of that title
        SiteFixture top = SiteFixture.in(dir.resolve("top"))
                .page("react.md", "title: React\nhas_children: true", "")
                .page("docker.md", "title: Docker\nhas_children: true", "")
                .page("docker/react.md", "title: React\nparent: Docker", "")
                .page("react/hooks.md", "title: Hooks\nparent: React", "");
        assertThat(of(legacy(top), "NAV007")).isEmpty();
    }

    @Test
    void nav007AFourthLevelPageIsNotShownBeforeTheme010AndNav003StaysSilent() {
        // as on a real product site: Training > 2. AI training > 2.1. AI agents > 2.1.1. Demo, on just-the-docs 0.7
        SiteFixture s = site().page("t.md", "title: Training\nhas_children: true", "")
                .page("t/ai.md", "title: AI\nparent: Training\nhas_children: true", "")
                .page("t/ai/agents.md", "title: Agents\nparent: AI\ngrand_parent: Training\nhas_children: true", "")
                .page("t/ai/agents/demo.md", "title: Demo\nparent: Agents\ngrand_parent: AI", "");
        ValidationResult r = legacy(s);
        Finding f = only(r, "NAV007");
        assertAt(f, "t/ai/agents/demo.md", 3, 9, Severity.ERROR);
        assertThat(f.message())
                .contains("three levels of navigation at most")
                .contains("'Agents' (t/ai/agents.md) is itself on the third level, under 'AI'")
                .contains("only the list of children below 'Agents' links to it");
        assertThat(of(r, "NAV003")).isEmpty();
        // just-the-docs 0.10 shows any depth: nothing to say
        assertThat(where(s.validate())).isEmpty();
    }

    @Test
    void nav003StillReportsAWrongGrandParentOnAFourthLevelPage() {
        SiteFixture s = site().page("t.md", "title: Training\nhas_children: true", "")
                .page("t/ai.md", "title: AI\nparent: Training\nhas_children: true", "")
                .page("t/ai/agents.md", "title: Agents\nparent: AI\ngrand_parent: Training\nhas_children: true", "")
                .page("t/ai/agents/demo.md", "title: Demo\nparent: Agents\ngrand_parent: Training", "");
        assertThat(only(s.validate(), "NAV003").message()).contains("the parent 'Agents' has parent 'AI'");
    }

    @Test
    void nav007SilentForCorrectLegacySiteAndForCurrentTheme() {
        SiteFixture s = site().page("p.md", "title: P\nhas_children: true", "")
                .page("p/a.md", "title: A\nparent: P\nhas_children: true", "")
                .page("p/a/b.md", "title: B\nparent: A\ngrand_parent: P", "");
        assertThat(where(legacy(s))).isEmpty();
        ValidationResult current = SiteFixture.in(dir.resolve("modern"))
                .page("p.md", "title: P", "")
                .page("p/a.md", "title: A\nparent: P", "")
                .page("p/a/b.md", "title: B\nparent: A", "")
                .validate();
        assertThat(where(current)).isEmpty();
    }

    // NAV008

    @Test
    void nav008HasChildrenFalseWithChildren() {
        ValidationResult r = site().page("p.md", "title: P\nhas_children: false", "")
                .page("p/a.md", "title: A\nparent: P", "")
                .page("q.md", "title: Q\nhas_children: false", "")
                .validate();
        assertAt(only(r, "NAV008"), "p.md", 3, 15, Severity.WARNING);
        assertThat(only(r, "NAV008").hint()).contains("remove 'has_children: false'");
    }

    /**
     * As on VzBoT3D/docs (trial27): each printer's section has a page titled "2. Z-assembly & Bed"; the kit's shows
     * its children, the printed version's says has_children: false. A child whose grand_parent names the kit is the
     * kit's, in the built sidebar and in the theme's nav/children.html, so the printed page hides nothing. Near
     * misses: a child whose grand_parent names the printed version, and one with no grand_parent (the theme would
     * list it under both), still make the printed page's has_children: false hide a child.
     */
    @Test
    void nav008CountsOnlyChildrenWhoseGrandParentPicksThisPage() {
        SiteFixture s = site().page("kit.md", "title: Kit", "")
                .page("printed.md", "title: Printed", "")
                .page("kit/z.md", "title: Z\nparent: Kit\nhas_children: true", "")
                .page("printed/z.md", "title: Z\nparent: Printed\nhas_children: false", "")
                .page("kit/z/motor.md", "title: Motor\nparent: Z\ngrand_parent: Kit", "")
                .page("kit/z/bed.md", "title: Bed\nparent: Z\nancestor: Kit", "");
        assertThat(of(s.validate(), "NAV008")).isEmpty();
        assertAt(
                only(
                        s.page("printed/z/belt.md", "title: Belt\nparent: Z\ngrand_parent: Printed", "")
                                .validate(),
                        "NAV008"),
                "printed/z.md",
                4,
                15,
                Severity.WARNING);
        ValidationResult plain = site().page("kit.md", "title: Kit", "")
                .page("printed.md", "title: Printed", "")
                .page("printed/z.md", "title: Z\nparent: Printed\nhas_children: false", "")
                .page("printed/z/belt.md", "title: Belt\nparent: Z", "")
                .validate();
        assertThat(of(plain, "NAV008")).hasSize(1);
    }

    /**
     * As on raspibolt/raspibolt: '+ Bitcoin' says has_children: false and each of its 16 children says nav_exclude:
     * true, so the built sidebar lists none of them whatever the parent says: nothing is hidden by has_children.
     * Near miss: one child without nav_exclude is hidden by it, and only that one is counted.
     */
    @Test
    void nav008LeavesOutChildrenThatExcludeThemselves() {
        SiteFixture s = site().page("p.md", "title: P\nhas_children: false", "")
                .page("p/a.md", "title: A\nparent: P\nnav_exclude: true", "")
                .page("p/b.md", "title: B\nparent: P\nnav_exclude: true", "");
        assertThat(of(s.validate(), "NAV008")).isEmpty();
        Finding f = only(s.page("p/c.md", "title: C\nparent: P", "").validate(), "NAV008");
        assertAt(f, "p.md", 3, 15, Severity.WARNING);
        assertThat(f.message()).contains("but 1 page(s)").contains("p/c.md");
    }

    @Test
    void nav008HintBeforeTheme010SetsHasChildrenTrue() {
        // removing has_children: false leaves the children hidden before 0.10: the hint must say 'true'
        Finding f = only(
                legacy(site().page("p.md", "title: P\nhas_children: false", "")
                        .page("p/a.md", "title: A\nparent: P", "")),
                "NAV008");
        assertThat(f.hint()).contains("set 'has_children: true'").doesNotContain("remove");
    }
}
