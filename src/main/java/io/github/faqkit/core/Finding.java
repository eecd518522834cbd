package io.github.faqkit.core;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the content. {@code file} is relative to the content directory with
 * {@code /} separators; {@code line}/{@code column} are 1-based, line 0 means the whole file.
 */
public record Finding(String ruleId, String ruleName, Severity severity, String file, int line, int column,
        String message, String hint) implements Comparable<Finding> {

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(file);
        Objects.requireNonNull(message);
        hint = hint == null ? "" : hint;
    }

    @Override
    public int compareTo(Finding o) {
        return ORDER.compare(this, o);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, ruleName, s, file, line, column, message, hint);
    }
}
