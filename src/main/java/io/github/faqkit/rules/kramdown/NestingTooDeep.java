package io.github.faqkit.rules.kramdown;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.kramdown.KramdownStop;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/**
 * SRC002: kramdown recurses once per level of a blockquote, a list, or an HTML element; too many levels
 * exhaust Ruby's stack ("stack level too deep") and the Jekyll build fails on the page.
 */
public final class NestingTooDeep extends Rule {
    public NestingTooDeep() {
        super(
                KramdownRules.SRC002,
                "nesting-too-deep",
                Severity.ERROR,
                "Blockquotes, lists or HTML elements nest so deep that kramdown stops with 'stack level too deep' "
                        + "and the Jekyll build fails.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        KramdownStop stop = page.kramdown().stop();
        if (!page.rendered() || stop == null) {
            return;
        }
        out.report(
                page,
                stop.line(),
                1,
                "kramdown stops here with 'stack level too deep' (SystemStackError): " + stop.nesting()
                        + " are more than Ruby's stack holds, so the Jekyll build fails on this page",
                "nest less deeply: flatten the blockquotes, lists or HTML elements (kramdown 2.4 on Ruby 3.1 "
                        + "stops at about 1,670 blockquote levels, 820 list levels or 1,970 HTML elements, "
                        + "fewer when they are mixed)");
    }
}
