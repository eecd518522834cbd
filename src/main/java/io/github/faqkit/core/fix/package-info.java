/**
 * The repair a finding carries: a rule that sees a defect attaches a {@link io.github.faqkit.core.fix.FixRecipe},
 * which {@code faq:fix} resolves against the page text into a {@link io.github.faqkit.core.fix.Fix} (edits with
 * the text they expect to replace) or a {@link io.github.faqkit.core.fix.Refusal}.
 */
package io.github.faqkit.core.fix;
