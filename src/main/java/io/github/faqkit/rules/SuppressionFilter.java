package io.github.faqkit.rules;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.Suppressions;
import io.github.faqkit.rules.suppress.UnusedSuppression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops the findings that a page's {@code faq-disable} comments cover, and reports (SUP001) every
 * comment, or rule id in a comment, that covered none. A comment naming a rule that is switched off
 * (or not run) is not reported: it may be meant for builds that switch the rule on.
 */
final class SuppressionFilter {
    private final Map<String, Rule> active;
    private final Map<String, Severity> severities;

    /** {@code active}: the rules this run executes, by id; SUP001 is reported only when among them. */
    SuppressionFilter(Map<String, Rule> active, Map<String, Severity> severities) {
        this.active = active;
        this.severities = severities;
    }

    List<Finding> apply(Site site, List<Finding> findings) {
        Set<String> used = new HashSet<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            Page page = site.pageByPath(f.file());
            Suppressions.Range hit = null;
            if (page != null && f.line() > 0 && !f.ruleId().equals(UnusedSuppression.ID)) {
                for (Suppressions.Range r : page.suppressions().ranges()) {
                    if (r.covers(f.ruleId(), f.line())) {
                        hit = r;
                        used.add(key(f.file(), r, r.rules().isEmpty() ? "*" : f.ruleId()));
                    }
                }
            }
            if (hit == null) {
                kept.add(f);
            }
        }
        Rule rule = active.get(UnusedSuppression.ID);
        Severity sup = rule == null ? Severity.OFF : severity(UnusedSuppression.ID, rule.defaultSeverity());
        if (sup != Severity.OFF) {
            for (Page page : site.markdownFiles()) {
                for (Suppressions.Range r : page.suppressions().ranges()) {
                    unused(page, r, used, rule, sup, kept);
                }
            }
        }
        return kept;
    }

    private void unused(Page page, Suppressions.Range r, Set<String> used, Rule rule, Severity sev, List<Finding> out) {
        String where = r.directive().equals("faq-disable")
                ? "between line " + r.from() + " and line " + r.to()
                : "on line " + r.from();
        if (r.rules().isEmpty()) {
            if (!used.contains(key(page.path(), r, "*"))) {
                out.add(finding(
                        rule,
                        sev,
                        page,
                        r,
                        "'" + r.directive() + "' silences nothing: no finding " + where,
                        "remove the comment"));
            }
            return;
        }
        for (String id : r.rules()) {
            Rule target = active.get(id);
            if (target == null && !RuleCatalog.byId().containsKey(id)) {
                out.add(finding(
                        rule,
                        sev,
                        page,
                        r,
                        "'" + r.directive() + " " + id + "': there is no rule " + id + ", so it silences nothing",
                        "use a rule id from the report, e.g. IMG001"));
            } else if (target != null
                    && severity(id, target.defaultSeverity()) != Severity.OFF
                    && !used.contains(key(page.path(), r, id))) {
                out.add(finding(
                        rule,
                        sev,
                        page,
                        r,
                        "'" + r.directive() + " " + id + "' silences nothing: no " + id + " finding " + where,
                        "remove " + id + " from the comment (or the whole comment)"));
            }
        }
    }

    private Severity severity(String id, Severity dflt) {
        return severities.getOrDefault(id, dflt);
    }

    private static Finding finding(Rule rule, Severity sev, Page page, Suppressions.Range r, String msg, String hint) {
        return Finding.of(rule.id(), rule.name(), sev, page.path(), r.line(), r.column(), msg, hint);
    }

    private static String key(String file, Suppressions.Range r, String id) {
        return file + ':' + r.line() + ':' + r.column() + ':' + id;
    }
}
