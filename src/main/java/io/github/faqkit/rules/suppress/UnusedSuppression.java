package io.github.faqkit.rules.suppress;

import io.github.faqkit.core.Severity;
import io.github.faqkit.rules.Rule;

/**
 * SUP001: a {@code faq-disable} comment that silences nothing (the problem was fixed, the id is
 * misspelt, or the comment sits on the wrong line). Reported by {@link io.github.faqkit.rules.SuppressionFilter},
 * because only it knows which findings each comment silenced.
 */
public final class UnusedSuppression extends Rule {
    public static final String ID = SuppressionRules.SUP001;

    public UnusedSuppression() {
        super(
                ID,
                "unused-suppression",
                Severity.INFO,
                "A faq-disable comment silences no finding: the problem is gone, the rule id is wrong, or the "
                        + "comment is on the wrong line.");
    }
}
