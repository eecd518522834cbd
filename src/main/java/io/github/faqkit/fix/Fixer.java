package io.github.faqkit.fix;

import io.github.faqkit.core.Finding;

/**
 * The exact repair of one rule's findings. A fixer reads the parsed page (front matter entries with
 * positions, body lines, references) and the finding's position, and either proposes edits or says
 * why this occurrence is not safe to change automatically. It never writes.
 */
public interface Fixer {

    /** The rule whose findings this fixer repairs. */
    String ruleId();

    Proposal propose(Finding finding, FixContext context);
}
