package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NavTreeTest {
    @TempDir
    Path dir;

    private Site build(SiteFixture s) {
        return s.loadSite();
    }

    private static List<String> titles(List<NavTree.Node> nodes) {
        return nodes.stream().map(n -> n.page().title()).toList();
    }

    @Test
    void numbersFirstThenStringsAndTitlesSortedTogether() throws Exception {
        // just-the-docs nav/sorted.html: numeric nav_order by value, then one group of string nav_order and
        // titles (of pages without nav_order), compared as strings.
        Site site = build(SiteFixture.in(dir)
                .page("a.md", "title: Ten\nnav_order: 10", "")
                .page("b.md", "title: Two\nnav_order: 2", "")
                .page("c.md", "title: OnePointFive\nnav_order: 1.5", "")
                .page("d.md", "title: Zulu\nnav_order: b", "")
                .page("e.md", "title: a", "")
                .page("f.md", "title: Charlie", "")
                .page("g.md", "title: Quoted\nnav_order: \"10\"", "")
                .page("h.md", "title: 2024", ""));
        assertThat(titles(site.nav().roots()))
                .containsExactly("OnePointFive", "Two", "Ten", "Quoted", "2024", "Charlie", "a", "Zulu");
    }

    @Test
    void caseInsensitiveNavSort() throws Exception {
        Site site = build(SiteFixture.in(dir)
                .file("_config.yml", "nav_sort: case_insensitive\n")
                .page("a.md", "title: banana", "")
                .page("b.md", "title: Apple", "")
                .page("c.md", "title: cherry", ""));
        assertThat(titles(site.nav().roots())).containsExactly("Apple", "banana", "cherry");
    }

    @Test
    void childrenNestByExactParentTitleAtAnyDepth() throws Exception {
        Site site = build(SiteFixture.in(dir)
                .page("p.md", "title: P", "")
                .page("p/a.md", "title: A\nparent: P\nnav_order: 2", "")
                .page("p/b.md", "title: B\nparent: P\nnav_order: 1", "")
                .page("p/b/c.md", "title: C\nparent: B", "")
                .page("p/b/c/d.md", "title: D\nparent: C", ""));
        NavTree.Node p = site.nav().roots().get(0);
        assertThat(titles(p.children())).containsExactly("B", "A");
        NavTree.Node c = p.children().get(0).children().get(0);
        assertThat(titles(c.children())).containsExactly("D");
    }

    @Test
    void hasChildrenFalseHidesTheSubtree() throws Exception {
        Site site = build(SiteFixture.in(dir)
                .page("p.md", "title: P\nhas_children: false", "")
                .page("q.md", "title: Q", "")
                .page("p/a.md", "title: A\nparent: P", "")
                .page("q/b.md", "title: B\nparent: Q", ""));
        assertThat(titles(site.nav().roots())).containsExactly("P", "Q");
        assertThat(site.nav().roots().get(0).children()).isEmpty();
        assertThat(titles(site.nav().roots().get(1).children())).containsExactly("B");
        assertThat(site.nav().placements(site.pageByPath("p/a.md"))).isZero();
    }

    private static List<String> sidebar(List<NavTree.Node> nodes) {
        return nodes.stream()
                .filter(NavTree.Node::inSidebar)
                .map(n -> n.page().title())
                .toList();
    }

    private static final String COLLECTIONS = "collections:\n  tips:\n    output: true\n  old:\n    output: true\n"
            + "  loose:\n    output: true\n"
            + "just_the_docs:\n  collections:\n    old:\n      name: Archive\n      nav_exclude: true\n"
            + "    tips:\n      name: Tips\n";

    private SiteFixture collections(Path where) {
        return SiteFixture.in(where)
                .file("_config.yml", COLLECTIONS)
                .page("index.md", "title: Home", "")
                .page("_tips/t.md", "title: Tip", "")
                .page("_old/o.md", "title: Old", "")
                .page("_loose/l.md", "title: Loose", "");
    }

    @Test
    void eachListedCollectionIsASectionAfterTheSitesPages() {
        NavTree nav = build(collections(dir)).nav();
        assertThat(nav.sections().stream().map(NavTree.Section::collection))
                .containsExactly(null, "old", "tips", "loose");
        assertThat(nav.sections().stream().map(NavTree.Section::shown)).containsExactly(true, false, true, false);
        assertThat(nav.sections().get(2).name()).isEqualTo("Tips");
        assertThat(titles(nav.sections().get(2).roots())).containsExactly("Tip");
        assertThat(sidebar(nav.sections().get(1).roots())).isEmpty();
        assertThat(titles(nav.sections().get(1).roots())).containsExactly("Old");
    }

    @Test
    void collectionsReplacedTheSitesPagesBeforeV04() throws Exception {
        // v0.3.2 to v0.3.x: the sidebar lists the collections instead of site.html_pages
        SiteFixture s = collections(dir);
        Site legacy = s.validate(r -> new ValidationRequest(
                        r.contentDirectory(), null, null, null, ThemeVersion.parse("0.3.3"), null, null, false))
                .site();
        assertThat(legacy.nav().sections().get(0).shown()).isFalse();
        assertThat(legacy.nav().sections().get(2).shown()).isTrue();
        Site older = s.validate(r -> new ValidationRequest(
                        r.contentDirectory(), null, null, null, ThemeVersion.parse("0.3.1"), null, null, false))
                .site();
        assertThat(older.nav().sections().stream().map(NavTree.Section::shown))
                .containsExactly(true, false, false, false);
    }

    @Test
    void excludedPagesAndEverythingUnderThemAreInTheTreeButNotInTheSidebar() throws Exception {
        Site site = build(SiteFixture.in(dir)
                .page("p.md", "title: P\nnav_exclude: true", "")
                .page("p/a.md", "title: A\nparent: P", "")
                .page("q.md", "title: Q", ""));
        assertThat(titles(site.nav().roots())).containsExactly("P", "Q");
        assertThat(sidebar(site.nav().roots())).containsExactly("Q");
        NavTree.Node p = site.nav().roots().get(0);
        assertThat(titles(p.children())).containsExactly("A");
        assertThat(p.children().get(0).inSidebar()).isFalse();
        assertThat(site.nav().placements(site.pageByPath("p/a.md"))).isEqualTo(1);
    }

    @Test
    void whichNavExcludeValuesHideAPageDependsOnTheThemeVersion() throws Exception {
        SiteFixture s = SiteFixture.in(dir)
                .page("a.md", "title: Quoted\nnav_exclude: \"true\"", "")
                .page("b.md", "title: Plain yes\nnav_exclude: yes", "")
                .page("c.md", "title: Plain no\nnav_exclude: no", "")
                .page("d.md", "title: Word\nnav_exclude: \"false\"", "");
        // v0.6+: `nav_exclude != true`; Ruby's YAML reads a plain yes as true
        assertThat(sidebar(build(s).nav().roots())).containsExactly("Plain no", "Quoted", "Word");
        // v0.3.3 to v0.5.x: `unless node.nav_exclude`, so any string hides the page
        Site v05 = s.validate(r -> new ValidationRequest(
                        r.contentDirectory(), null, null, null, ThemeVersion.parse("0.5.4"), null, null, false))
                .site();
        assertThat(sidebar(v05.nav().roots())).containsExactly("Plain no");
    }
}
