package io.github.faqkit.rules.suppress;

import io.github.faqkit.rules.Rule;
import java.util.List;

/** The suppression family: SUP001. The suppressing itself is done by the validator after all rules ran. */
public final class SuppressionRules {
    // Public ids: users write them in the POM, -Dfaq.rules, suppression comments and baselines; never renamed.
    public static final String SUP001 = "SUP001";

    private SuppressionRules() {}

    public static List<Rule> all() {
        return List.of(new UnusedSuppression());
    }
}
