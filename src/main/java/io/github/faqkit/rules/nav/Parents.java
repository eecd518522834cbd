package io.github.faqkit.rules.nav;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.ThemeVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which pages a child's {@code parent} (and {@code grand_parent}/{@code ancestor}) can mean. */
final class Parents {
    private Parents() {}

    /** Rendered pages in the child's collection whose title equals its parent exactly. */
    static List<Page> candidates(Page child, Site site) {
        List<Page> out = new ArrayList<>();
        for (Page p : site.pagesTitled(child.parent())) {
            if (p != child
                    && Objects.equals(p.entry().collection(), child.entry().collection())) {
                out.add(p);
            }
        }
        for (Page p : site.listedUnwritten()) {
            if (p != child
                    && Objects.equals(p.title(), child.parent())
                    && Objects.equals(p.entry().collection(), child.entry().collection())) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The candidates the theme actually lists the child under. This is read off the navigation tree,
     * because grand_parent compares with the candidate's own parent while ancestor is checked against
     * every title on the path from the top, and a candidate reachable along several paths can accept
     * the child on one and reject it on another.
     */
    static List<Page> matching(Page child, List<Page> candidates, Site site) {
        List<Page> out = new ArrayList<>();
        for (Page p : site.nav().parentsOf(child)) {
            if (candidates.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Candidates that appear in the navigation and list children at all: an unreachable parent, or one
     * whose has_children hides its children, is reported by its own rule; under a third-level page the
     * navigation before v0.10 lists nothing, whatever the child's grand_parent says.
     */
    static List<Page> placed(List<Page> candidates, Site site) {
        boolean listsByDefault = !site.themeVersion().before(ThemeVersion.UNLIMITED_NAV);
        List<Page> out = new ArrayList<>();
        for (Page c : candidates) {
            if (site.nav().holdsChildren(c) && c.flag("has_children", listsByDefault)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The parents that one of jekyll-polyglot's language builds lists the child under together: the most any build
     * holds (all of them without polyglot). A fallback page under the English parent in the English build and
     * under the French one in the French build is under one parent in each.
     */
    static List<Page> inOneBuild(Page child, List<Page> parents, Site site) {
        parents = sameNavValues(child, parents, site);
        if (!site.languages().split() || parents.size() < 2) {
            return parents;
        }
        List<Page> most = List.of();
        for (String build : site.languages().buildsOf(child)) {
            List<Page> here = new ArrayList<>();
            for (Page p : parents) {
                if (site.languages().buildsOf(p).contains(build)) {
                    here.add(p);
                }
            }
            if (here.size() > most.size()) {
                most = here;
            }
        }
        return most;
    }

    /**
     * The parents that give the page variables the site's own navigation reads ({@code lang}) the child's values,
     * when some do: such a navigation lists the pages of one language together, so an English child is never
     * under the Spanish page that kept the English title (CNDY1390/cs188). All of them when none does.
     */
    private static List<Page> sameNavValues(Page child, List<Page> parents, Site site) {
        if (parents.size() < 2) {
            return parents;
        }
        java.util.Set<String> names = Siblings.navVariables(site);
        if (names.isEmpty()) {
            return parents;
        }
        List<Page> same = new ArrayList<>();
        for (Page p : parents) {
            if (names.stream()
                    .allMatch(n -> Objects.equals(p.data().get(n), child.data().get(n)))) {
                same.add(p);
            }
        }
        return same.isEmpty() ? parents : same;
    }

    static String where(Page p) {
        return p.path() + ":" + p.keyLine("title");
    }

    static boolean sameNamespace(Page a, Page b) {
        return Objects.equals(a.entry().collection(), b.entry().collection());
    }
}
