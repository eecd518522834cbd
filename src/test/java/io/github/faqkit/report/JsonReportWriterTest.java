package io.github.faqkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.faqkit.core.ToolInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesTheSpecSchemaExactly() throws Exception {
        Path site = dir.resolve("site");
        Path out = dir.resolve("out/report.json");
        new JsonReportWriter().write(ReportFixture.result(site), out);

        String abs = site.toAbsolutePath().toString();
        assertThat(Files.readString(out))
                .startsWith("{\n"
                        + "  \"schemaVersion\" : 1,\n"
                        + "  \"tool\" : {\n"
                        + "    \"name\" : \"faq-maven-plugin\",\n"
                        + "    \"version\" : \"" + ToolInfo.VERSION + "\"\n"
                        + "  },\n"
                        + "  \"contentDirectory\" : \"" + abs + "\",\n"
                        + "  \"summary\" : {\n"
                        + "    \"pages\" : 3,\n"
                        + "    \"images\" : 1,\n"
                        + "    \"errors\" : 2,\n"
                        + "    \"warnings\" : 1,\n"
                        + "    \"infos\" : 1\n"
                        + "  },\n"
                        + "  \"findings\" : [\n"
                        + "    {\n"
                        + "      \"rule\" : \"NAV001\",\n"
                        + "      \"name\" : \"parent-not-found\",\n"
                        + "      \"severity\" : \"error\",\n"
                        + "      \"file\" : \"docs/a.md\",\n"
                        + "      \"line\" : 3,\n"
                        + "      \"column\" : 9,\n"
                        + "      \"message\" : \"parent 'Hom' matches no page title\",\n"
                        + "      \"hint\" : \"did you mean 'Home'?\"\n"
                        + "    },\n");
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.path("findings")).hasSize(4);
        assertThat(json.path("findings").get(1).path("message").asText()).isEqualTo("unknown key 'nav_ordr' <b>&\"");
        assertThat(json.path("findings").get(3).path("line").asInt()).isZero();
        assertThat(Files.readString(out)).endsWith("}\n");
    }
}
