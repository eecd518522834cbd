package io.github.faqkit.rules.suppress;

import io.github.faqkit.rules.Rule;
import java.util.List;

/** The suppression family: SUP001. The suppressing itself is done by the validator after all rules ran. */
public final class SuppressionRules {
    private SuppressionRules() {
    }

    public static List<Rule> all() {
        return List.of(new UnusedSuppression());
    }
}
