package io.github.faqkit.rules.nav;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which pages a child's {@code parent} (and {@code grand_parent}/{@code ancestor}) can mean. */
final class Parents {
    private Parents() {
    }

    /** Rendered pages in the child's collection whose title equals its parent exactly. */
    static List<Page> candidates(Page child, Site site) {
        List<Page> out = new ArrayList<>();
        for (Page p : site.pagesTitled(child.parent())) {
            if (p != child && Objects.equals(p.entry().collection(), child.entry().collection())) {
                out.add(p);
            }
        }
        return out;
    }

    /** Candidates left once grand_parent and ancestor are applied as the theme applies them. */
    static List<Page> matching(Page child, List<Page> candidates, Site site) {
        List<Page> out = new ArrayList<>();
        for (Page c : candidates) {
            if (child.grandParent() != null && !child.grandParent().equals(c.parent())) {
                continue;
            }
            if (child.ancestor() != null && !chainTitles(c, site).contains(child.ancestor())) {
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /** The page's own title and those above it, following the first matching parent (cycle-safe). */
    static List<String> chainTitles(Page page, Site site) {
        List<String> titles = new ArrayList<>();
        Page p = page;
        while (p != null && titles.size() < 32) {
            if (p.title() != null) {
                if (titles.contains(p.title())) {
                    break;
                }
                titles.add(p.title());
            }
            if (p.parent() == null) {
                break;
            }
            List<Page> next = candidates(p, site);
            p = next.isEmpty() ? null : next.get(0);
        }
        return titles;
    }

    static String where(Page p) {
        return p.path() + ":" + p.keyLine("title");
    }

    static boolean sameNamespace(Page a, Page b) {
        return Objects.equals(a.entry().collection(), b.entry().collection());
    }
}
