package io.github.faqkit.rules;

import java.util.Set;

/**
 * What a run may take over from the previous one: its checks' findings, where only the Markdown files in
 * {@code changedPages} have other content and none of them shows other pages anything new ({@link PageSurface}
 * the same), over the same configuration, request, rules, support files and file set. Then a check whose inputs
 * {@link RuleInputs} knows gives on an unchanged page, or over the site, what it gave before; every other check
 * runs again.
 */
public record ChecksReuse(CheckedFindings previous, Set<String> changedPages) {
    public ChecksReuse {
        changedPages = Set.copyOf(changedPages);
    }

    /** True when the page checks of {@code rule} on {@code page} may be taken over. */
    boolean reusesPage(Rule rule, String page) {
        return !changedPages.contains(page) && previous.byPage().containsKey(page) && RuleInputs.pageCheckKnown(rule);
    }

    /** True when the site check of {@code rule} may be taken over. */
    boolean reusesSite(Rule rule) {
        return previous.bySiteCheck().containsKey(rule.id()) && RuleInputs.siteCheckKnown(rule);
    }
}
