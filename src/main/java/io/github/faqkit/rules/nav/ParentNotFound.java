package io.github.faqkit.rules.nav;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import io.github.faqkit.rules.Suggestions;
import java.util.ArrayList;
import java.util.List;

/** NAV001: the theme matches {@code parent} to titles by exact string equality; a typo hides the page. */
public final class ParentNotFound extends Rule {
    public ParentNotFound() {
        super(
                NavRules.NAV001,
                "parent-not-found",
                Severity.ERROR,
                "parent equals no page title (exact match, as the theme does), so the page vanishes from the navigation.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (!ThemeNavigation.shown(site)) {
            return; // no page draws the theme's navigation: what it would show is never seen
        }
        if (!page.rendered()
                || page.parent() == null
                || !Parents.candidates(page, site).isEmpty()
                || page.parent().equals(page.title())) {
            return; // a page naming itself is NAV009
        }
        if (!site.nav().listsNamespace(page.entry().collection())) {
            // a document of a collection the theme lists nowhere: its parent only feeds the site's own templates
            return;
        }
        for (Page p : site.markdownFiles()) {
            if (p.unpublishedByFrontMatter() && page.parent().equals(p.title()) && Parents.sameNamespace(p, page)) {
                if (p.listedInCollection()) {
                    // a document dated in the future: not written, but in site.<collection>, from which the theme
                    // builds a collection's navigation; its children stay under it there (its link is a 404 until
                    // it is published), which this model does not show: nothing to claim
                    return;
                }
                out.report(
                        page,
                        page.valueLine("parent"),
                        page.valueColumn("parent"),
                        "parent '" + page.parent() + "' is the title of " + p.path() + ", which Jekyll leaves out "
                                + "of the site ("
                                + p.leftOut().why(site.config().file())
                                + "), so just-the-docs shows this page nowhere in the navigation",
                        p.leftOut().futureDate()
                                ? "give this page another parent until " + p.path() + " is published, or date "
                                        + p.path() + " today or earlier"
                                : "publish " + p.path() + " (remove published: false), or give this page another"
                                        + " parent");
                return;
            }
        }
        List<String> titles = new ArrayList<>();
        for (Page p : site.pages()) {
            if (p != page && p.title() != null && Parents.sameNamespace(p, page)) {
                titles.add(p.title());
            }
        }
        String near = Suggestions.nearest(page.parent(), titles);
        String message = "parent '" + page.parent() + "' matches no page title, so just-the-docs shows this page "
                + (site.nav().excluded(page)
                        ? "in no page's list of children and gives it no breadcrumbs (nav_exclude already keeps it "
                                + "out of the main navigation)"
                        : "nowhere in the navigation")
                + " (titles must match exactly, including case and punctuation)";
        String hint = near != null
                ? "did you mean '" + near + "'? write 'parent: " + near + "'"
                : "set parent to the exact title of an existing page, or remove it to make this a top-level page";
        out.report(page, page.valueLine("parent"), page.valueColumn("parent"), message, hint);
    }
}
