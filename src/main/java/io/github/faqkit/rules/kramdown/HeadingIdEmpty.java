package io.github.faqkit.rules.kramdown;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.kramdown.Heading;
import io.github.faqkit.core.kramdown.KramdownModel;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** HDR001: A heading whose kramdown-GFM id is empty, so its TOC link points to '#'. */
public final class HeadingIdEmpty extends Rule {
    public HeadingIdEmpty() {
        super(
                KramdownRules.HDR001,
                "heading-id-empty",
                Severity.ERROR,
                "A heading whose kramdown-GFM id is empty, so its TOC link points to '#'.");
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
        for (Heading h : k.headings()) {
            if (h.id().isEmpty() && !h.explicitId() && k.autoIds()) {
                out.report(
                        page,
                        h.line(),
                        h.column(),
                        "heading '" + h.text() + "' gets no id: kramdown keeps only "
                                + "letters, digits, '-', '_' and spaces, and nothing is left, so TOC and search links point to '#'",
                        "add words to the heading, or give it an explicit id: '## " + h.text() + " {#my-id}'");
            }
        }
    }
}
