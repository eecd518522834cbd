package io.github.faqkit.rules.images;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.refs.Resolution;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** IMG003: on the built site the path climbs above the site root or above baseurl. */
public final class ImageOutsideSite extends Rule {
    public ImageOutsideSite() {
        super(
                ImageRules.IMG003,
                "image-outside-site",
                Severity.ERROR,
                "On the built site the image path climbs above the site root (or above baseurl).");
    }

    @Override
    public boolean checksShownBody() {
        return true;
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        Refs.images(page, site, (ref, r) -> {
            if (r.web() == Resolution.Status.OUTSIDE) {
                String base = site.config().baseurl();
                out.report(
                        page,
                        ref.line(),
                        ref.column(),
                        "'" + ref.target() + "' climbs above the "
                                + (base.isEmpty() ? "site root" : "site's baseurl " + base) + " from the page URL "
                                + Refs.pageUrl(page, site) + ": the image can never be served from this site",
                        r.source() == Resolution.Status.FOUND
                                ? "use '" + Refs.relativeFix(page, site, r.sourceFile()) + "' or '"
                                        + Refs.liquidFix(r.sourceFile()) + "'"
                                : "remove '../' segments so the path stays inside the site, or use a path from the "
                                        + "site root with {{ \"/…\" | relative_url }}");
            }
        });
    }
}
