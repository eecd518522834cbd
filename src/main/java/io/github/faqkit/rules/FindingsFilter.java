package io.github.faqkit.rules;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Glob;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which findings of a run are shown: drops those a page's {@code faq-disable} comments cover (and
 * adds SUP001 for comments that covered none), merges the findings of one mistake into the one that names
 * its cause ({@link FindingsMerger}), then keeps the files the {@code includes}/{@code excludes}
 * globs select, sorted by file, line, column and rule. Suppressions come before merging, so a comment that
 * names an absorbed rule still silences that finding (and is not reported unused), and silencing the cause
 * lets its consequences speak for themselves. The baseline, which depends on a file the caller
 * chooses, is applied after this by the caller ({@link io.github.faqkit.report.Baseline}).
 */
public final class FindingsFilter {
    private final SuppressionFilter suppressions;
    private final FindingsMerger merger;
    private final List<Glob> includes = new ArrayList<>();
    private final List<Glob> excludes = new ArrayList<>();

    /** @param rules the rules the run executed (SUP001 is reported only when among them) */
    public FindingsFilter(
            List<Rule> rules, Map<String, Severity> severities, List<String> includes, List<String> excludes) {
        Map<String, Rule> byId = new HashMap<>();
        rules.forEach(r -> byId.put(r.id(), r));
        this.suppressions = new SuppressionFilter(byId, severities);
        this.merger = new FindingsMerger(rules);
        // The project's own glob: linear in pattern times path, where the JDK's matcher backtracks
        // exponentially on patterns such as *a*a*a*a*b, and the same syntax.
        includes.forEach(g -> this.includes.add(Glob.compile(g)));
        excludes.forEach(g -> this.excludes.add(Glob.compile(g)));
    }

    public List<Finding> apply(Site site, List<Finding> findings) {
        List<Finding> result = new ArrayList<>();
        for (Finding f : merger.apply(suppressions.apply(site, findings))) {
            if (accepts(f.file())) {
                result.add(f);
            }
        }
        Collections.sort(result);
        return result;
    }

    /** Whether findings in {@code file} (content-relative, "/"-separated; "" for the site) are reported. */
    boolean accepts(String file) {
        if (file.isEmpty()) {
            return true;
        }
        for (Glob g : excludes) {
            if (g.matches(file)) {
                return false;
            }
        }
        if (includes.isEmpty()) {
            return true;
        }
        for (Glob g : includes) {
            if (g.matches(file)) {
                return true;
            }
        }
        return false;
    }
}
