package io.github.faqkit.rules.nav;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.faqkit.core.FrontMatter;
import io.github.faqkit.core.NavTree;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.math.BigDecimal;
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

    /**
     * The page's nav_order as its front matter writes it, followed by what it is to the theme when YAML reads it as
     * another number: {@code 020 (YAML reads a leading 0 as octal: the number 16)}.
     */
    private static String asWritten(Page p, JsonNode order) {
        FrontMatter.Entry own = p.frontMatter().entry("nav_order");
        String written = own == null || own.written() == null ? null : own.written();
        if (written == null || sameNumber(written, order)) {
            return written == null ? order.asText() : written;
        }
        return written
                + (OCTAL.matcher(written).matches()
                        ? " (YAML reads a leading 0 as octal: the number " + order.asText() + ")"
                        : " (to YAML the number " + order.asText() + ")");
    }

    private static final java.util.regex.Pattern OCTAL = java.util.regex.Pattern.compile("[-+]?0[0-7]+");

    /** True when {@code written} is the decimal of {@code order} ({@code 1.50} and 1.5): nothing to explain. */
    private static boolean sameNumber(String written, JsonNode order) {
        try {
            return order.isNumber() && new BigDecimal(written).compareTo(order.decimalValue()) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@code , written 020 (…)} when the page writes its nav_order otherwise than the number reads; else empty. */
    private static String writtenNote(Page p) {
        FrontMatter.Entry own = p.frontMatter().entry("nav_order");
        return own == null || own.written() == null
                ? ""
                : ", written " + asWritten(p, p.data().get("nav_order"));
    }

    /** True when either page writes its nav_order with a leading 0 that YAML reads as octal. */
    private static boolean octal(Page a, Page b) {
        for (Page p : new Page[] {a, b}) {
            FrontMatter.Entry own = p.frontMatter().entry("nav_order");
            if (own != null
                    && own.written() != null
                    && OCTAL.matcher(own.written()).matches()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void checkSite(Site site, Reporter out) {
        Map<Page, Boolean> reported = new IdentityHashMap<>();
        for (Siblings.Group group : Siblings.groups(site)) {
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
                            "nav_order " + asWritten(p, order)
                                    + (fromDefaults
                                            ? ", which this page gets from defaults: in "
                                                    + site.config().file() + ","
                                            : "")
                                    + " is also used by its sibling '" + first.title() + "' (" + first.path()
                                    + (fromDefaults(first) ? ", from defaults: too" : writtenNote(first))
                                    + ")"
                                    + group.place() + ": "
                                    + "just-the-docs may show the two in either order, changing between builds",
                            fromDefaults
                                    ? "give each sibling its own nav_order in its front matter, or remove nav_order"
                                            + " from defaults: in "
                                            + site.config().file() + " so that pages without one sort by title"
                                    : octal(p, first)
                                            ? "give each sibling a distinct nav_order, written without leading zeros"
                                                    + " (YAML reads 020 as 16, 010 as 8)"
                                            : "give each sibling a distinct nav_order");
                }
            }
        }
    }
}
