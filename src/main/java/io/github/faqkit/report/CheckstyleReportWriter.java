package io.github.faqkit.report;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.ToolInfo;
import io.github.faqkit.rules.ValidationResult;
import java.io.IOException;

/**
 * {@code checkstyle-result.xml} for Jenkins warnings-ng and reviewdog: one {@code <file>} per file with
 * findings (path relative to the content directory), one {@code <error>} per finding, {@code source}
 * {@code faq.RULE}. Whole-file findings (line 0) carry no line or column.
 */
public final class CheckstyleReportWriter extends TextReportWriter {

    @Override
    public String fileName() {
        return "checkstyle-result.xml";
    }

    @Override
    void render(ValidationResult result, Utf8Writer out) throws IOException {
        out.text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"")
                .text(Xml.escape(ToolInfo.VERSION))
                .text("\">\n");
        String current = null;
        for (Finding f : result.findings()) {
            if (!f.file().equals(current)) {
                if (current != null) {
                    out.text("  </file>\n");
                }
                current = f.file();
                out.text("  <file name=\"").text(Xml.escape(f.file())).text("\">\n");
            }
            out.text("    <error");
            if (f.line() > 0) {
                out.text(" line=\"")
                        .number(f.line())
                        .text("\" column=\"")
                        .number(f.column())
                        .append('"');
            }
            out.text(" severity=\"")
                    .text(f.severity().label())
                    .text("\" message=\"")
                    .text(Xml.escape(f.ruleName()))
                    .text(": ")
                    .text(Xml.escape(f.message()));
            if (!f.hint().isEmpty()) {
                out.text(" [").text(Xml.escape(f.hint())).append(']');
            }
            out.text("\" source=\"faq.").text(Xml.escape(f.ruleId())).text("\"/>\n");
        }
        if (current != null) {
            out.text("  </file>\n");
        }
        out.text("</checkstyle>\n");
    }
}
