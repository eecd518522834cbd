package io.github.faqkit.rules.liquid;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.liquid.LayoutIncludes;
import io.github.faqkit.core.liquid.LiquidProblem;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import io.github.faqkit.rules.images.ImageRules;
import java.util.Set;

/** LIQ001: Liquid that Jekyll cannot parse or render stops the build. */
public final class LiquidSyntaxError extends Rule {
    public LiquidSyntaxError() {
        super(
                LiquidRules.LIQ001,
                "liquid-syntax-error",
                Severity.ERROR,
                "Liquid that Jekyll cannot parse or render (a tag never closed, includes nesting without end): "
                        + "the build stops.");
    }

    /**
     * Liquid that does not parse is also Liquid that cannot be evaluated or that shows in code: the findings
     * about it on the same line say the same thing.
     */
    @Override
    public Set<String> absorbs() {
        return Set.of(ImageRules.IMG007, LiquidRules.LIQ003, LiquidRules.LIQ004);
    }

    /** What to do, by what stops the build. */
    private static String fix(String name) {
        if (name.startsWith(LiquidProblem.LIQUID4)) {
            return io.github.faqkit.core.liquid.Liquid4Tags.fix(name.substring(LiquidProblem.LIQUID4.length()));
        }
        return switch (name) {
            case LiquidProblem.NESTING ->
                "open fewer blocks inside each other (Liquid allows 100), e.g. combine "
                        + "conditions with 'and' / 'or'";
            case LiquidProblem.INCLUDE_TEXT ->
                "correct the include file the message names: every page that includes"
                        + " it stops the build until then";
            case LiquidProblem.INCLUDE_LOOP ->
                "make the includes stop including each other: put the inner include in"
                        + " an {% if %} that becomes false, or remove it";
            case LiquidProblem.STRICT_FILTER ->
                "correct the filter's name (Liquid's and Jekyll's filters are listed in their documentation), or"
                        + " remove 'strict_filters: true' from 'liquid:' in _config.yml (then Liquid hands the input on"
                        + " unchanged)";
            case LiquidProblem.INCLUDE_NAME ->
                "write the name with letters, digits and _ / . - ( ) + ~ # @ only,"
                        + " without '..', '//', './' or '/.' (rename or move the file if it needs to)";
            default ->
                "close every {% if %}, {% for %}, {% capture %} … with its end tag, or wrap text that only looks"
                        + " like Liquid in {% raw %}…{% endraw %}";
        };
    }

    /**
     * A tag the build's Liquid 4 does not know in a layout a page uses (or an include it certainly reaches): reported
     * at the layout's line, once per layout, naming a page whose build stops there.
     */
    @Override
    public void checkSite(Site site, Reporter out) {
        LayoutIncludes layouts = site.derived(LayoutIncludes.class, s -> LayoutIncludes.NONE);
        for (LayoutIncludes.Stop stop : layouts.stops()) {
            out.report(
                    stop.layout(),
                    stop.line(),
                    stop.column(),
                    "Jekyll stops the build when it renders this layout for " + stop.page() + ": " + stop.detail(),
                    io.github.faqkit.core.liquid.Liquid4Tags.fix(stop.tag()));
        }
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        for (LiquidProblem p : page.liquid().problems()) {
            if (p.kind() == LiquidProblem.Kind.SYNTAX) {
                out.report(
                        page,
                        p.line(),
                        p.column(),
                        "Jekyll stops the build on this page's Liquid: " + p.detail(),
                        fix(p.name()));
            }
        }
    }
}
