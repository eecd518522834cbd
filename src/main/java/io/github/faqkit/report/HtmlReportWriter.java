package io.github.faqkit.report;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.NavTree;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.ToolInfo;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.nav.NavRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code report.html}: one self-contained page (inline CSS and script, nothing fetched) a writer reads:
 * the counts, the findings by page with the source lines around each, filters by severity and rule,
 * and the navigation as just-the-docs builds it with orphans (NAV001) and ambiguous parents (NAV002)
 * marked. Every text from the content is escaped.
 */
public final class HtmlReportWriter extends TextReportWriter {
    private static final String ORPHAN_RULE = NavRules.NAV001;
    private static final String AMBIGUOUS_RULE = NavRules.NAV002;

    @Override
    public String fileName() {
        return "report.html";
    }

    @Override
    void render(ValidationResult result, Utf8Writer b) throws IOException {
        Site site = result.site();
        SourceExcerpts excerpts = new SourceExcerpts(site);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>FAQ validation report</title>\n<style>\n")
                .append(HtmlAssets.CSS)
                .append("</style>\n")
                .append("</head>\n<body>\n<header>\n<h1>FAQ validation report</h1>\n<p class=\"meta\">")
                .html(ToolInfo.NAME)
                .append(' ')
                .html(ToolInfo.VERSION);
        if (site != null) {
            b.append(" · <code>")
                    .html(site.contentDirectory().toAbsolutePath().toString())
                    .append("</code>");
        }
        b.append("</p>\n");
        summary(b, result);
        b.append("</header>\n<main>\n<section id=\"findings\">\n<h2>Findings</h2>\n")
                .append("<div id=\"filters\" class=\"filters\"></div>\n");
        findings(b, result, excerpts);
        b.append("</section>\n");
        if (site != null) {
            nav(b, result);
        }
        b.append("</main>\n<script>\n").append(HtmlAssets.SCRIPT).append("</script>\n</body>\n</html>\n");
    }

    private static void summary(Utf8Writer b, ValidationResult r) throws IOException {
        b.append("<dl class=\"summary\" id=\"summary\">\n");
        stat(b, "pages", "Pages", r.pageCount());
        stat(b, "images", "Images", r.imageCount());
        stat(b, "error", "Errors", r.count(Severity.ERROR));
        stat(b, "warning", "Warnings", r.count(Severity.WARNING));
        stat(b, "info", "Infos", r.count(Severity.INFO));
        b.append("</dl>\n");
    }

    private static void stat(Utf8Writer b, String id, String label, long n) throws IOException {
        b.append("<div class=\"stat stat-")
                .append(id)
                .append("\"><dt>")
                .append(label)
                .append("</dt><dd id=\"count-")
                .append(id)
                .append("\">")
                .append(n)
                .append("</dd></div>\n");
    }

    private static void findings(Utf8Writer b, ValidationResult result, SourceExcerpts excerpts) throws IOException {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        if (byFile.isEmpty()) {
            b.append(
                    "<p class=\"clean\" id=\"no-findings\">No findings: Jekyll and just-the-docs will render every page as written.</p>\n");
            return;
        }
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            String file = e.getKey().isEmpty() ? "(site)" : e.getKey();
            b.append("<section class=\"page\" data-file=\"")
                    .html(file)
                    .append("\">\n<h3><code>")
                    .html(file)
                    .append("</code> <span class=\"n\">")
                    .append(e.getValue().size())
                    .append("</span></h3>\n");
            int lastLine = 0;
            for (Finding f : e.getValue()) {
                lastLine = Math.max(lastLine, f.line());
            }
            for (Finding f : e.getValue()) {
                finding(b, f, excerpts, lastLine);
            }
            b.append("</section>\n");
        }
    }

    private static void finding(Utf8Writer b, Finding f, SourceExcerpts excerpts, int lastLine) throws IOException {
        String sev = f.severity().label();
        b.append("<article class=\"finding sev-")
                .append(sev)
                .append("\" data-severity=\"")
                .append(sev)
                .append("\" data-rule=\"")
                .html(f.ruleId())
                .append("\">\n<p class=\"head\"><span class=\"badge\">")
                .append(sev)
                .append("</span> ");
        ruleAndLocation(b, f);
        b.append("</p>\n<p class=\"msg\">").html(f.message()).append("</p>\n");
        if (!f.hint().isEmpty()) {
            b.append("<p class=\"hint\">").html(f.hint()).append("</p>\n");
        }
        absorbed(b, f);
        List<SourceExcerpts.Line> lines = excerpts.around(f.file(), f.line(), lastLine);
        if (!lines.isEmpty()) {
            b.append("<pre class=\"src\">");
            for (SourceExcerpts.Line l : lines) {
                b.append("<span class=\"l")
                        .append(l.number() == f.line() ? " hit" : "")
                        .append("\"><span class=\"ln\">")
                        .append(l.number())
                        .append("</span>")
                        .html(l.text())
                        .append("</span>");
            }
            // lines are display:block spans, so no line breaks between them (they would double the spacing)
            b.append("</pre>\n");
        }
        b.append("</article>\n");
    }

    /** The findings of other rules that this one explains (the same mistake), under it; not counted apart. */
    private static void absorbed(Utf8Writer b, Finding f) throws IOException {
        if (f.absorbed().isEmpty()) {
            return;
        }
        b.append("<p class=\"also\">The same mistake, as other rules see it:</p>\n<ul class=\"absorbed\">\n");
        for (Finding a : f.absorbed()) {
            b.append("<li>");
            ruleAndLocation(b, a);
            b.append(' ').html(a.message()).append("</li>\n");
        }
        b.append("</ul>\n");
    }

    /** The rule, linked to its page, and where the finding is. */
    private static void ruleAndLocation(Utf8Writer b, Finding f) throws IOException {
        b.append("<a class=\"rule\" href=\"")
                .html(RuleDocs.url(f.ruleId()))
                .append("\">")
                .html(f.ruleId())
                .append(' ')
                .html(f.ruleName())
                .append("</a> <span class=\"loc\">")
                .html(f.file());
        if (f.line() > 0) {
            b.append(':').append(f.line()).append(':').append(f.column());
        }
        b.append("</span>");
    }

    private static void nav(Utf8Writer b, ValidationResult result) throws IOException {
        Site site = result.site();
        Set<String> orphans = new HashSet<>();
        Set<String> ambiguous = new HashSet<>();
        for (Finding f : result.findings()) {
            if (f.ruleId().equals(ORPHAN_RULE)) {
                orphans.add(f.file());
            } else if (f.ruleId().equals(AMBIGUOUS_RULE)) {
                ambiguous.add(f.file());
            }
        }
        b.append("<section id=\"nav\">\n<h2>Navigation</h2>\n<p class=\"meta\">As just-the-docs ")
                .html(site.themeVersion().toString())
                .append(" builds the main navigation from ")
                .append(
                        "<code>title</code>, <code>parent</code>, <code>grand_parent</code> and <code>nav_order</code>.</p>\n")
                // an assumed version changes the tree: the reader sees why this one was taken
                .append("<p class=\"meta\">just-the-docs ")
                .html(site.themeVersion().toString())
                .append(": ")
                .html(site.themeSource())
                .append("</p>\n");
        for (NavTree.Section section : site.nav().sections()) {
            if (section.roots().isEmpty()) {
                continue;
            }
            if (section.collection() != null) {
                b.append("<h3>")
                        .html(section.name() != null ? section.name() : section.collection())
                        .append(" <code class=\"path\">")
                        .html("_" + section.collection())
                        .append("</code>")
                        .append(section.shown() ? "" : " <span class=\"mark\">not in the main navigation</span>")
                        .append("</h3>\n");
            }
            b.append("<ul class=\"tree\">\n");
            for (NavTree.Node n : section.roots()) {
                node(b, n, ambiguous, orphans, 1);
            }
            b.append("</ul>\n");
        }
        List<Page> unplaced = new ArrayList<>();
        for (Page p : site.pages()) {
            if (p.title() != null && site.nav().placements(p) == 0) {
                unplaced.add(p);
            }
        }
        if (!unplaced.isEmpty()) {
            b.append("<h3>Not in the navigation</h3>\n<ul class=\"tree unplaced\">\n");
            for (Page p : unplaced) {
                b.append("<li class=\"")
                        .append(orphans.contains(p.path()) ? "orphan" : "unplaced")
                        .append("\">");
                label(b, p);
                if (orphans.contains(p.path())) {
                    b.append(" <span class=\"mark\">orphan: parent '")
                            .html(String.valueOf(p.parent()))
                            .append("' not found</span>");
                } else {
                    b.append(" <span class=\"mark\">not reachable</span>");
                }
                b.append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("</section>\n");
    }

    private static void node(Utf8Writer b, NavTree.Node n, Set<String> ambiguous, Set<String> orphans, int depth)
            throws IOException {
        Page p = n.page();
        boolean amb = ambiguous.contains(p.path());
        b.append("<li class=\"")
                .append(amb ? "ambiguous" : "placed")
                .append(n.loop() ? " loop" : "")
                .append("\">");
        label(b, p);
        if (amb) {
            b.append(" <span class=\"mark\">ambiguous parent: listed under every page titled '")
                    .html(String.valueOf(p.parent()))
                    .append("'</span>");
        }
        if (n.loop()) {
            b.append(" <span class=\"mark\">loop: an ancestor has the same title</span>");
        }
        if (!n.inSidebar() && n.page().data().path("nav_exclude").asBoolean(false)) {
            b.append(" <span class=\"mark\">nav_exclude: only in lists of children and breadcrumbs</span>");
        }
        if (!n.children().isEmpty() && depth < 64) {
            b.append("\n<ul>\n");
            for (NavTree.Node c : n.children()) {
                node(b, c, ambiguous, orphans, depth + 1);
            }
            b.append("</ul>\n");
        }
        b.append("</li>\n");
    }

    private static void label(Utf8Writer b, Page p) throws IOException {
        b.append("<span class=\"title\">")
                .html(String.valueOf(p.title()))
                .append("</span> <span class=\"url\">")
                .html(p.url())
                .append("</span> <code class=\"path\">")
                .html(p.path())
                .append("</code>");
    }
}
