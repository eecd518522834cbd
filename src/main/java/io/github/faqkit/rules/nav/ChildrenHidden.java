package io.github.faqkit.rules.nav;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.ThemeVersion;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.Objects;

/** NAV008: {@code has_children: false} hides a page's whole subtree, whatever its children say. */
public final class ChildrenHidden extends Rule {
    public ChildrenHidden() {
        super(
                NavRules.NAV008,
                "children-hidden",
                Severity.WARNING,
                "has_children: false on a page that has children hides them all from the navigation.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (!ThemeNavigation.shown(site)) {
            return; // no page draws the theme's navigation: what it would show is never seen
        }
        JsonNode hc = page.data().get("has_children");
        if (!page.rendered() || page.title() == null || hc == null || !hc.isBoolean() || hc.asBoolean()) {
            return;
        }
        int children = 0;
        Page example = null;
        for (Page p : site.pages()) {
            if (p != page
                    && page.title().equals(p.parent())
                    && Objects.equals(p.entry().collection(), page.entry().collection())
                    && placesUnder(p, page)
                    && !site.nav().excluded(p)) {
                // a child with nav_exclude is never in the sidebar, has_children or not: raspibolt/raspibolt's
                // bonus sections say has_children: false over children that all say nav_exclude: true
                children++;
                if (example == null) {
                    example = p;
                }
            }
        }
        if (children > 0) {
            out.report(
                    page,
                    page.valueLine("has_children"),
                    page.valueColumn("has_children"),
                    "has_children is "
                            + "false but " + children + " page(s) name this page as parent (e.g. " + example.path()
                            + "): just-the-docs hides all of them from the navigation",
                    hint(site));
        }
    }

    /**
     * False when the theme would not list {@code child} under {@code page} even with its children shown
     * ({@code nav/children.html}): a {@code grand_parent} other than the page's own parent, or an {@code ancestor}
     * that is neither the page nor one above it, picks another page of the same title. VzBoT3D/docs (trial27)
     * titles a page "2. Z-assembly & Bed" in each printer's section; the Mellow kit's lists five children that say
     * {@code grand_parent: Vz235 - Mellow Kit}, the printed versions' say {@code has_children: false} and have none.
     */
    static boolean placesUnder(Page child, Page page) {
        JsonNode gp = child.data().get("grand_parent");
        if (truthy(gp) && !(gp.isTextual() && gp.asText().equals(page.parent()))) {
            return false;
        }
        JsonNode ancestor = child.data().get("ancestor");
        if (truthy(ancestor)) {
            String a = ancestor.isTextual() ? ancestor.asText() : null;
            // the titles above the page as far as its front matter names them; a farther one is not claimed
            JsonNode pageGp = page.data().get("grand_parent");
            return a != null
                    && (a.equals(page.title())
                            || a.equals(page.parent())
                            || pageGp != null && pageGp.isTextual() && a.equals(pageGp.asText()));
        }
        return true;
    }

    /** Liquid's truth: everything but nil and false. */
    private static boolean truthy(JsonNode v) {
        return v != null && !v.isNull() && !(v.isBoolean() && !v.asBoolean());
    }

    private static String hint(Site site) {
        if (site.themeVersion().before(ThemeVersion.UNLIMITED_NAV)) {
            // before 0.10 a parent without has_children shows no children either: only 'true' brings them back
            return "to show them, set 'has_children: true' (just-the-docs " + site.themeVersion()
                    + " lists children only then)";
        }
        return "to show them, remove 'has_children: false' (just-the-docs " + site.themeVersion()
                + " finds children by itself)";
    }
}
