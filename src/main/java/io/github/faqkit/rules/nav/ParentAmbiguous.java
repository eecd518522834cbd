package io.github.faqkit.rules.nav;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.List;
import java.util.stream.Collectors;

/** NAV002: when several pages carry the parent's title, the theme lists the child under each of them. */
public final class ParentAmbiguous extends Rule {
    public ParentAmbiguous() {
        super(
                NavRules.NAV002,
                "parent-ambiguous",
                Severity.ERROR,
                "Several pages carry the parent title and grand_parent/ancestor do not pick one.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (!ThemeNavigation.shown(site)) {
            return; // no page draws the theme's navigation: what it would show is never seen
        }
        if (!page.rendered() || page.parent() == null) {
            return;
        }
        List<Page> candidates = Parents.candidates(page, site);
        List<Page> matching = Parents.inOneBuild(page, Parents.matching(page, candidates, site), site);
        if (matching.size() > 1) {
            String list = matching.stream().map(Parents::where).collect(Collectors.joining(", "));
            out.report(
                    page,
                    page.valueLine("parent"),
                    page.valueColumn("parent"),
                    "parent '" + page.parent()
                            + "' is the title of " + matching.size() + " pages (" + list
                            + "): just-the-docs lists this "
                            + "page under each of them",
                    "add 'grand_parent: …' (the title of the intended parent's own "
                            + "parent) or 'ancestor: …', or give the parents distinct titles");
        }
    }
}
