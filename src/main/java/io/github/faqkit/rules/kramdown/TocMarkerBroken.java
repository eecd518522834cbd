package io.github.faqkit.rules.kramdown;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.kramdown.KramdownModel;
import io.github.faqkit.core.kramdown.MarkerProblem;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** TOC001: Something that looks like a TOC marker but that kramdown will not turn into a TOC. */
public final class TocMarkerBroken extends Rule {
    public TocMarkerBroken() {
        super(KramdownRules.TOC001, "toc-marker-broken", Severity.ERROR, "Something that looks like a TOC marker but that kramdown will not turn into a TOC.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (!page.rendered()) {
            return;
        }
        KramdownModel k = page.kramdown();
        for (MarkerProblem m : k.brokenMarkers()) {
            out.report(page, m.line(), m.column(), "no TOC here: " + m.reason(), m.hint());
        }
    }
}
