package io.github.faqkit.report;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.ToolInfo;
import io.github.faqkit.rules.ValidationResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code checkstyle-result.xml} for Jenkins warnings-ng and reviewdog: one {@code <file>} per file with
 * findings (path relative to the content directory), one {@code <error>} per finding, {@code source}
 * {@code faq.RULE}. Whole-file findings (line 0) carry no line or column.
 */
public final class CheckstyleReportWriter implements ReportWriter {

    @Override
    public String fileName() {
        return "checkstyle-result.xml";
    }

    @Override
    public void write(ValidationResult result, Path file) throws IOException {
        try (OutputStream out = AtomicFiles.newOutputStream(file)) {
            out.write(render(result).getBytes(StandardCharsets.UTF_8));
        }
    }

    String render(ValidationResult result) {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<checkstyle version=\"").append(Xml.escape(ToolInfo.VERSION)).append("\">\n");
        String current = null;
        for (Finding f : result.findings()) {
            if (!f.file().equals(current)) {
                if (current != null) {
                    b.append("  </file>\n");
                }
                current = f.file();
                b.append("  <file name=\"").append(Xml.escape(f.file())).append("\">\n");
            }
            b.append("    <error");
            if (f.line() > 0) {
                b.append(" line=\"").append(f.line()).append("\" column=\"").append(f.column()).append('"');
            }
            b.append(" severity=\"").append(f.severity().label()).append('"');
            String msg = f.ruleName() + ": " + f.message() + (f.hint().isEmpty() ? "" : " [" + f.hint() + "]");
            b.append(" message=\"").append(Xml.escape(msg)).append('"');
            b.append(" source=\"faq.").append(Xml.escape(f.ruleId())).append("\"/>\n");
        }
        if (current != null) {
            b.append("  </file>\n");
        }
        b.append("</checkstyle>\n");
        return b.toString();
    }
}
