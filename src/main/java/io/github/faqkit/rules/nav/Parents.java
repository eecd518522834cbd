package io.github.faqkit.rules.nav;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
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
            if (below(c, child, site)) {
                // the theme reaches c only through the child itself, and stops there at the '∞' loop
                continue;
            }
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

    /** True when {@code page} can only hang below {@code ancestor}: every chain above it passes through it. */
    static boolean below(Page page, Page ancestor, Site site) {
        Set<Page> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Page> todo = new ArrayDeque<>();
        todo.add(page);
        boolean reachesTop = false;
        while (!todo.isEmpty() && seen.size() < 1000) {
            Page p = todo.poll();
            if (!seen.add(p) || p == ancestor) {
                continue;
            }
            if (p.parent() == null) {
                reachesTop = true;
                break;
            }
            todo.addAll(candidates(p, site));
        }
        return !reachesTop && seen.contains(ancestor);
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
