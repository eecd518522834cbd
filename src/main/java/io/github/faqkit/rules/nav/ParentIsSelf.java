package io.github.faqkit.rules.nav;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** NAV009: a page whose {@code parent} is its own title hangs under itself, so its section leaves the navigation. */
public final class ParentIsSelf extends Rule {
    public ParentIsSelf() {
        super(
                NavRules.NAV009,
                "parent-is-self",
                Severity.ERROR,
                "A page names its own title as parent, so it and its whole section vanish from the navigation.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (!ThemeNavigation.shown(site)) {
            return; // no page draws the theme's navigation: what it would show is never seen
        }
        String parent = page.parent();
        if (!page.rendered() || parent == null || !parent.equals(page.title())) {
            return;
        }
        for (Page other : site.pagesTitled(parent)) {
            if (other != page) {
                return; // another page carries the title: the parent may mean it (NAV002 judges that)
            }
        }
        out.report(
                page,
                page.valueLine("parent"),
                page.valueColumn("parent"),
                "parent '" + parent
                        + "' is this page's own title: just-the-docs looks for it among the pages under it, so neither this "
                        + "page nor the pages under it appear in the navigation",
                "remove 'parent:' to make it a top-level section, or name the title of the section above it");
    }
}
