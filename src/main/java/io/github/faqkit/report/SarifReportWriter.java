package io.github.faqkit.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.faqkit.core.Finding;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.ToolInfo;
import io.github.faqkit.rules.Rule;
import io.github.faqkit.rules.RuleCatalog;
import io.github.faqkit.rules.ValidationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code report.sarif}: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Every rule of
 * the catalog is described in {@code tool.driver.rules}; result locations are relative to the content
 * directory, which {@code originalUriBaseIds.CONTENTROOT} names.
 */
public final class SarifReportWriter implements ReportWriter {
    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String BASE_ID = "CONTENTROOT";

    @Override
    public String fileName() {
        return "report.sarif";
    }

    @Override
    public void write(ValidationResult result, Path file) throws IOException {
        PrettyJson.write(toSarif(result), file);
    }

    ObjectNode toSarif(ValidationResult result) {
        ObjectNode root = PrettyJson.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", ToolInfo.NAME);
        driver.put("version", ToolInfo.VERSION);
        driver.put("informationUri", RuleDocs.BASE_URL.replaceFirst("/blob/main/docs/rules/$", ""));
        Map<String, Integer> index = new LinkedHashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (Rule r : RuleCatalog.all()) {
            index.put(r.id(), index.size());
            describe(rules.addObject(), r.id(), r.name(), r.description(), r.defaultSeverity());
        }
        for (Finding f : result.findings()) {
            if (!index.containsKey(f.ruleId())) {
                // A finding of a rule outside the catalog (e.g. a configuration problem) still needs a descriptor.
                index.put(f.ruleId(), index.size());
                describe(rules.addObject(), f.ruleId(), f.ruleName(), f.ruleName(), f.severity());
            }
        }
        if (result.site() != null) {
            String uri = result.site().contentDirectory().toAbsolutePath().normalize().toUri().toString();
            run.putObject("originalUriBaseIds").putObject(BASE_ID).put("uri", uri.endsWith("/") ? uri : uri + "/");
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : result.findings()) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.ruleId());
            r.put("ruleIndex", index.get(f.ruleId()));
            r.put("level", level(f.severity()));
            String text = f.hint().isEmpty() ? f.message() : f.message() + " [" + f.hint() + "]";
            r.putObject("message").put("text", text);
            if (f.file().isEmpty()) {
                continue;
            }
            ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            artifact.put("uri", uriPath(f.file()));
            artifact.put("uriBaseId", BASE_ID);
            if (f.line() > 0) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", f.line());
                region.put("startColumn", Math.max(1, f.column()));
            }
        }
        run.put("columnKind", "utf16CodeUnits");
        return root;
    }

    private static void describe(ObjectNode d, String id, String name, String description, Severity severity) {
        d.put("id", id);
        d.put("name", name);
        d.putObject("shortDescription").put("text", description);
        d.putObject("fullDescription").put("text", description);
        d.put("helpUri", RuleDocs.url(id));
        ObjectNode config = d.putObject("defaultConfiguration");
        if (severity == Severity.OFF) {
            config.put("enabled", false);
        }
        config.put("level", level(severity));
    }

    /** SARIF levels: error, warning, note; a rule that is off by default is {@code none}. */
    static String level(Severity s) {
        switch (s) {
            case ERROR: return "error";
            case WARNING: return "warning";
            case INFO: return "note";
            default: return "none";
        }
    }

    /** A relative URI reference: each path segment percent-encoded (spaces, non-ASCII, {@code #}). */
    static String uriPath(String file) {
        StringBuilder b = new StringBuilder();
        for (String seg : file.split("/", -1)) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(java.net.URLEncoder.encode(seg, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return b.toString();
    }
}
