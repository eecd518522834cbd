package io.github.faqkit.rules;

import io.github.faqkit.core.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One mistake, one finding: where a rule declares that it {@linkplain Rule#absorbs() absorbs} another rule's
 * findings on the same line, that rule's finding there takes the other in ({@link Finding#absorbed()}) and only it
 * is listed. A finding more severe than the one that would absorb it stays on its own: merging never hides
 * something the project made more important. The declarations form no cycle (RuleIdsTest); a chain (A absorbs B,
 * B absorbs C) ends in the finding nothing absorbs, which takes in the whole chain.
 */
final class FindingsMerger {
    private final Map<String, Set<String>> absorbs = new HashMap<>();
    private final Set<String> involved = new HashSet<>();

    FindingsMerger(List<Rule> rules) {
        for (Rule r : rules) {
            if (!r.absorbs().isEmpty()) {
                absorbs.put(r.id(), Set.copyOf(r.absorbs()));
                involved.add(r.id());
                involved.addAll(r.absorbs());
            }
        }
    }

    /** The findings with every absorbed one moved into the finding that absorbs it; order is not kept. */
    List<Finding> apply(List<Finding> findings) {
        if (absorbs.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        Map<String, List<Finding>> sameLine = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.line() > 0 && involved.contains(f.ruleId())) {
                sameLine.computeIfAbsent(f.file() + '\u0000' + f.line(), k -> new ArrayList<>())
                        .add(f);
            } else {
                out.add(f);
            }
        }
        for (List<Finding> group : sameLine.values()) {
            if (group.size() == 1) {
                out.add(group.get(0));
            } else {
                out.addAll(merge(group));
            }
        }
        return out;
    }

    private List<Finding> merge(List<Finding> group) {
        group.sort(Finding.ORDER);
        int n = group.size();
        int[] by = new int[n];
        for (int b = 0; b < n; b++) {
            by[b] = -1;
            for (int a = 0; a < n && by[b] < 0; a++) {
                if (a != b && absorbs(group.get(a), group.get(b))) {
                    by[b] = a;
                }
            }
        }
        Map<Integer, List<Finding>> taken = new LinkedHashMap<>();
        for (int b = 0; b < n; b++) {
            int root = b;
            int steps = 0;
            while (by[root] >= 0 && steps <= n) {
                root = by[root];
                steps++;
            }
            if (steps > n) {
                root = b; // a cycle the declarations should never make: merge nothing
            }
            taken.computeIfAbsent(root, k -> new ArrayList<>());
            if (root != b) {
                taken.get(root).add(group.get(b));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Finding>> e : taken.entrySet()) {
            Finding root = group.get(e.getKey());
            out.add(e.getValue().isEmpty() ? root : root.withAbsorbed(e.getValue()));
        }
        return out;
    }

    private boolean absorbs(Finding a, Finding b) {
        Set<String> ids = absorbs.get(a.ruleId());
        return ids != null && ids.contains(b.ruleId()) && a.severity().atLeast(b.severity());
    }
}
