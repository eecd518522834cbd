package io.github.faqkit.report;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.rules.ValidationResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code TEST-faq.xml} for CI test tabs: one test case per Markdown file (and per other file with
 * findings), a {@code <failure>} per error, warnings and infos as {@code <system-out>}. The class name
 * is {@code faq.} plus the folder, so CI tools group pages by folder.
 */
public final class JUnitReportWriter extends TextReportWriter {

    @Override
    public String fileName() {
        return "TEST-faq.xml";
    }

    /**
     * One test case per file, in path order: the pages (sorted by path) merged with the findings (sorted
     * by file), rather than a sorted map of every page, which cost more than the rest of the report.
     */
    @Override
    void render(ValidationResult result, Utf8Writer out) throws IOException {
        List<String> pages = new ArrayList<>();
        if (result.site() != null) {
            for (Page p : result.site().markdownFiles()) {
                pages.add(p.path());
            }
        }
        sortIfNeeded(pages, Comparator.naturalOrder());
        List<Finding> findings = new ArrayList<>(result.findings());
        // stable: the findings of a file keep their order, as the report always listed them
        sortIfNeeded(findings, Comparator.comparing(Finding::file));
        out.text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"faq\" tests=\"")
                .number(cases(pages, findings, null))
                .text("\" failures=\"")
                .number(failures(findings))
                .text("\" errors=\"0\" skipped=\"0\" time=\"")
                .text(seconds(result.elapsedMillis()))
                .text("\">\n");
        cases(pages, findings, out);
        out.text("</testsuite>\n");
    }

    private static <T> void sortIfNeeded(List<T> list, Comparator<? super T> order) {
        for (int i = 1; i < list.size(); i++) {
            if (order.compare(list.get(i - 1), list.get(i)) > 0) {
                list.sort(order);
                return;
            }
        }
    }

    /** Files with at least one error. */
    private static long failures(List<Finding> findings) {
        long n = 0;
        String counted = null;
        for (Finding f : findings) {
            if (isError(f) && !f.file().equals(counted)) {
                counted = f.file();
                n++;
            }
        }
        return n;
    }

    /** Walks the test cases (writing them when {@code out} is not null); returns how many there are. */
    private static int cases(List<String> pages, List<Finding> findings, Utf8Writer out) throws IOException {
        int cases = 0;
        int p = 0;
        int f = 0;
        String previous = null;
        String classDirectory = null;
        String className = null;
        while (p < pages.size() || f < findings.size()) {
            String file;
            if (f == findings.size()
                    || p < pages.size()
                            && pages.get(p).compareTo(findings.get(f).file()) <= 0) {
                file = pages.get(p++);
            } else {
                file = findings.get(f).file();
            }
            int from = f;
            while (f < findings.size() && findings.get(f).file().equals(file)) {
                f++;
            }
            if (file.equals(previous)) {
                continue; // a page with findings, or the same path listed twice: one test case
            }
            previous = file;
            cases++;
            if (out == null) {
                continue;
            }
            int slash = file.lastIndexOf('/');
            String directory = slash < 0 ? "" : file.substring(0, slash);
            if (!directory.equals(classDirectory)) {
                classDirectory = directory;
                className = Xml.escape(className(file));
            }
            out.text("  <testcase classname=\"")
                    .text(className)
                    .text("\" name=\"")
                    .text(Xml.escape(file.isEmpty() ? "(site)" : file))
                    .text("\" time=\"0\"");
            if (from == f) {
                out.text("/>\n");
                continue;
            }
            out.text(">\n");
            for (int i = from; i < f; i++) {
                Finding e = findings.get(i);
                if (isError(e)) {
                    out.text("    <failure type=\"")
                            .text(Xml.escape(e.ruleId()))
                            .text("\" message=\"");
                    if (e.line() > 0) {
                        out.text("line ").number(e.line()).text(": ");
                    }
                    out.text(Xml.escape(e.ruleId())).append(' ');
                    out.text(Xml.escape(e.ruleName()))
                            .text(": ")
                            .text(Xml.escape(e.message()))
                            .text("\">");
                    text(e, out);
                    out.text("</failure>\n");
                }
            }
            boolean systemOut = false;
            for (int i = from; i < f; i++) {
                Finding e = findings.get(i);
                if (!isError(e)) {
                    if (!systemOut) {
                        out.text("    <system-out>");
                        systemOut = true;
                    }
                    text(e, out);
                    out.text("&#10;");
                }
            }
            if (systemOut) {
                out.text("</system-out>\n");
            }
            out.text("  </testcase>\n");
        }
        return cases;
    }

    private static boolean isError(Finding f) {
        return f.severity() == Severity.ERROR;
    }

    /** One line about the finding, escaped: {@code file:line:column: severity: RULE name: message [hint]}. */
    private static void text(Finding f, Utf8Writer out) throws IOException {
        out.text(Xml.escape(f.file()));
        if (f.line() > 0) {
            out.append(':').number(f.line()).append(':');
            out.number(f.column());
        }
        out.text(": ")
                .text(f.severity().label())
                .text(": ")
                .text(Xml.escape(f.ruleId()))
                .append(' ');
        out.text(Xml.escape(f.ruleName())).text(": ").text(Xml.escape(f.message()));
        if (!f.hint().isEmpty()) {
            out.text(" [").text(Xml.escape(f.hint())).append(']');
        }
    }

    static String className(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "faq" : "faq." + file.substring(0, slash).replace('/', '.');
    }

    /** {@code %.3f} of the seconds, without loading the formatter for one number. */
    static String seconds(long millis) {
        if (millis < 0 || millis > 1_000_000_000_000L) {
            return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
        }
        String fraction = Long.toString(1000 + millis % 1000);
        return millis / 1000 + "." + fraction.substring(1);
    }
}
