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
        super("NAV003", "ancestry-mismatch", Severity.ERROR,
                "grand_parent/ancestor contradict the actual chain of parents, so the page is not shown.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (!page.rendered() || page.parent() == null) {
            return;
        }
        List<Page> candidates = Parents.candidates(page, site);
        if (candidates.isEmpty() || !Parents.matching(page, candidates, site).isEmpty()) {
            return;
        }
        List<String> actual = new ArrayList<>();
        for (Page c : candidates) {
            actual.add(c.parent() == null ? "(none: '" + c.title() + "' is top-level)" : "'" + c.parent() + "'");
        }
        String key = page.grandParent() != null ? "grand_parent" : "ancestor";
        String value = page.grandParent() != null ? page.grandParent() : page.ancestor();
        String actualText = String.join(" or ", actual);
        out.report(page, page.valueLine(key), page.valueColumn(key), key + " '" + value + "' does not match: the "
                + "parent '" + page.parent() + "' has parent " + actualText + ", so just-the-docs rejects this page "
                + "as its child and it disappears from the navigation",
                key.equals("grand_parent") && candidates.size() == 1 && candidates.get(0).parent() != null
                        ? "write 'grand_parent: " + candidates.get(0).parent() + "'"
                        : "correct or remove '" + key + "'");
    }
}
