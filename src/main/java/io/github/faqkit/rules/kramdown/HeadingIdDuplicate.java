package io.github.faqkit.rules.kramdown;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.kramdown.Heading;
import io.github.faqkit.core.kramdown.KramdownModel;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** HDR002: Two headings of a page get the same id, so links and the TOC jump to the first. */
public final class HeadingIdDuplicate extends Rule {
    public HeadingIdDuplicate() {
        super(
                KramdownRules.HDR002,
                "heading-id-duplicate",
                Severity.ERROR,
                "Two headings of a page get the same id, so links and the TOC jump to the first.");
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
        java.util.Map<String, Heading> first = new java.util.HashMap<>();
        for (Heading h : k.headings()) {
            if (h.id().isEmpty()) {
                continue;
            }
            Heading prev = first.putIfAbsent(h.id(), h);
            if (prev != null) {
                out.report(
                        page,
                        h.line(),
                        h.column(),
                        "heading '" + h.text() + "' gets the id '" + h.id()
                                + "', which heading '" + prev.text() + "' at line " + prev.line()
                                + " already has: every '#"
                                + h.id() + "' link and TOC entry jumps to the first one",
                        "give one of them an explicit id ('## " + h.text() + " {#another-id}') or reword it");
            }
        }
    }
}
