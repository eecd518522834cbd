package io.github.faqkit.rules.liquid;

import io.github.faqkit.rules.Rule;
import java.util.List;

/** The Liquid family: LIQ001–LIQ004, read from what rendering each page found ({@code Page.liquid()}). */
public final class LiquidRules {
    // Public ids: users write them in the POM, -Dfaq.rules, suppression comments and baselines; never renamed.
    public static final String LIQ001 = "LIQ001";
    public static final String LIQ002 = "LIQ002";
    public static final String LIQ003 = "LIQ003";
    public static final String LIQ004 = "LIQ004";

    private LiquidRules() {}

    public static List<Rule> all() {
        return List.of(new LiquidSyntaxError(), new IncludeNotFound(), new LiquidNotEvaluated(), new LiquidInCode());
    }
}
