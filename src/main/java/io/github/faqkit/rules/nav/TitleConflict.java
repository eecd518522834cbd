package io.github.faqkit.rules.nav;

import io.github.faqkit.core.NavTree;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * NAV006: just-the-docs requires unique top-level titles, unique sibling titles, and titles that differ
 * from every ancestor's (otherwise it renders an endless "∞" link).
 */
public final class TitleConflict extends Rule {
    public TitleConflict() {
        super(
                NavRules.NAV006,
                "title-conflict",
                Severity.WARNING,
                "Sibling or top-level titles repeat, or a title equals an ancestor's.");
    }

    @Override
    public void checkSite(Site site, Reporter out) {
        Map<Page, Boolean> reported = new IdentityHashMap<>();
        for (Siblings.Group group : Siblings.groups(site)) {
            Map<String, Page> seen = new HashMap<>();
            for (NavTree.Node n : group.nodes()) {
                Page p = n.page();
                // the theme draws the endless link in the main navigation only
                if (n.loop() && n.inSidebar() && reported.put(p, true) == null) {
                    out.report(
                            p,
                            p.keyLine("title"),
                            1,
                            "the title '" + p.title() + "' equals the title of one "
                                    + "of its ancestors: just-the-docs renders an endless '∞' link here",
                            "give this page a title different from its parents'");
                    continue;
                }
                if (n.loop()) {
                    continue;
                }
                Page first = seen.putIfAbsent(p.title(), p);
                if (first != null && first != p && !separator(p.title(), site) && reported.put(p, true) == null) {
                    String where = group.topLevel() ? "top-level page" : "sibling";
                    out.report(
                            p,
                            p.keyLine("title"),
                            1,
                            "another " + where + " (" + first.path() + ")" + group.place() + " has the "
                                    + "same title '" + p.title() + "': readers cannot tell them apart, and a child's "
                                    + "'parent: " + p.title() + "' matches both",
                            "give the pages distinct titles");
                }
            }
        }
    }

    /**
     * A title without a letter or digit that no page names as its parent: a rule drawn in the sidebar between
     * sections, repeated on purpose. raspibolt/raspibolt titles two top-level pages '__________________________'
     * (each a redirect) to fence off its bonus and troubleshooting sections; readers are meant to see the same line.
     */
    private static boolean separator(String title, Site site) {
        if (title.codePoints().anyMatch(Character::isLetterOrDigit)) {
            return false;
        }
        for (Page q : site.pages()) {
            if (title.equals(q.parent())) {
                return false; // a child's parent: picks one of them at random: the clash matters
            }
        }
        return true;
    }
}
