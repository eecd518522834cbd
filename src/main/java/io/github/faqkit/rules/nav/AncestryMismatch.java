package io.github.faqkit.rules.nav;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/** NAV003: a {@code grand_parent} or {@code ancestor} that contradicts the chain makes the theme drop the page. */
public final class AncestryMismatch extends Rule {
    public AncestryMismatch() {
        super(
                NavRules.NAV003,
                "ancestry-mismatch",
                Severity.ERROR,
                "grand_parent/ancestor contradict the actual chain of parents, so the page is not shown.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (!ThemeNavigation.shown(site)) {
            return; // no page draws the theme's navigation: what it would show is never seen
        }
        if (!page.rendered() || page.parent() == null || site.ownNavigation() != null) {
            return;
        }
        if (page.grandParent() == null && page.ancestor() == null) {
            return;
        }
        List<Page> candidates = Parents.placed(Parents.candidates(page, site), site);
        if (candidates.isEmpty() || !Parents.matching(page, candidates, site).isEmpty()) {
            return;
        }
        if (page.grandParent() != null) {
            if (candidates.stream().anyMatch(c -> page.grandParent().equals(c.parent()))) {
                return; // grand_parent is right: the page is missing for another reason (depth: NAV007)
            }
            List<String> actual = new ArrayList<>();
            for (Page c : candidates) {
                actual.add(c.parent() == null ? "(none: '" + c.title() + "' is top-level)" : "'" + c.parent() + "'");
            }
            out.report(
                    page,
                    page.valueLine("grand_parent"),
                    page.valueColumn("grand_parent"),
                    "grand_parent '"
                            + page.grandParent() + "' does not match: the parent '" + page.parent() + "' has parent "
                            + String.join(" or ", actual) + ", so just-the-docs rejects this page as its child and it "
                            + "disappears from the navigation",
                    candidates.size() == 1 && candidates.get(0).parent() != null
                            ? "write 'grand_parent: " + candidates.get(0).parent() + "'"
                            : "correct or remove 'grand_parent'");
        } else {
            out.report(
                    page,
                    page.valueLine("ancestor"),
                    page.valueColumn("ancestor"),
                    "ancestor '"
                            + page.ancestor() + "' is not a title on the path above any page titled '" + page.parent()
                            + "', so just-the-docs rejects this page as its child and it disappears from the navigation",
                    "correct or remove 'ancestor' (it must name a page above '" + page.parent() + "')");
        }
    }
}
