package io.github.faqkit.rules.liquid;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.liquid.LayoutIncludes;
import io.github.faqkit.core.liquid.LiquidProblem;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import io.github.faqkit.rules.images.ImageRules;
import java.util.Set;

/** LIQ002: an include (or the file of a {@code {% link %}} / {@code {% post_url %}}) that does not exist. */
public final class IncludeNotFound extends Rule {
    public IncludeNotFound() {
        super(
                LiquidRules.LIQ002,
                "include-not-found",
                Severity.ERROR,
                "An {% include %} of a file that is not in _includes (or a {% link %} / {% post_url %} to no file): "
                        + "the build stops.");
    }

    /** A {@code {% link %}} to no file in an image path leaves the path empty: IMG007 there is the same mistake. */
    @Override
    public Set<String> absorbs() {
        return Set.of(ImageRules.IMG007);
    }

    /** The site's own layouts that reach an include no folder has: reported at the layout's line, once. */
    @Override
    public void checkSite(Site site, Reporter out) {
        LayoutIncludes layouts = site.derived(LayoutIncludes.class, s -> LayoutIncludes.NONE);
        for (LayoutIncludes.Missing m : layouts.missing()) {
            out.report(
                    m.layout(),
                    m.line(),
                    m.column(),
                    "the include '" + m.include() + "' is "
                            + (layouts.theme().isEmpty()
                                    ? "not in _includes"
                                    : "in neither _includes nor the theme (" + layouts.theme() + ")")
                            + (m.via().equals(m.include()) ? "" : " (included via " + m.via() + ")")
                            + ": Jekyll stops the build with \"Could not locate the included file\" when it renders"
                            + " this layout for " + m.page() + ", so the site is not published",
                    "add _includes/" + m.include() + " or correct the name"
                            + (layouts.theme().isEmpty()
                                    ? ""
                                    : "; where " + m.layout() + " is a copy of an older just-the-docs release's"
                                            + " layout, deleting it builds with the theme's own (see first what"
                                            + " your copy changed)"));
        }
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        for (LiquidProblem p : page.liquid().problems()) {
            if (p.kind() != LiquidProblem.Kind.INCLUDE_NOT_FOUND) {
                continue;
            }
            if (p.detail() != null && p.detail().startsWith("{%")) {
                out.report(
                        page,
                        p.line(),
                        p.column(),
                        "'" + p.detail() + "' names no file of the site: Jekyll " + "stops the build",
                        "write the path of an existing file, relative to the site root");
            } else {
                out.report(
                        page,
                        p.line(),
                        p.column(),
                        "the include '" + p.name() + "' is not in _includes"
                                + (p.detail() != null && !p.detail().equals(p.name())
                                        ? " (included via " + p.detail() + ")"
                                        : "")
                                + ": Jekyll stops the build with \"Could not locate the included file\"",
                        "add _includes/" + p.name() + " or correct the name");
            }
        }
    }
}
