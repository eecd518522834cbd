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
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The {@code faq:report} page of the project site: the counts, findings per rule, every finding with its
 * place, and the main navigation as the theme builds it. Only renders: the findings come from the core
 * validation, as for {@code faq:validate}.
 */
final class SiteReportRenderer extends AbstractMavenReportRenderer {
    /** Rules whose findings mark a page in the navigation tree. */
    private static final String ORPHAN_RULE = NavRules.NAV001;

    private static final String AMBIGUOUS_RULE = NavRules.NAV002;
    /** Deeper levels than the theme shows are not rendered (a loop is cut by the tree already). */
    private static final int MAX_DEPTH = 64;

    private final ValidationResult result;
    private final ConsoleFormatter paths;

    SiteReportRenderer(Sink sink, ValidationResult result, ConsoleFormatter paths) {
        super(sink);
        this.result = result;
        this.paths = paths;
    }

    @Override
    public String getTitle() {
        return "FAQ content";
    }

    @Override
    protected void renderBody() {
        startSection(getTitle());
        paragraph(String.format(
                Locale.ROOT,
                "%d pages and %d images checked: %d error(s), %d warning(s), %d info(s).",
                result.pageCount(),
                result.imageCount(),
                result.count(Severity.ERROR),
                result.count(Severity.WARNING),
                result.count(Severity.INFO)));
        for (String notice : result.notices()) {
            paragraph(notice);
        }
        rules();
        findings();
        if (result.site() != null) {
            navigation(result.site());
        }
        endSection();
    }

    private void rules() {
        startSection("Findings per rule");
        if (result.findings().isEmpty()) {
            paragraph("No findings.");
            endSection();
            return;
        }
        Map<String, RuleCount> counts = new TreeMap<>();
        for (Finding f : result.findings()) {
            counts.computeIfAbsent(f.ruleId(), id -> new RuleCount(f.ruleName()))
                    .add(f.severity());
        }
        startTable();
        tableHeader(new String[] {"Rule", "Name", "Errors", "Warnings", "Infos", "Total"});
        for (Map.Entry<String, RuleCount> e : counts.entrySet()) {
            RuleCount c = e.getValue();
            row(new String[] {
                e.getKey(),
                c.name,
                Integer.toString(c.errors),
                Integer.toString(c.warnings),
                Integer.toString(c.infos),
                Integer.toString(c.errors + c.warnings + c.infos)
            });
        }
        endTable();
        endSection();
    }

    private void findings() {
        startSection("Findings");
        if (result.findings().isEmpty()) {
            paragraph("No findings.");
            endSection();
            return;
        }
        startTable();
        tableHeader(new String[] {"Location", "Severity", "Rule", "Message"});
        for (Finding f : result.findings()) {
            String message = f.hint().isEmpty() ? f.message() : f.message() + " [" + f.hint() + "]";
            row(new String[] {paths.location(f), f.severity().label(), f.ruleId() + " " + f.ruleName(), message});
        }
        endTable();
        endSection();
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
        startSection("Navigation");
        paragraph("The main navigation as just-the-docs " + site.themeVersion() + " builds it from title, parent, "
                + "grand_parent and nav_order.");
        List<NavTree.Node> roots = site.nav().roots();
        if (roots.isEmpty()) {
            paragraph("No page is in the navigation.");
        } else {
            nodes(roots, ambiguous, 1);
        }
        List<Page> unplaced = new ArrayList<>();
        for (Page p : site.pages()) {
            if (p.title() != null && site.nav().placements(p) == 0) {
                unplaced.add(p);
            }
        }
        if (!unplaced.isEmpty()) {
            sink.paragraph();
            sink.bold();
            text("Not in the navigation");
            sink.bold_();
            sink.paragraph_();
            sink.list();
            for (Page p : unplaced) {
                sink.listItem();
                label(p);
                text(
                        orphans.contains(p.path())
                                ? " (orphan: parent '" + p.parent() + "' not found)"
                                : " (not reachable)");
                sink.listItem_();
            }
            sink.list_();
        }
        endSection();
    }

    private void nodes(List<NavTree.Node> nodes, Set<String> ambiguous, int depth) {
        sink.list();
        for (NavTree.Node n : nodes) {
            sink.listItem();
            label(n.page());
            if (ambiguous.contains(n.page().path())) {
                text(" (ambiguous parent: listed under every page titled '"
                        + n.page().parent() + "')");
            }
            if (n.loop()) {
                text(" (loop: an ancestor has the same title)");
            }
            if (!n.children().isEmpty() && depth < MAX_DEPTH) {
                nodes(n.children(), ambiguous, depth + 1);
            }
            sink.listItem_();
        }
        sink.list_();
    }

    /**
     * A table row of plain text. Not {@code tableRow}: that reads {@code {text, url}} in a cell as a link,
     * and messages quote kramdown's braces ({@code {: .no_toc }}).
     */
    private void row(String[] cells) {
        sink.tableRow();
        for (String cell : cells) {
            sink.tableCell();
            text(cell);
            sink.tableCell_();
        }
        sink.tableRow_();
    }

    private void label(Page p) {
        text(String.valueOf(p.title()) + " ");
        sink.monospaced();
        text(p.url());
        sink.monospaced_();
        text(" ");
        sink.monospaced();
        text(paths.path(p.path()));
        sink.monospaced_();
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
