package io.github.faqkit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.faqkit.core.AtomicFiles;
import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.ToolInfo;
import io.github.faqkit.rules.Rule;
import io.github.faqkit.rules.RuleCatalog;
import io.github.faqkit.rules.ValidationResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code report.sarif}: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Every rule of
 * the catalog is described in {@code tool.driver.rules}; result locations are relative to the content
 * directory, which {@code originalUriBaseIds.CONTENTROOT} names. The findings a result absorbed (the same mistake
 * as other rules see it) are its {@code relatedLocations}, each linked from the message text ({@code [ID](n)}),
 * which is how GitHub code scanning and the SARIF viewers show related locations.
 */
public final class SarifReportWriter implements ReportWriter {
    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String BASE_ID = "CONTENTROOT";
    private static final String INFORMATION_URI =
            RuleDocs.BASE_URL.substring(0, RuleDocs.BASE_URL.length() - "/blob/main/docs/rules/".length());

    @Override
    public String fileName() {
        return "report.sarif";
    }

    @Override
    public void write(ValidationResult result, Path file) throws IOException {
        // Streamed: a tree of every result costs more than the file itself in a cold JVM.
        try (OutputStream out = AtomicFiles.newOutputStream(file);
                JsonGenerator g = PrettyJson.generator(out)) {
            write(result, g);
            g.writeRaw('\n');
        }
    }

    /** The SARIF document as a tree, for tests. */
    ObjectNode toSarif(ValidationResult result) throws IOException {
        TokenBuffer buffer = new TokenBuffer(PrettyJson.MAPPER, false);
        write(result, buffer);
        return PrettyJson.MAPPER.readTree(buffer.asParser());
    }

    private void write(ValidationResult result, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", ToolInfo.NAME);
        g.writeStringField("version", ToolInfo.VERSION);
        g.writeStringField("informationUri", INFORMATION_URI);
        Map<String, Integer> index = new HashMap<>();
        g.writeArrayFieldStart("rules");
        for (Rule r : RuleCatalog.all()) {
            index.put(r.id(), index.size());
            describe(g, r.id(), r.name(), r.description(), r.defaultSeverity());
        }
        for (Finding f : result.findings()) {
            if (index.putIfAbsent(f.ruleId(), index.size()) == null) {
                // A finding of a rule outside the catalog (e.g. a configuration problem) still needs a descriptor.
                describe(g, f.ruleId(), f.ruleName(), f.ruleName(), f.severity());
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        if (result.site() != null) {
            String uri = result.site()
                    .contentDirectory()
                    .toAbsolutePath()
                    .normalize()
                    .toUri()
                    .toString();
            g.writeObjectFieldStart("originalUriBaseIds");
            g.writeObjectFieldStart(BASE_ID);
            g.writeStringField("uri", uri.endsWith("/") ? uri : uri + "/");
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeArrayFieldStart("results");
        String lastFile = null;
        String lastUri = null;
        for (Finding f : result.findings()) {
            g.writeStartObject();
            g.writeStringField("ruleId", f.ruleId());
            g.writeNumberField("ruleIndex", index.get(f.ruleId()));
            g.writeStringField("level", level(f.severity()));
            g.writeObjectFieldStart("message");
            g.writeStringField("text", messageText(f));
            g.writeEndObject();
            if (!f.file().isEmpty()) {
                if (!f.file().equals(lastFile)) {
                    // findings come file by file: each file's URI is encoded once
                    lastFile = f.file();
                    lastUri = uriPath(lastFile);
                }
                g.writeArrayFieldStart("locations");
                g.writeStartObject();
                physicalLocation(g, lastUri, f);
                g.writeEndObject();
                g.writeEndArray();
            }
            if (!f.absorbed().isEmpty()) {
                g.writeArrayFieldStart("relatedLocations");
                int id = 1;
                for (Finding a : f.absorbed()) {
                    g.writeStartObject();
                    g.writeNumberField("id", id++);
                    if (!a.file().isEmpty()) {
                        physicalLocation(g, a.file().equals(lastFile) ? lastUri : uriPath(a.file()), a);
                    }
                    g.writeObjectFieldStart("message");
                    g.writeStringField("text", a.ruleId() + " " + a.ruleName() + ": " + a.message());
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("columnKind", "utf16CodeUnits");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * The message, the hint in brackets, and an embedded link ({@code [ID](n)}, SARIF 3.11.6) to the related
     * location of each absorbed finding.
     */
    private static String messageText(Finding f) {
        String text = f.hint().isEmpty() ? f.message() : f.message() + " [" + f.hint() + "]";
        if (f.absorbed().isEmpty()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text).append(" (the same mistake as ");
        for (int i = 0; i < f.absorbed().size(); i++) {
            b.append(i == 0 ? "" : ", ")
                    .append('[')
                    .append(f.absorbed().get(i).ruleId())
                    .append("](")
                    .append(i + 1)
                    .append(')');
        }
        return b.append(')').toString();
    }

    private static void physicalLocation(JsonGenerator g, String uri, Finding f) throws IOException {
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri);
        g.writeStringField("uriBaseId", BASE_ID);
        g.writeEndObject();
        if (f.line() > 0) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", f.line());
            g.writeNumberField("startColumn", Math.max(1, f.column()));
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void describe(JsonGenerator g, String id, String name, String description, Severity severity)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("name", name);
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", description);
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", description);
        g.writeEndObject();
        g.writeStringField("helpUri", RuleDocs.url(id));
        g.writeObjectFieldStart("defaultConfiguration");
        if (severity == Severity.OFF) {
            g.writeBooleanField("enabled", false);
        }
        g.writeStringField("level", level(severity));
        g.writeEndObject();
        g.writeEndObject();
    }

    /** SARIF levels: error, warning, note; a rule that is off by default is {@code none}. */
    static String level(Severity s) {
        switch (s) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            case INFO:
                return "note";
            default:
                return "none";
        }
    }

    /** A relative URI reference: each path segment percent-encoded (spaces, non-ASCII, {@code #}). */
    static String uriPath(String file) {
        StringBuilder b = new StringBuilder();
        for (String seg : file.split("/", -1)) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(java.net.URLEncoder.encode(seg, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        return b.toString();
    }
}
