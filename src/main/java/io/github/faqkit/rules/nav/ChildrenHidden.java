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
                    && Objects.equals(p.entry().collection(), page.entry().collection())) {
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
