package io.github.faqkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.faqkit.core.ToolInfo;
import io.github.faqkit.rules.Rule;
import io.github.faqkit.rules.RuleCatalog;
import io.github.faqkit.rules.ValidationResult;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportWriterTest {
    @TempDir
    Path dir;

    /** The official OASIS schema (draft-04), see src/test/resources/sarif/SOURCE.md. */
    static Schema sarifSchema() throws Exception {
        try (InputStream in = SarifReportWriterTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(text, InputFormat.JSON);
        }
    }

    @Test
    void reportIsValidAgainstTheOfficialSchema() throws Exception {
        Path out = dir.resolve("out/report.sarif");
        new SarifReportWriter().write(ReportFixture.result(dir.resolve("site")), out);
        JsonNode node = new ObjectMapper().readTree(out.toFile());
        List<Error> errors = sarifSchema().validate(node);
        assertThat(errors).isEmpty();
    }

    @Test
    void absorbedFindingsAreRelatedLocationsLinkedFromTheMessage() throws Exception {
        ValidationResult result = ManyFindingsFixture.result(dir.resolve("many"));
        Path out = dir.resolve("many.sarif");
        new SarifReportWriter().write(result, out);
        JsonNode node = new ObjectMapper().readTree(out.toFile());
        assertThat(sarifSchema().validate(node)).isEmpty();
        JsonNode withRelated = null;
        int related = 0;
        for (JsonNode r : node.at("/runs/0/results")) {
            if (r.has("relatedLocations")) {
                withRelated = r;
                related++;
            }
        }
        long absorbing =
                result.findings().stream().filter(f -> !f.absorbed().isEmpty()).count();
        assertThat(absorbing).isPositive();
        assertThat(related).isEqualTo(absorbing);
        assertThat(withRelated.at("/ruleId").asText()).isEqualTo("TOC001");
        assertThat(withRelated.at("/message/text").asText()).endsWith("(the same mistake as [IAL001](1))");
        JsonNode loc = withRelated.at("/relatedLocations/0");
        assertThat(loc.at("/id").asInt()).isEqualTo(1);
        assertThat(loc.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("docs/toc.md");
        assertThat(loc.at("/physicalLocation/region/startLine").asInt()).isEqualTo(8);
        assertThat(loc.at("/message/text").asText()).startsWith("IAL001 ial-detached: '{:toc}' is separated");
        // a result that absorbs nothing has no related locations and no link
        assertThat(node.at("/runs/0/results/0").has("relatedLocations")).isFalse();
    }

    @Test
    void schemaCheckCatchesABrokenReport() throws Exception {
        // Proves the validation above can fail: a level SARIF does not know is rejected.
        ObjectMapper m = new ObjectMapper();
        var node = new SarifReportWriter().toSarif(ReportFixture.result(dir.resolve("site")));
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        node.get("runs").get(0).get("results").get(0))
                .put("level", "fatal");
        assertThat(sarifSchema().validate(m.readTree(node.toString()))).isNotEmpty();
    }

    @Test
    void resultsCarryRelativeLocationsAndRuleDescriptors() throws Exception {
        ValidationResult result = ReportFixture.result(dir.resolve("site"));
        Path out = dir.resolve("report.sarif");
        new SarifReportWriter().write(result, out);
        String text = Files.readString(out);
        String base = dir.resolve("site").toAbsolutePath().normalize().toUri().toString();
        // rules outside the catalog (when this test runs without the image family) get a descriptor from the finding
        List<String> ids = new java.util.ArrayList<>(RuleCatalog.byId().keySet());
        StringBuilder rules = new StringBuilder(rulesJson(RuleCatalog.all()));
        for (String[] extra :
                new String[][] {{"IMG001", "image-not-found", "error"}, {"IMG006", "image-orphan", "note"}}) {
            if (!ids.contains(extra[0])) {
                ids.add(extra[0]);
                rules.append(",\n").append(descriptor(extra[0], extra[1], extra[1], extra[2], false));
            }
        }
        String expected = "{\n"
                + "  \"$schema\" : \"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json\",\n"
                + "  \"version\" : \"2.1.0\",\n"
                + "  \"runs\" : [\n"
                + "    {\n"
                + "      \"tool\" : {\n"
                + "        \"driver\" : {\n"
                + "          \"name\" : \"faq-maven-plugin\",\n"
                + "          \"version\" : \"" + ToolInfo.VERSION + "\",\n"
                + "          \"informationUri\" : \"https://github.com/faqkit/faq-maven-plugin\",\n"
                + "          \"rules\" : [\n" + rules + "\n"
                + "          ]\n"
                + "        }\n"
                + "      },\n"
                + "      \"originalUriBaseIds\" : {\n"
                + "        \"CONTENTROOT\" : {\n"
                + "          \"uri\" : \"" + base + "\"\n"
                + "        }\n"
                + "      },\n"
                + "      \"results\" : [\n"
                + result(
                        "NAV001",
                        ids.indexOf("NAV001"),
                        "error",
                        "parent 'Hom' matches no page title [did you mean 'Home'?]",
                        "docs/a.md",
                        3,
                        9)
                + ",\n"
                + result("FM007", ids.indexOf("FM007"), "warning", "unknown key 'nav_ordr' <b>&\\\"", "docs/a.md", 4, 1)
                + ",\n"
                + result(
                        "IMG001",
                        ids.indexOf("IMG001"),
                        "error",
                        "'../pics/x.png' does not exist [add the file]",
                        "docs/a.md",
                        8,
                        1)
                + ",\n"
                + result(
                        "IMG006",
                        ids.indexOf("IMG006"),
                        "note",
                        "no page references this image [delete it]",
                        "pics/orphan.png",
                        0,
                        0)
                + "\n"
                + "      ],\n"
                + "      \"columnKind\" : \"utf16CodeUnits\"\n"
                + "    }\n"
                + "  ]\n"
                + "}\n";
        assertThat(text).isEqualTo(expected);
    }

    @Test
    void pathsAreEncodedAsUriReferences() {
        assertThat(SarifReportWriter.uriPath("docs/FAQ über/a b#1.md")).isEqualTo("docs/FAQ%20%C3%BCber/a%20b%231.md");
    }

    private static String rulesJson(List<Rule> rules) {
        StringBuilder b = new StringBuilder();
        for (Rule r : rules) {
            if (b.length() > 0) {
                b.append(",\n");
            }
            b.append(descriptor(
                    r.id(),
                    r.name(),
                    r.description(),
                    SarifReportWriter.level(r.defaultSeverity()),
                    r.defaultSeverity() == io.github.faqkit.core.Severity.OFF));
        }
        return b.toString();
    }

    private static String descriptor(String id, String name, String description, String level, boolean off) {
        String d = json(description);
        return "            {\n"
                + "              \"id\" : \"" + id + "\",\n"
                + "              \"name\" : \"" + name + "\",\n"
                + "              \"shortDescription\" : {\n                \"text\" : \"" + d + "\"\n              },\n"
                + "              \"fullDescription\" : {\n                \"text\" : \"" + d + "\"\n              },\n"
                + "              \"helpUri\" : \"https://github.com/faqkit/faq-maven-plugin/blob/main/docs/rules/" + id
                + ".md\",\n"
                + "              \"defaultConfiguration\" : {\n"
                + (off ? "                \"enabled\" : false,\n" : "")
                + "                \"level\" : \"" + level + "\"\n"
                + "              }\n"
                + "            }";
    }

    private static String result(String id, int index, String level, String text, String file, int line, int col) {
        String region = line > 0
                ? ",\n"
                        + "                \"region\" : {\n"
                        + "                  \"startLine\" : " + line + ",\n"
                        + "                  \"startColumn\" : " + col + "\n"
                        + "                }\n"
                : "\n";
        return "        {\n"
                + "          \"ruleId\" : \"" + id + "\",\n"
                + "          \"ruleIndex\" : " + index + ",\n"
                + "          \"level\" : \"" + level + "\",\n"
                + "          \"message\" : {\n            \"text\" : \"" + text + "\"\n          },\n"
                + "          \"locations\" : [\n"
                + "            {\n"
                + "              \"physicalLocation\" : {\n"
                + "                \"artifactLocation\" : {\n"
                + "                  \"uri\" : \"" + file + "\",\n"
                + "                  \"uriBaseId\" : \"CONTENTROOT\"\n"
                + "                }" + region
                + "              }\n"
                + "            }\n"
                + "          ]\n"
                + "        }";
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
