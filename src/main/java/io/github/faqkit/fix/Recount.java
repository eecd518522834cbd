package io.github.faqkit.fix;

import io.github.faqkit.core.Finding;
import io.github.faqkit.rules.ValidationResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of a fix run set against those of the site as the fixes leave it (validated again in memory,
 * with the same settings): what goes, what stays and what the fixes bring to light. {@code after} is exactly
 * what {@code faq:validate} reports once the fixes are written (before a baseline is applied).
 *
 * @param after the validation of the fixed site; its pages keep their (fixed) text
 * @param gone findings of the run that the fixed site no longer has
 * @param stayed for each finding of {@code after.findings()} that the run had too, that finding of the run
 * @param exact false when a changed file was not read by the second validation (so {@code after} may be off)
 */
public record Recount(ValidationResult after, List<Finding> gone, Map<Finding, Finding> stayed, boolean exact) {

    /** Findings of the fixed site that the run did not have: the fixes bring them to light. */
    public List<Finding> introduced() {
        List<Finding> out = new ArrayList<>();
        for (Finding f : after.findings()) {
            if (!stayed.containsKey(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Matches findings by rule, file and line (moved by the lines the fixes added or removed above it), and for
     * findings about a whole file or the site by their message too: a fix can change a column or a message that
     * names a line number, never which rule sees which line.
     */
    static Recount of(List<Finding> before, ValidationResult after, Map<String, LineMap> moved, boolean exact) {
        Map<String, List<Finding>> open = new HashMap<>();
        for (Finding f : after.findings()) {
            open.computeIfAbsent(key(f, f.line()), k -> new ArrayList<>()).add(f);
        }
        List<Finding> gone = new ArrayList<>();
        Map<Finding, Finding> stayed = new java.util.IdentityHashMap<>();
        for (Finding f : before) {
            LineMap map = moved.get(f.file());
            int line = map == null ? f.line() : map.map(f.line());
            List<Finding> same = line < 0 || (map != null && f.line() > 0 && line == 0) ? null : open.get(key(f, line));
            if (same == null || same.isEmpty()) {
                gone.add(f);
            } else {
                stayed.put(same.remove(0), f);
            }
        }
        return new Recount(after, List.copyOf(gone), stayed, exact);
    }

    private static String key(Finding f, int line) {
        return f.ruleId() + '\u0000' + f.file() + '\u0000' + line + (line > 0 ? "" : '\u0000' + f.message());
    }
}
