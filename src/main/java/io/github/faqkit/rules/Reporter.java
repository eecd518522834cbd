package io.github.faqkit.rules;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.fix.FixRecipe;

/** Where a rule sends its findings; the rule id, name and severity are added by the engine. */
public interface Reporter {

    /**
     * Reports a problem in {@code file} (relative to the content directory) at a 1-based line and
     * column (line 0: the whole file). {@code message} says what Jekyll or the theme will do;
     * {@code hint} says how to fix it; {@code fix} is how {@code faq:fix} would repair it (null: it cannot).
     */
    void report(String file, int line, int column, String message, String hint, FixRecipe fix);

    /** Reports a problem that {@code faq:fix} does not repair. */
    default void report(String file, int line, int column, String message, String hint) {
        report(file, line, column, message, hint, null);
    }

    default void report(Page page, int line, int column, String message, String hint) {
        report(page.path(), line, column, message, hint, null);
    }

    /** Reports a problem with the repair the rule proposes for it (see {@link FixRecipe}). */
    default void report(Page page, int line, int column, String message, String hint, FixRecipe fix) {
        report(page.path(), line, column, message, hint, fix);
    }

    /** The options the rules share (required keys, allow-list, schema …). */
    RuleOptions options();
}
