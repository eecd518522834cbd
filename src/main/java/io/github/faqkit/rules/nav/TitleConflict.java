package io.github.faqkit.rules.nav;

import io.github.faqkit.core.NavTree;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
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
        List<List<NavTree.Node>> groups = Siblings.groups(site.nav());
        for (int g = 0; g < groups.size(); g++) {
            Map<String, Page> seen = new HashMap<>();
            for (NavTree.Node n : groups.get(g)) {
                Page p = n.page();
                if (n.loop() && reported.put(p, true) == null) {
                    out.report(
                            p,
                            p.keyLine("title"),
                            1,
                            "the title '" + p.title() + "' equals the title of one "
                                    + "of its ancestors: just-the-docs renders an endless '∞' link here",
                            "give this page a title different from its parents'");
                    continue;
                }
                Page first = seen.putIfAbsent(p.title(), p);
                if (first != null && first != p && reported.put(p, true) == null) {
                    String where = g == 0 ? "top-level page" : "sibling";
                    out.report(
                            p,
                            p.keyLine("title"),
                            1,
                            "another " + where + " (" + first.path() + ") has the "
                                    + "same title '" + p.title() + "': readers cannot tell them apart, and a child's "
                                    + "'parent: " + p.title() + "' matches both",
                            "give the pages distinct titles");
                }
            }
        }
    }
}
