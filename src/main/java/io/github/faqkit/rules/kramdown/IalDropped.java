package io.github.faqkit.rules.kramdown;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.kramdown.AttributeLine;
import io.github.faqkit.core.kramdown.KramdownModel;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** IAL002: An attribute line that kramdown drops (end of file, start of page before a blank line, after a definition). */
public final class IalDropped extends Rule {
    public IalDropped() {
        super(
                KramdownRules.IAL002,
                "ial-dropped",
                Severity.WARNING,
                "An attribute line that kramdown drops (end of file, start of page before a blank line, after a definition).");
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
        for (AttributeLine a : k.attributeLines()) {
            if (a.placement() != AttributeLine.Placement.DROPPED) {
                continue;
            }
            out.report(
                    page,
                    a.line(),
                    a.column(),
                    "'" + a.text() + "' has no effect: " + a.dropReason(),
                    a.above() == null
                            ? "put the attribute line directly under the block it is meant for, or delete it"
                            : "move it directly under " + a.above().description() + " (no blank line), or delete it");
        }
    }
}
