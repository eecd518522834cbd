package io.github.faqkit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.faqkit.rules.Rule;
import io.github.faqkit.rules.RuleCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one Markdown page per rule ({@code docs/rules/ID.md}) from the rule classes (id, name,
 * default severity, description) and {@code rule-examples.yml} (what Jekyll does, bad and good example,
 * fix), plus an index. Test code, not part of the plugin jar: {@code RuleDocsGeneratorTest} checks that
 * the committed pages are current, and {@code ./mvnw test -Dtest=RuleDocsGeneratorTest
 * -Dfaq.regenerateRuleDocs=true} rewrites them.
 */
final class RuleDocsGenerator {
    private final JsonNode examples;

    RuleDocsGenerator() throws IOException {
        try (InputStream in = RuleDocsGenerator.class.getResourceAsStream("rule-examples.yml")) {
            examples = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    /** Writes the pages and {@code README.md} into {@code dir}; returns the rule ids without examples. */
    List<String> writeAll(Path dir) throws IOException {
        List<String> missing = new ArrayList<>();
        StringBuilder index = new StringBuilder("# Rules\n\nGenerated from the rule classes; do not edit by hand.\n\n"
                + "| id | name | default | checks |\n|---|---|---|---|\n");
        for (Rule r : RuleCatalog.all()) {
            if (!examples.has(r.id())) {
                missing.add(r.id());
            }
            write(dir.resolve(r.id() + ".md"), page(r));
            index.append("| [")
                    .append(r.id())
                    .append("](")
                    .append(r.id())
                    .append(".md) | ")
                    .append(r.name())
                    .append(" | ")
                    .append(r.defaultSeverity().label())
                    .append(" | ")
                    .append(r.description().replace("|", "\\|"))
                    .append(" |\n");
        }
        write(dir.resolve("README.md"), index.toString());
        return missing;
    }

    String page(Rule r) {
        JsonNode ex = examples.path(r.id());
        StringBuilder b = new StringBuilder();
        b.append("# ").append(r.id()).append(' ').append(r.name()).append("\n\n");
        b.append("Default severity: **").append(r.defaultSeverity().label()).append("**\n\n");
        b.append(r.description()).append("\n\n");
        b.append("## What Jekyll does\n\n")
                .append(text(ex, "jekyll", r.description()))
                .append("\n\n");
        if (ex.has("bad")) {
            b.append("## Bad\n\n```markdown\n")
                    .append(block(ex.get("bad").asText()))
                    .append("```\n\n");
        }
        if (ex.has("good")) {
            b.append("## Good\n\n```markdown\n")
                    .append(block(ex.get("good").asText()))
                    .append("```\n\n");
        }
        b.append("## Fix\n\n")
                .append(text(ex, "fix", "See the hint in the finding."))
                .append("\n\n");
        String merged = merged(r);
        if (!merged.isEmpty()) {
            b.append("## One mistake, one finding\n\n").append(merged).append("\n\n");
        }
        b.append("## Configure or silence\n\n")
                .append("- Severity in the POM: `<rules><")
                .append(r.id())
                .append(">warning</")
                .append(r.id())
                .append("></rules>` (error, warning, info, off), or `-Dfaq.rules=")
                .append(r.id())
                .append("=off`.\n")
                .append("- A finding in the page body (below the front matter): `<!-- faq-disable-next-line ")
                .append(r.id())
                .append(" -->` on the line above it, or `<!-- faq-disable ")
                .append(r.id())
                .append(" -->` … `<!-- faq-enable -->` around a passage. Comments cannot sit in the front matter, so ")
                .append("findings there are configured in the POM only.\n")
                .append(
                        "- Existing findings of a site: `mvn faq:baseline` accepts them, `faq:validate` then fails only on new ones.\n");
        return b.toString();
    }

    /** What this rule absorbs and what absorbs it (Rule#absorbs), in words; "" when neither. */
    static String merged(Rule r) {
        List<String> lines = new ArrayList<>();
        if (!r.absorbs().isEmpty()) {
            lines.add("- Findings of " + links(new java.util.TreeSet<>(r.absorbs())) + " on the same line are the"
                    + " mistake this rule names, seen from another rule: they are merged into this finding and not"
                    + " listed on their own (they are shown under it: in `report.json` under `absorbed`, in the HTML report below its hint, in SARIF as"
                    + " its `relatedLocations`), unless one is more severe.");
        }
        java.util.Set<String> by = new java.util.TreeSet<>();
        for (Rule other : RuleCatalog.all()) {
            if (other.absorbs().contains(r.id())) {
                by.add(other.id());
            }
        }
        if (!by.isEmpty()) {
            lines.add("- On a line where " + links(by) + " reports too, this finding is a consequence of that"
                    + " mistake: it is merged into that finding, unless it is more severe. A suppression or baseline"
                    + " entry for " + r.id() + " still applies to it; with the cause silenced, it is listed itself.");
        }
        return String.join("\n", lines);
    }

    private static String links(java.util.Collection<String> ids) {
        List<String> out = new ArrayList<>();
        ids.forEach(id -> out.add("[" + id + "](" + id + ".md)"));
        return String.join(", ", out);
    }

    private static String text(JsonNode ex, String key, String dflt) {
        return ex.hasNonNull(key) ? ex.get(key).asText().trim() : dflt;
    }

    private static String block(String s) {
        return s.endsWith("\n") ? s : s + "\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
