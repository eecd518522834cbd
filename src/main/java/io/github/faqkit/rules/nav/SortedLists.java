package io.github.faqkit.rules.nav;

import io.github.faqkit.core.NavTree;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The pages readers see in a list the theme sorts by {@code nav_order} ({@link Siblings}): where a page's
 * {@code nav_order} can change anything at all. A page no list shows (under a parent whose
 * {@code has_children: false} hides its children, say) is sorted against nothing.
 */
public final class SortedLists {
    private final Set<Page> pages;

    private SortedLists(Set<Page> pages) {
        this.pages = pages;
    }

    /** True when {@code page} is in a list readers see. */
    public static boolean sorted(Page page, Site site) {
        return site.derived(SortedLists.class, SortedLists::of).pages.contains(page);
    }

    private static SortedLists of(Site site) {
        Set<Page> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Siblings.Group g : Siblings.groups(site)) {
            for (NavTree.Node n : g.nodes()) {
                out.add(n.page());
            }
        }
        return new SortedLists(out);
    }
}
