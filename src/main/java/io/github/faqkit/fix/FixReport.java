package io.github.faqkit.fix;

import io.github.faqkit.core.Finding;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a fix run tells the writer, one line per finding of the run, and the counts: "N fixed" are the findings
 * the fixed site no longer has, "M left for you" exactly what {@code faq:validate} then reports (after the
 * baseline), in parts that add up to M. A finding that another fix removes (the same mistake seen by another
 * rule) is said to go with it, not listed as something to do.
 *
 * @param lines in the order to print them
 * @param summary the closing line
 */
public record FixReport(List<Line> lines, String summary, int fixed, int left) {

    public enum Level {
        INFO,
        WARN
    }

    public record Line(Level level, String text) {}

    /**
     * @param left the findings of the fixed site that the baseline does not accept (all of them without one)
     * @param baselined how many findings of the fixed site the baseline accepts
     * @param where a finding's place as the console shows it ({@code path:line:col})
     * @param written true when the fixes were written, false for a dry run
     */
    public static FixReport of(
            FixPlan plan,
            Recount recount,
            List<Finding> left,
            int baselined,
            Function<Finding, String> where,
            boolean written) {
        Set<Finding> gone = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        gone.addAll(recount.gone());
        Map<Finding, Kind> kinds = new IdentityHashMap<>();
        List<Line> lines = new ArrayList<>();
        for (FileFix file : plan.files()) {
            for (FileFix.Applied a : file.applied()) {
                kinds.put(a.finding(), Kind.APPLIED);
                lines.add(new Line(
                        Level.INFO,
                        where.apply(a.finding()) + ": " + a.finding().ruleId() + (written ? " fixed: " : " can fix: ")
                                + a.description()));
            }
            for (FileFix.Skipped s : file.skipped()) {
                kinds.put(s.finding(), Kind.SKIPPED);
                lines.add(
                        gone.contains(s.finding())
                                ? goesWithOthers(s.finding(), where, written)
                                : new Line(
                                        Level.WARN,
                                        where.apply(s.finding()) + ": "
                                                + s.finding().ruleId() + " not fixed: " + s.reason()));
            }
        }
        for (Finding f : plan.notFixable()) {
            kinds.put(f, Kind.NO_FIX);
            lines.add(
                    gone.contains(f)
                            ? goesWithOthers(f, where, written)
                            : new Line(
                                    Level.INFO,
                                    where.apply(f) + ": " + f.ruleId() + " no automatic fix (" + f.ruleName() + ")"));
        }
        int notSafe = 0;
        int noFix = 0;
        int stillThere = 0;
        int brought = 0;
        for (Finding f : left) {
            Finding before = recount.stayed().get(f);
            Kind k = before == null ? null : kinds.get(before);
            if (k == null) {
                brought++;
                lines.add(new Line(
                        Level.WARN,
                        where.apply(f) + ": " + f.ruleId() + (written ? " shows" : " would show")
                                + " once the fixes are made: " + f.message()));
            } else if (k == Kind.SKIPPED) {
                notSafe++;
            } else if (k == Kind.NO_FIX) {
                noFix++;
            } else {
                stillThere++;
            }
        }
        List<String> parts = new ArrayList<>();
        parts.add(notSafe + " of fixable rules not safe to change");
        parts.add(noFix + " with no automatic fix");
        if (stillThere > 0) {
            parts.add(stillThere + " still reported after their fix");
        }
        if (brought > 0) {
            parts.add(brought + " brought to light by the fixes");
        }
        String leftText = left.size() + " left for you (" + String.join(", ", parts) + ")"
                + (baselined > 0 ? "; " + baselined + " more accepted by the baseline" : "");
        int fixed = recount.gone().size();
        int files = plan.changedFiles().size();
        String summary = written
                ? String.format("faq:fix fixed %d finding(s) in %d file(s); %s", fixed, files, leftText)
                : String.format(
                        "faq:fix dry run: would fix %d finding(s) in %d file(s); %s; nothing written",
                        fixed, files, leftText);
        if (!recount.exact()) {
            summary += " (counted without the changes to files other than pages; validate again after the fixes)";
        }
        return new FixReport(List.copyOf(lines), summary, fixed, left.size());
    }

    private static Line goesWithOthers(Finding f, Function<Finding, String> where, boolean written) {
        return new Line(
                Level.INFO,
                where.apply(f) + ": " + f.ruleId() + (written ? " went" : " goes") + " away with the other fixes");
    }

    private enum Kind {
        APPLIED,
        SKIPPED,
        NO_FIX
    }
}
