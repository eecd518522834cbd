package io.github.faqkit.rules.nav;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.faqkit.core.NavTree;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/** NAV005: the theme's sort is not stable, so siblings with equal nav_order swap between builds. */
public final class NavOrderTie extends Rule {
    public NavOrderTie() {
        super(
                NavRules.NAV005,
                "nav-order-tie",
                Severity.WARNING,
                "Siblings share a nav_order, so their order can change from one build to the next.");
    }

    /** True when the page's nav_order comes from {@code defaults:} in _config.yml, not from its front matter. */
    private static boolean fromDefaults(Page p) {
        return p.frontMatter().entry("nav_order") == null;
    }

    @Override
    public void checkSite(Site site, Reporter out) {
        Map<Page, Boolean> reported = new IdentityHashMap<>();
        for (Siblings.Group group : Siblings.groups(site.nav())) {
            Map<String, Page> seen = new HashMap<>();
            for (NavTree.Node n : group.nodes()) {
                Page p = n.page();
                JsonNode order = p.data().get("nav_order");
                if (order == null || order.isNull() || !(order.isNumber() || order.isTextual())) {
                    continue;
                }
                String key = order.isNumber()
                        ? "n" + order.decimalValue().stripTrailingZeros().toPlainString()
                        : "s" + order.asText();
                Page first = seen.putIfAbsent(key, p);
                if (first != null && first != p && reported.put(p, true) == null) {
                    boolean fromDefaults = fromDefaults(p);
                    // a value the page does not write: the writer looks for it in the page and finds nothing
                    out.report(
                            p,
                            p.valueLine("nav_order"),
                            p.valueColumn("nav_order"),
                            "nav_order " + order.asText()
                                    + (fromDefaults
                                            ? ", which this page gets from defaults: in "
                                                    + site.config().file() + ","
                                            : "")
                                    + " is also used by its sibling '" + first.title() + "' (" + first.path()
                                    + (fromDefaults(first) ? ", from defaults: too" : "") + ")"
                                    + group.place() + ": "
                                    + "just-the-docs may show the two in either order, changing between builds",
                            fromDefaults
                                    ? "give each sibling its own nav_order in its front matter, or remove nav_order"
                                            + " from defaults: in "
                                            + site.config().file() + " so that pages without one sort by title"
                                    : "give each sibling a distinct nav_order");
                }
            }
        }
    }
}
