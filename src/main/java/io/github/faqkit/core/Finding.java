package io.github.faqkit.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.faqkit.core.fix.FixRecipe;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in the content. {@code file} is relative to the content directory with
 * {@code /} separators; {@code line}/{@code column} are 1-based, line 0 means the whole file.
 *
 * <p>{@code fix} is how the rule would repair it ({@code faq:fix}), null when the rule offers none. It is
 * not part of what the finding says: equality, hash code, text, every report and the run record ignore it.
 *
 * <p>{@code absorbed} are the findings of other rules that this one explains: the same mistake seen from
 * another rule (see {@code Rule.absorbs()} in the rules package). They are not listed on their own; a
 * report may show them under this finding, and a baseline or suppression that names them still matches.
 */
public record Finding(
        String ruleId,
        String ruleName,
        Severity severity,
        String file,
        int line,
        int column,
        String message,
        String hint,
        @JsonIgnore FixRecipe fix,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Finding> absorbed)
        implements Comparable<Finding> {

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
        absorbed = absorbed == null ? List.of() : List.copyOf(absorbed);
    }

    /** A finding without a repair that absorbs no other ({@link #withFix}, {@link #withAbsorbed} add them). */
    public static Finding of(
            String ruleId,
            String ruleName,
            Severity severity,
            String file,
            int line,
            int column,
            String message,
            String hint) {
        return new Finding(ruleId, ruleName, severity, file, line, column, message, hint, null, List.of());
    }

    @Override
    public int compareTo(Finding o) {
        return ORDER.compare(this, o);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, ruleName, s, file, line, column, message, hint, fix, absorbed);
    }

    /** This finding carrying {@code recipe} as its repair. */
    public Finding withFix(FixRecipe recipe) {
        return new Finding(ruleId, ruleName, severity, file, line, column, message, hint, recipe, absorbed);
    }

    /** This finding standing for {@code others} too (the findings of other rules it explains). */
    public Finding withAbsorbed(List<Finding> others) {
        return new Finding(ruleId, ruleName, severity, file, line, column, message, hint, fix, others);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f
                && line == f.line
                && column == f.column
                && ruleId.equals(f.ruleId)
                && Objects.equals(ruleName, f.ruleName)
                && severity == f.severity
                && file.equals(f.file)
                && message.equals(f.message)
                && hint.equals(f.hint)
                && absorbed.equals(f.absorbed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, ruleName, severity, file, line, column, message, hint, absorbed);
    }

    @Override
    public String toString() {
        return "Finding[ruleId=" + ruleId + ", ruleName=" + ruleName + ", severity=" + severity + ", file=" + file
                + ", line=" + line + ", column=" + column + ", message=" + message + ", hint=" + hint
                + (absorbed.isEmpty() ? "" : ", absorbed=" + absorbed) + "]";
    }
}
