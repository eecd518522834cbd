package io.github.faqkit.report;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.rules.ValidationResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code TEST-faq.xml} for CI test tabs: one test case per Markdown file (and per other file with
 * findings), a {@code <failure>} per error, warnings and infos as {@code <system-out>}. The class name
 * is {@code faq.} plus the folder, so CI tools group pages by folder.
 */
public final class JUnitReportWriter implements ReportWriter {

    @Override
    public String fileName() {
        return "TEST-faq.xml";
    }

    @Override
    public void write(ValidationResult result, Path file) throws IOException {
        try (OutputStream out = AtomicFiles.newOutputStream(file)) {
            out.write(render(result).getBytes(StandardCharsets.UTF_8));
        }
    }

    String render(ValidationResult result) {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        if (result.site() != null) {
            for (Page p : result.site().markdownFiles()) {
                byFile.put(p.path(), new ArrayList<>());
            }
        }
        for (Finding f : result.findings()) {
            byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        long failures = byFile.values().stream().filter(l -> l.stream().anyMatch(JUnitReportWriter::isError)).count();
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<testsuite name=\"faq\" tests=\"").append(byFile.size()).append("\" failures=\"").append(failures)
                .append("\" errors=\"0\" skipped=\"0\" time=\"").append(seconds(result.elapsedMillis())).append("\">\n");
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            String name = e.getKey().isEmpty() ? "(site)" : e.getKey();
            b.append("  <testcase classname=\"").append(Xml.escape(className(e.getKey()))).append("\" name=\"")
                    .append(Xml.escape(name)).append("\" time=\"0\"");
            if (e.getValue().isEmpty()) {
                b.append("/>\n");
                continue;
            }
            b.append(">\n");
            StringBuilder out = new StringBuilder();
            for (Finding f : e.getValue()) {
                if (isError(f)) {
                    b.append("    <failure type=\"").append(Xml.escape(f.ruleId())).append("\" message=\"")
                            .append(Xml.escape(location(f) + f.ruleId() + " " + f.ruleName() + ": " + f.message()))
                            .append("\">").append(Xml.escape(text(f))).append("</failure>\n");
                } else {
                    out.append(text(f)).append('\n');
                }
            }
            if (out.length() > 0) {
                b.append("    <system-out>").append(Xml.escape(out.toString())).append("</system-out>\n");
            }
            b.append("  </testcase>\n");
        }
        b.append("</testsuite>\n");
        return b.toString();
    }

    private static boolean isError(Finding f) {
        return f.severity() == Severity.ERROR;
    }

    private static String location(Finding f) {
        return f.line() > 0 ? "line " + f.line() + ": " : "";
    }

    private static String text(Finding f) {
        return f.file() + (f.line() > 0 ? ":" + f.line() + ":" + f.column() : "") + ": " + f.severity().label() + ": "
                + f.ruleId() + " " + f.ruleName() + ": " + f.message() + (f.hint().isEmpty() ? "" : " [" + f.hint() + "]");
    }

    static String className(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "faq" : "faq." + file.substring(0, slash).replace('/', '.');
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
