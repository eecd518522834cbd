package io.github.faqkit.rules.frontmatter;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.faqkit.core.FrontMatter;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** FM009: just-the-docs sorts string nav_order values after all numbers, and as text ("10" before "2"). */
public final class NavOrderQuotedNumber extends Rule {
    public NavOrderQuotedNumber() {
        super(FrontMatterRules.FM009, "nav-order-quoted-number", Severity.WARNING,
                "nav_order is a quoted number, which sorts as text after every numeric nav_order.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        FrontMatter.Entry e = page.frontMatter().entry("nav_order");
        if (e == null) {
            return;
        }
        JsonNode v = e.value();
        if (v.isTextual() && v.asText().trim().matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            out.report(page, e.valueLine(), e.valueColumn(), "nav_order \"" + v.asText() + "\" is quoted, so "
                    + "just-the-docs sorts it as text, after every page with a numeric nav_order (and \"10\" before \"2\")",
                    "remove the quotes: 'nav_order: " + v.asText().trim() + "'");
        }
    }
}
