package io.github.faqkit.rules;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.fix.FixRecipe;
import io.github.faqkit.core.platform.ContentLayouts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

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
        return runChecks(site, severities, options, null).all();
    }

    /**
     * The same, by where each check ran; with {@code reuse}, the checks it allows are not run again but give
     * what they gave in the previous run (null: every check runs).
     */
    public CheckedFindings runChecks(
            Site site, Map<String, Severity> severities, RuleOptions options, ChecksReuse reuse) {
        // severities.get(i): the severity of rule i in this run, null when it is switched off
        List<Severity> severity = new ArrayList<>();
        for (Rule rule : rules) {
            Severity s = severities.getOrDefault(rule.id(), rule.defaultSeverity());
            severity.add(s == Severity.OFF ? null : s);
        }
        // The count moves with the site checks: the page checks of all rules run together, first.
        progress.report(Progress.Phase.CHECKING, 0, rules.size(), 0);
        Map<String, List<Finding>> byPage = new ConcurrentHashMap<>();
        ContentLayouts layouts = site.derived(ContentLayouts.class, s -> ContentLayouts.UNKNOWN);
        io.github.faqkit.core.OverwrittenPages overwritten = io.github.faqkit.core.OverwrittenPages.of(site);
        site.markdownFiles().parallelStream().forEach(p -> {
            List<Finding> found = new ArrayList<>();
            List<Finding> before =
                    reuse == null ? null : reuse.previous().byPage().get(p.path());
            // the body is on no page of the site: its layout never shows it, or another page's output replaces it
            boolean bodyDropped = layouts.dropsBody(p) || overwritten.overwrittenBy(p) != null;
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                if (severity.get(i) == null || (bodyDropped && rule.checksShownBody())) {
                    continue;
                }
                if (reuse != null && reuse.reusesPage(rule, p.path())) {
                    for (Finding f : before) {
                        if (f.ruleId().equals(rule.id())) {
                            found.add(f);
                        }
                    }
                    continue;
                }
                Reporter out = reporter(rule, severity.get(i), options, found::add);
                runSafely(rule, p.path(), out, () -> rule.checkPage(p, site, out));
            }
            byPage.put(p.path(), found);
        });
        Map<String, List<Finding>> bySite = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            if (i > 0) {
                progress.report(Progress.Phase.CHECKING, i, rules.size(), 0);
            }
            Rule rule = rules.get(i);
            if (severity.get(i) == null) {
                continue;
            }
            if (reuse != null && reuse.reusesSite(rule)) {
                bySite.put(rule.id(), reuse.previous().bySiteCheck().get(rule.id()));
                continue;
            }
            List<Finding> found = new ArrayList<>();
            Reporter out = reporter(rule, severity.get(i), options, found::add);
            runSafely(rule, "", out, () -> rule.checkSite(site, out));
            bySite.put(rule.id(), found);
        }
        return new CheckedFindings(byPage, bySite);
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

    /**
     * A message quotes what the page says, which may hold a line break (an address that wraps onto the next line):
     * shown as '⏎', each finding stays one line of the console, which editors jump from.
     */
    static String oneLine(String text) {
        if (text == null || text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\u23CE").replace('\n', '\u23CE').replace('\r', '\u23CE');
    }

    private static Reporter reporter(Rule rule, Severity severity, RuleOptions options, Consumer<Finding> sink) {
        return new Reporter() {
            @Override
            public void report(String file, int line, int column, String message, String hint, FixRecipe fix) {
                // a repair edits a line: a finding about a whole file has none
                sink.accept(new Finding(
                        rule.id(),
                        rule.name(),
                        severity,
                        file,
                        Math.max(0, line),
                        line <= 0 ? 0 : Math.max(1, column),
                        oneLine(message),
                        oneLine(hint),
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
