package io.github.faqkit.rules.kramdown;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.kramdown.KramdownModel;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** TOC002: More than one TOC marker: only the first becomes a TOC, the others render as literal lists. */
public final class TocMarkerRepeated extends Rule {
    public TocMarkerRepeated() {
        super(
                KramdownRules.TOC002,
                "toc-marker-repeated",
                Severity.WARNING,
                "More than one TOC marker: only the first becomes a TOC, the others render as literal lists.");
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
        if (k.toc() == null) {
            return;
        }
        for (int line : k.extraMarkers()) {
            out.report(
                    page,
                    line,
                    1,
                    "a second TOC marker: kramdown only replaces the first one (line "
                            + k.toc().markerLine() + "), so this list renders as the literal text",
                    "delete this marker; '{:toc}' can be used once per page");
        }
    }
}
