package io.github.faqkit.rules.frontmatter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.faqkit.core.FrontMatter;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/** FM008: the project's own JSON Schema for front matter (required keys, enums, patterns). */
public final class SchemaViolation extends Rule {
    private final ConcurrentHashMap<Path, Object> schemas = new ConcurrentHashMap<>();

    public SchemaViolation() {
        super(
                FrontMatterRules.FM008,
                "schema-violation",
                Severity.ERROR,
                "The project's JSON Schema (frontMatterSchema) rejects the front matter.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (!page.entry().published()) {
            return; // a document of a collection without output: data for templates, not a page of the theme
        }
        Path file = out.options().frontMatterSchema();
        if (file == null || page.frontMatter().status() != FrontMatter.Status.OK) {
            return;
        }
        Object loaded = schemas.computeIfAbsent(file, SchemaViolation::load);
        if (loaded instanceof String problem) {
            out.report(page, 1, 1, problem, "fix <frontMatterSchema> in the POM");
            return;
        }
        List<Error> errors = ((Schema) loaded).validate(page.frontMatter().toObjectNode());
        for (Error err : errors) {
            String pointer = err.getInstanceLocation().toString();
            String key = topKey(pointer);
            FrontMatter.Entry e = key == null ? null : page.frontMatter().entry(key);
            int line =
                    e != null ? e.valueLine() : Math.max(1, page.frontMatter().startLine());
            int col = e != null ? e.valueColumn() : 1;
            out.report(
                    page,
                    line,
                    col,
                    "the front matter does not match the project's schema: " + err.getMessage(),
                    "change the value, or the schema " + file.getFileName());
        }
    }

    /** "$.nav_order" or "/nav_order/0" → "nav_order". */
    static String topKey(String pointer) {
        String p = pointer.startsWith("$") ? pointer.substring(1) : pointer;
        p = p.replaceFirst("^[./]", "");
        if (p.isEmpty()) {
            return null;
        }
        if (p.startsWith("['")) {
            int end = p.indexOf("']");
            return end > 2 ? p.substring(2, end) : null;
        }
        String[] parts = p.split("[./\\[]", 2);
        return parts[0];
    }

    private static Object load(Path file) {
        try {
            String text = Files.readString(file);
            boolean yaml = file.toString().endsWith(".yml") || file.toString().endsWith(".yaml");
            JsonNode node = new ObjectMapper(yaml ? new YAMLFactory() : null).readTree(text);
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
            return registry.getSchema(node.toString(), InputFormat.JSON);
        } catch (IOException | RuntimeException e) {
            return "the front matter schema " + file + " cannot be used: " + e.getMessage();
        }
    }
}
