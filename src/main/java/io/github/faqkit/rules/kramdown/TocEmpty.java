package io.github.faqkit.rules.kramdown;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.kramdown.KramdownModel;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** TOC003: A TOC marker on a page with no heading eligible for the TOC: kramdown renders nothing. */
public final class TocEmpty extends Rule {
    public TocEmpty() {
        super(
                KramdownRules.TOC003,
                "toc-empty",
                Severity.WARNING,
                "A TOC marker on a page with no heading eligible for the TOC: kramdown renders nothing.");
    }

    @Override
    public boolean checksShownBody() {
        return true;
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (!page.rendered()) {
            return;
        }
        KramdownModel k = page.kramdown();
        if (k.toc() != null && k.toc().entries().isEmpty()) {
            out.report(
                    page,
                    k.toc().markerLine(),
                    1,
                    "the TOC marker renders nothing: no heading on this page is "
                            + "eligible (every heading has .no_toc, is outside kramdown toc_levels, or there are none)",
                    "add headings for the TOC to list, or remove the marker and its label");
        }
    }
}
