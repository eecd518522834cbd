package io.github.faqkit.rules.liquid;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.liquid.LiquidEngine;
import io.github.faqkit.core.liquid.LiquidProblem;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * LIQ003: Liquid that cannot be evaluated here (a tag or filter from a Ruby plugin or theme, or a render
 * past a limit). One finding per tag or filter name, at its first use; its output is treated as unknown
 * by every other rule.
 */
public final class LiquidNotEvaluated extends Rule {
    public LiquidNotEvaluated() {
        super(
                LiquidRules.LIQ003,
                "liquid-not-evaluated",
                Severity.INFO,
                "A Liquid tag or filter that only Jekyll's plugins or theme run: what it writes is not checked.");
    }

    @Override
    public void checkSite(Site site, Reporter out) {
        Map<String, Object[]> first = new LinkedHashMap<>();
        for (Page page : site.markdownFiles()) {
            for (LiquidProblem p : page.liquid().problems()) {
                if (p.kind() == LiquidProblem.Kind.UNKNOWN_TAG || p.kind() == LiquidProblem.Kind.UNKNOWN_FILTER) {
                    String key = (p.kind() == LiquidProblem.Kind.UNKNOWN_TAG ? "tag " : "filter ") + p.name();
                    first.putIfAbsent(key, new Object[] {page, p});
                } else if (p.kind() == LiquidProblem.Kind.LIMIT) {
                    out.report(
                            page,
                            p.line(),
                            p.column(),
                            "this Liquid was not evaluated: " + p.detail() + "; what it writes is not checked",
                            "check this part of the page on the built site");
                }
            }
        }
        for (Map.Entry<String, Object[]> e : first.entrySet()) {
            Page page = (Page) e.getValue()[0];
            LiquidProblem p = (LiquidProblem) e.getValue()[1];
            String what = p.kind() == LiquidProblem.Kind.UNKNOWN_TAG
                    ? "the tag {% " + p.name() + " %}"
                    : "the filter '" + p.name() + "'";
            out.report(
                    page,
                    p.line(),
                    p.column(),
                    what + origin(p) + " and is not evaluated "
                            + "here (first use; every use is treated as unknown): links, images and headings it writes are "
                            + "not checked",
                    "nothing to fix; check what it writes on the built site");
        }
    }

    private static String origin(LiquidProblem p) {
        return p.kind() == LiquidProblem.Kind.UNKNOWN_FILTER
                        && LiquidEngine.JEKYLL_FILTERS_NOT_EVALUATED.contains(p.name())
                ? " is one of Jekyll's own filters"
                : " comes from a Jekyll plugin or theme";
    }
}
