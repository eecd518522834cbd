package io.github.faqkit.rules.kramdown;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.kramdown.KramdownModel;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** HDR004: '##Text' without a space is paragraph text under GFM, not a heading. */
public final class HeadingNoSpace extends Rule {
    public HeadingNoSpace() {
        super(KramdownRules.HDR004, "heading-no-space", Severity.WARNING, "'##Text' without a space is paragraph text under GFM, not a heading.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (!page.rendered()) {
            return;
        }
        KramdownModel k = page.kramdown();
        for (int line : k.noSpaceHeadings()) {
            out.report(page, line, 1, "this line starts with '#' but has no space after the hashes: under Jekyll's "
                    + "GFM input it renders as paragraph text, not as a heading", "put a space after the hashes, e.g. '## Text'");
        }
    }
}
