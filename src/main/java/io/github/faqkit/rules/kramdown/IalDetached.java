package io.github.faqkit.rules.kramdown;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.kramdown.AttributeLine;
import io.github.faqkit.core.kramdown.KramdownModel;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** IAL001: An attribute line separated by blank lines from the block above lands on the next block instead. */
public final class IalDetached extends Rule {
    public IalDetached() {
        super(KramdownRules.IAL001, "ial-detached", Severity.ERROR, "An attribute line separated by blank lines from the block above lands on the next block instead.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (!page.rendered()) {
            return;
        }
        KramdownModel k = page.kramdown();
        for (AttributeLine a : k.attributeLines()) {
            if (a.placement() != AttributeLine.Placement.DETACHED || a.above() == null) {
                continue;
            }
            out.report(page, a.line(), a.column(), "'" + a.text() + "' is separated by a blank line from "
                    + a.above().description() + ", so kramdown does not apply it there: it lands on "
                    + a.target().description(),
                    "delete the blank line between " + a.above().description() + " and '" + a.text()
                    + "' so the attribute line sits directly under the block it belongs to");
        }
    }
}
