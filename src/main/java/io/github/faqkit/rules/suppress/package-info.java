/**
 * Suppression rules: checks on the {@code faq-disable} comments themselves.
 *
 * <ul>
 *   <li>SUP001 unused-suppression: a comment that silences no finding.</li>
 * </ul>
 *
 * Applying the comments is not a rule: the findings filter does it after all rules ran, and reports
 * SUP001 because only it knows which findings each comment silenced.
 * {@link io.github.faqkit.rules.suppress.SuppressionRules} registers it.
 */
package io.github.faqkit.rules.suppress;
