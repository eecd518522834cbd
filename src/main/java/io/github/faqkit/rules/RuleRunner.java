package io.github.faqkit.rules;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.fix.FixRecipe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Runs rules over a loaded site and collects what they report, each finding with the severity its rule
 * has in this run; a rule switched off is not run. A rule that throws costs a finding, never the run.
 */
public final class RuleRunner {
    private final List<Rule> rules;
    private final Progress progress;

    public RuleRunner(List<Rule> rules, Progress progress) {
        this.rules = List.copyOf(rules);
        this.progress = progress;
    }

    public List<Rule> rules() {
        return rules;
    }

    /**
     * Every page check of every rule in one parallel pass over the pages (a page's model is visited
     * while it is in cache, and there is one pass to schedule instead of one per rule), then the site
     * checks rule by rule. The findings are in no particular order.
     */
    public List<Finding> run(Site site, Map<String, Severity> severities, RuleOptions options) {
        ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
        // reporters.get(i): where rule i reports, null when it is switched off
        List<Reporter> reporters = new ArrayList<>();
        for (Rule rule : rules) {
            Severity severity = severities.getOrDefault(rule.id(), rule.defaultSeverity());
            reporters.add(severity == Severity.OFF ? null : reporter(rule, severity, options, findings));
        }
        // The count moves with the site checks: the page checks of all rules run together, first.
        progress.report(Progress.Phase.CHECKING, 0, rules.size(), 0);
        site.markdownFiles().parallelStream().forEach(p -> {
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                Reporter out = reporters.get(i);
                if (out != null) {
                    runSafely(rule, p.path(), out, () -> rule.checkPage(p, site, out));
                }
            }
        });
        for (int i = 0; i < rules.size(); i++) {
            if (i > 0) {
                progress.report(Progress.Phase.CHECKING, i, rules.size(), 0);
            }
            Rule rule = rules.get(i);
            Reporter out = reporters.get(i);
            if (out != null) {
                runSafely(rule, "", out, () -> rule.checkSite(site, out));
            }
        }
        return new ArrayList<>(findings);
    }

    private static void runSafely(Rule rule, String file, Reporter out, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException | StackOverflowError e) {
            out.report(
                    file,
                    0,
                    0,
                    "this file could not be checked by " + rule.id() + " (internal error: " + e + ")",
                    "please report this as a bug of faq-maven-plugin with the file attached");
        }
    }

    private static Reporter reporter(
            Rule rule, Severity severity, RuleOptions options, ConcurrentLinkedQueue<Finding> sink) {
        return new Reporter() {
            @Override
            public void report(String file, int line, int column, String message, String hint, FixRecipe fix) {
                // a repair edits a line: a finding about a whole file has none
                sink.add(new Finding(
                        rule.id(),
                        rule.name(),
                        severity,
                        file,
                        Math.max(0, line),
                        line <= 0 ? 0 : Math.max(1, column),
                        message,
                        hint,
                        line <= 0 ? null : fix,
                        List.of()));
            }

            @Override
            public RuleOptions options() {
                return options;
            }
        };
    }
}
