package io.github.faqkit.maven;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.NavTree;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.report.ConsoleFormatter;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.nav.NavRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code faq:report} page of the project site: the counts, findings per rule, every finding with its
 * place, and the main navigation as the theme builds it. Only renders: the findings come from the core
 * validation, as for {@code faq:validate}.
 */
final class SiteReportRenderer {
    /** Rules whose findings mark a page in the navigation tree. */
    private static final String ORPHAN_RULE = NavRules.NAV001;

    private static final String AMBIGUOUS_RULE = NavRules.NAV002;
    /** Deeper levels than the theme shows are not rendered (a loop is cut by the tree already). */
    private static final int MAX_DEPTH = 64;

    static final String TITLE = "FAQ content";

    private final ReportPage out;
    private final ValidationResult result;
    private final ConsoleFormatter paths;

    SiteReportRenderer(ReportPage out, ValidationResult result, ConsoleFormatter paths) {
        this.out = out;
        this.result = result;
        this.paths = paths;
    }

    /** Writes the whole page. */
    void render() {
        out.start(TITLE);
        out.section(TITLE);
        out.paragraph(String.format(
                Locale.ROOT,
                "%d pages and %d images checked: %d error(s), %d warning(s), %d info(s).",
                result.pageCount(),
                result.imageCount(),
                result.count(Severity.ERROR),
                result.count(Severity.WARNING),
                result.count(Severity.INFO)));
        for (String notice : result.notices()) {
            out.paragraph(notice);
        }
        rules();
        findings();
        if (result.site() != null) {
            navigation(result.site());
        }
        out.sectionEnd();
        out.end();
    }

    private void rules() {
        out.section("Findings per rule");
        if (result.findings().isEmpty()) {
            out.paragraph("No findings.");
            out.sectionEnd();
            return;
        }
        Map<String, RuleCount> counts = new TreeMap<>();
        for (Finding f : result.findings()) {
            counts.computeIfAbsent(f.ruleId(), id -> new RuleCount(f.ruleName()))
                    .add(f.severity());
        }
        out.table("Rule", "Name", "Errors", "Warnings", "Infos", "Total");
        for (Map.Entry<String, RuleCount> e : counts.entrySet()) {
            RuleCount c = e.getValue();
            out.row(
                    e.getKey(),
                    c.name,
                    Integer.toString(c.errors),
                    Integer.toString(c.warnings),
                    Integer.toString(c.infos),
                    Integer.toString(c.errors + c.warnings + c.infos));
        }
        out.tableEnd();
        out.sectionEnd();
    }

    private void findings() {
        out.section("Findings");
        if (result.findings().isEmpty()) {
            out.paragraph("No findings.");
            out.sectionEnd();
            return;
        }
        out.table("Location", "Severity", "Rule", "Message");
        for (Finding f : result.findings()) {
            String message = f.hint().isEmpty() ? f.message() : f.message() + " [" + f.hint() + "]";
            out.row(paths.location(f), f.severity().label(), f.ruleId() + " " + f.ruleName(), message);
        }
        out.tableEnd();
        out.sectionEnd();
    }

    private void navigation(Site site) {
        Set<String> orphans = new HashSet<>();
        Set<String> ambiguous = new HashSet<>();
        for (Finding f : result.findings()) {
            if (f.ruleId().equals(ORPHAN_RULE)) {
                orphans.add(f.file());
            } else if (f.ruleId().equals(AMBIGUOUS_RULE)) {
                ambiguous.add(f.file());
            }
        }
        out.section("Navigation");
        out.paragraph("The main navigation as just-the-docs " + site.themeVersion() + " builds it from title, parent, "
                + "grand_parent and nav_order.");
        boolean any = false;
        // just-the-docs 0.10 lists each collection with nav sections under a heading of its own, as the HTML
        // report does
        for (NavTree.Section section : site.nav().sections()) {
            if (section.roots().isEmpty()) {
                continue;
            }
            if (section.collection() != null) {
                out.boldParagraph((section.name() != null ? section.name() : section.collection()) + " (_"
                        + section.collection() + (section.shown() ? ")" : ", not in the main navigation)"));
            }
            nodes(section.roots(), ambiguous, 1);
            any = true;
        }
        if (!any) {
            out.paragraph("No page is in the navigation.");
        }
        List<Page> unplaced = new ArrayList<>();
        for (Page p : site.pages()) {
            if (p.title() != null && site.nav().placements(p) == 0) {
                unplaced.add(p);
            }
        }
        if (!unplaced.isEmpty()) {
            out.boldParagraph("Not in the navigation");
            out.list();
            for (Page p : unplaced) {
                out.item();
                label(p);
                out.text(
                        orphans.contains(p.path())
                                ? " (orphan: parent '" + p.parent() + "' not found)"
                                : " (not reachable)");
                out.itemEnd();
            }
            out.listEnd();
        }
        out.sectionEnd();
    }

    private void nodes(List<NavTree.Node> nodes, Set<String> ambiguous, int depth) {
        out.list();
        for (NavTree.Node n : nodes) {
            out.item();
            label(n.page());
            if (ambiguous.contains(n.page().path())) {
                out.text(" (ambiguous parent: listed under every page titled '"
                        + n.page().parent() + "')");
            }
            if (n.loop()) {
                out.text(" (loop: an ancestor has the same title)");
            }
            if (!n.children().isEmpty() && depth < MAX_DEPTH) {
                nodes(n.children(), ambiguous, depth + 1);
            }
            out.itemEnd();
        }
        out.listEnd();
    }

    private void label(Page p) {
        out.text(String.valueOf(p.title()) + " ");
        out.code(p.url());
        out.text(" ");
        out.code(paths.path(p.path()));
    }

    private static final class RuleCount {
        final String name;
        int errors;
        int warnings;
        int infos;

        RuleCount(String name) {
            this.name = name == null ? "" : name;
        }

        void add(Severity s) {
            switch (s) {
                case ERROR:
                    errors++;
                    break;
                case WARNING:
                    warnings++;
                    break;
                default:
                    infos++;
            }
        }
    }
}
