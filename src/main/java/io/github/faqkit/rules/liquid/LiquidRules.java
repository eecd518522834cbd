package io.github.faqkit.rules.liquid;

import io.github.faqkit.rules.Rule;
import java.util.List;

/** The Liquid family: LIQ001–LIQ004, read from what rendering each page found ({@code Page.liquid()}). */
public final class LiquidRules {
    private LiquidRules() {
    }

    public static List<Rule> all() {
        return List.of(new LiquidSyntaxError(), new IncludeNotFound(), new LiquidNotEvaluated(), new LiquidInCode());
    }
}
