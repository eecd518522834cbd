package io.github.faqkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.faqkit.core.fix.FixRecipe;
import org.junit.jupiter.api.Test;

/** A finding's repair travels with it but is no part of what it says. */
class FindingTest {
    private final Finding plain = Finding.of("HDR004", "heading-no-space", Severity.WARNING, "a.md", 4, 1, "m", "h");

    @Test
    void theRepairIsNotPartOfEqualityHashOrText() {
        Finding withFix = plain.withFix(FixRecipe.refuse("no"));
        assertThat(withFix).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(withFix.toString()).isEqualTo(plain.toString()).doesNotContain("fix");
        assertThat(withFix.fix()).isNotNull();
        assertThat(plain.fix()).isNull();
    }

    @Test
    void aNewSeverityKeepsTheRepair() {
        FixRecipe recipe = FixRecipe.refuse("no");
        assertThat(plain.withFix(recipe).withSeverity(Severity.ERROR).fix()).isSameAs(recipe);
    }
}
