package io.github.faqkit.rules;

import io.github.faqkit.core.Page;

/** Where a rule sends its findings; the rule id, name and severity are added by the engine. */
public interface Reporter {

    /**
     * Reports a problem in {@code file} (relative to the content directory) at a 1-based line and
     * column (line 0: the whole file). {@code message} says what Jekyll or the theme will do;
     * {@code hint} says how to fix it.
     */
    void report(String file, int line, int column, String message, String hint);

    default void report(Page page, int line, int column, String message, String hint) {
        report(page.path(), line, column, message, hint);
    }

    /** The options the rules share (required keys, allow-list, schema …). */
    RuleOptions options();
}
