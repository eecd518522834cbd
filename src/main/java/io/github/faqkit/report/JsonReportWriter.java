package io.github.faqkit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.faqkit.core.AtomicFiles;
import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.ToolInfo;
import io.github.faqkit.rules.ValidationResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** {@code report.json}, schema version 1 (see the README). Byte-identical for identical findings. */
public final class JsonReportWriter implements ReportWriter {
    public static final int SCHEMA_VERSION = 1;

    @Override
    public String fileName() {
        return "report.json";
    }

    @Override
    public void write(ValidationResult result, Path file) throws IOException {
        try (OutputStream out = AtomicFiles.newOutputStream(file);
                JsonGenerator g = PrettyJson.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", ToolInfo.NAME);
            g.writeStringField("version", ToolInfo.VERSION);
            g.writeEndObject();
            g.writeStringField(
                    "contentDirectory",
                    result.site().contentDirectory().toAbsolutePath().toString());
            g.writeObjectFieldStart("summary");
            g.writeNumberField("pages", result.pageCount());
            g.writeNumberField("images", result.imageCount());
            g.writeNumberField("errors", result.count(Severity.ERROR));
            g.writeNumberField("warnings", result.count(Severity.WARNING));
            g.writeNumberField("infos", result.count(Severity.INFO));
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            for (Finding f : result.findings()) {
                g.writeStartObject();
                g.writeStringField("rule", f.ruleId());
                g.writeStringField("name", f.ruleName());
                g.writeStringField("severity", f.severity().label());
                g.writeStringField("file", f.file());
                g.writeNumberField("line", f.line());
                g.writeNumberField("column", f.column());
                g.writeStringField("message", f.message());
                g.writeStringField("hint", f.hint());
                if (!f.absorbed().isEmpty()) {
                    // the same mistake as other rules see it; not counted in the summary
                    g.writeArrayFieldStart("absorbed");
                    for (Finding a : f.absorbed()) {
                        g.writeStartObject();
                        g.writeStringField("rule", a.ruleId());
                        g.writeStringField("name", a.ruleName());
                        g.writeStringField("severity", a.severity().label());
                        g.writeNumberField("line", a.line());
                        g.writeNumberField("column", a.column());
                        g.writeStringField("message", a.message());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
