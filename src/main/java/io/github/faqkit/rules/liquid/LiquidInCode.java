package io.github.faqkit.rules.liquid;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.liquid.LiquidProblem;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** LIQ004: Liquid inside code, which Jekyll evaluates like any other text. */
public final class LiquidInCode extends Rule {
    public LiquidInCode() {
        super(
                LiquidRules.LIQ004,
                "liquid-in-code",
                Severity.WARNING,
                "{{ }} or {% %} inside a code block or span: Jekyll evaluates it, so readers see its result "
                        + "instead of the code.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        for (LiquidProblem p : page.liquid().problems()) {
            if (p.kind() != LiquidProblem.Kind.IN_CODE) {
                continue;
            }
            String seen = p.detail() == null ? "something else" : "'" + shorten(p.detail()) + "'";
            out.report(
                    page,
                    p.line(),
                    p.column(),
                    "Jekyll evaluates Liquid inside code too: readers see " + seen + " where the page has '"
                            + shorten(p.name()) + "'",
                    "wrap the code in {% raw %}…{% endraw %}, or set render_with_liquid: false in the front matter "
                            + "if the page uses no Liquid");
        }
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
