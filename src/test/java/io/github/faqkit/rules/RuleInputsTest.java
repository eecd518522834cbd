package io.github.faqkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import org.junit.jupiter.api.Test;

/** The table of what checks read stays in step with the checks the rules have. */
class RuleInputsTest {
    private static boolean declares(Rule rule, String method, Class<?>... parameters) {
        try {
            rule.getClass().getDeclaredMethod(method, parameters);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Test
    void aRuleListedForAPageCheckHasOne() {
        for (Rule rule : RuleCatalog.all()) {
            if (RuleInputs.pageCheck(rule) != null) {
                assertThat(declares(rule, "checkPage", Page.class, Site.class, Reporter.class))
                        .as(rule.toString())
                        .isTrue();
            }
        }
    }

    @Test
    void aRuleListedForASiteCheckHasOne() {
        for (Rule rule : RuleCatalog.all()) {
            if (RuleInputs.siteCheck(rule) != null) {
                assertThat(declares(rule, "checkSite", Site.class, Reporter.class))
                        .as(rule.toString())
                        .isTrue();
            }
        }
    }

    @Test
    void aRuleOutsideTheTableIsNeverTakenOver() {
        Rule unknown = new Rule("XXX001", "unknown", io.github.faqkit.core.Severity.ERROR, "a rule nobody listed") {};
        ChecksReuse reuse = new ChecksReuse(
                new CheckedFindings(
                        java.util.Map.of("a.md", java.util.List.of()), java.util.Map.of("XXX001", java.util.List.of())),
                java.util.Set.of());
        assertThat(reuse.reusesPage(unknown, "a.md")).isFalse();
        assertThat(reuse.reusesSite(unknown)).isFalse();
        Rule listed = RuleCatalog.byId().get("LNK001");
        assertThat(reuse.reusesPage(listed, "a.md")).isTrue();
        assertThat(reuse.reusesPage(listed, "b.md")).isFalse(); // not checked in the recorded run
    }
}
