package io.github.faqkit.rules.nav;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.ThemeVersion;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * NAV007: before v0.10 just-the-docs only showed children of pages with {@code has_children: true},
 * and only third-level pages that name their {@code grand_parent}.
 */
public final class LegacyNav extends Rule {
    public LegacyNav() {
        super(
                NavRules.NAV007,
                "legacy-nav",
                Severity.ERROR,
                "Only with themeVersion < 0.10: a parent lacks "
                        + "has_children: true, or a third-level page lacks grand_parent.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (!ThemeNavigation.shown(site)) {
            return; // no page draws the theme's navigation: what it would show is never seen
        }
        if (!site.themeVersion().before(ThemeVersion.UNLIMITED_NAV)
                || !page.rendered()
                || page.parent() == null
                || site.ownNavigation() != null) {
            return;
        }
        List<Page> candidates = Parents.candidates(page, site);
        if (candidates.isEmpty()) {
            return;
        }
        // the theme lists a page without grand_parent under a top-level page, and one with grand_parent under a
        // page whose own parent is that grand_parent: only the candidates in that place can show it
        List<Page> inPlace = new ArrayList<>();
        for (Page c : candidates) {
            if (page.grandParent() == null
                    ? c.parent() == null
                    : page.grandParent().equals(c.parent())) {
                inPlace.add(c);
            }
        }
        if (inPlace.isEmpty()) {
            Page parent = candidates.get(0);
            if (page.grandParent() == null) {
                out.report(
                        page,
                        page.valueLine("parent"),
                        page.valueColumn("parent"),
                        "this is a third-level page: " + "just-the-docs " + site.themeVersion()
                                + " only shows it when it names its grand_parent",
                        "add 'grand_parent: " + parent.parent() + "'");
            }
            // a grand_parent that matches no candidate's parent is NAV003's finding
            return;
        }
        // before 0.4 a page naming a grand_parent is still on the second level when its parent is top-level
        boolean before04 = site.themeVersion().before(new ThemeVersion(0, 4, 0));
        if (page.grandParent() != null
                && inPlace.stream()
                        .allMatch(c -> c.grandParent() != null
                                && (!before04
                                        || site.pagesTitled(c.parent()).stream().anyMatch(p -> p.parent() != null)))) {
            // the theme lists pages with grand_parent on the third level only, under a second-level page
            Page parent = inPlace.get(0);
            out.report(
                    page,
                    page.valueLine("parent"),
                    page.valueColumn("parent"),
                    "just-the-docs " + site.themeVersion() + " shows three levels of navigation at most, and this "
                            + "page would be on the fourth: its parent '" + parent.title() + "' (" + parent.path()
                            + ") is itself on the third level, under '" + parent.parent() + "', so the main "
                            + "navigation leaves this page out"
                            + (site.nav().listsChildren(parent)
                                    ? " (only the list of children below '" + parent.title() + "' links to it)"
                                    : ""),
                    "make it a child of a second-level page, or build with just-the-docs 0.10 or later, which shows "
                            + "any depth (and set faq.themeVersion if it is not read from the site)");
            return;
        }
        if (inPlace.stream().anyMatch(LegacyNav::saysNoChildren)) {
            // the parent hides its children on purpose: NAV008 says so once, on its has_children: false
            return;
        }
        if (inPlace.stream().noneMatch(c -> c.flag("has_children", false))) {
            Page parent = inPlace.get(0);
            out.report(
                    page,
                    page.valueLine("parent"),
                    page.valueColumn("parent"),
                    "just-the-docs "
                            + site.themeVersion() + " only lists children of pages with 'has_children: true', and '"
                            + parent.title() + "' (" + parent.path() + ") does not have it, so this page is not shown",
                    "add 'has_children: true' to " + parent.path());
        }
    }

    /** True when the page says {@code has_children: false} itself (after defaults), not merely leaves it out. */
    private static boolean saysNoChildren(Page p) {
        com.fasterxml.jackson.databind.JsonNode hc = p.data().get("has_children");
        return hc != null && hc.isBoolean() && !hc.asBoolean();
    }
}
