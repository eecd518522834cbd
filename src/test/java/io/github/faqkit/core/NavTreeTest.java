package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;

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
}
