package io.github.faqkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.ThemeVersion;
import io.github.faqkit.rules.Rule;
import io.github.faqkit.rules.RuleCatalog;
import io.github.faqkit.rules.RuleOptions;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.testing.SiteFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad and good example of every rule page (docs/rules/ID.md, from rule-examples.yml), run through the
 * validator with every rule at its default severity: the bad example must give findings of that rule and
 * of no other, the good one no finding at all. What an example needs around it (other pages, image files,
 * the theme version, a schema, the answers of an external server) is in its {@code run} entry.
 */
class RuleExamplesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFAULT_PATH = "docs/example.md";

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> badTriggersExactlyItsRuleAndGoodTriggersNone() throws IOException {
        JsonNode examples;
        try (InputStream in = RuleExamplesTest.class.getResourceAsStream("rule-examples.yml")) {
            examples = YAML.readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RuleCatalog.all()) {
            JsonNode ex = examples.path(rule.id());
            tests.add(DynamicTest.dynamicTest(rule.id() + " bad", () -> {
                assertThat(ex.has("bad")).as(rule.id() + " has a bad example").isTrue();
                ValidationResult r = run(rule.id(), ex, "bad");
                assertThat(SiteFixture.where(r))
                        .as("findings of the bad example of %s", rule.id())
                        .isNotEmpty()
                        .allSatisfy(w -> assertThat(w).endsWith(" " + rule.id()));
            }));
            tests.add(DynamicTest.dynamicTest(rule.id() + " good", () -> {
                assertThat(ex.has("good")).as(rule.id() + " has a good example").isTrue();
                ValidationResult r = run(rule.id(), ex, "good");
                assertThat(SiteFixture.where(r))
                        .as("findings of the good example of %s", rule.id())
                        .isEmpty();
            }));
        }
        return tests.stream();
    }

    private ValidationResult run(String id, JsonNode ex, String which) throws IOException {
        JsonNode run = ex.path("run");
        Path root = dir.resolve(id + "-" + which + "/site");
        SiteFixture site = SiteFixture.in(root);
        files(site, run.path("site"));
        files(site, run.path(which + "-site"));
        String snippet = ex.get(which).asText();
        // an example too long to show (a thousand levels of nesting) names its repeated part; run.repeat spells it out
        for (Map.Entry<String, JsonNode> r : run.path("repeat").properties()) {
            snippet = snippet.replace(
                    r.getKey(),
                    r.getValue()
                            .path("text")
                            .asText()
                            .repeat(r.getValue().path("times").asInt()));
        }
        String path = run.path("path").asText(DEFAULT_PATH);
        String as = run.path("as").asText("body");
        switch (as) {
            case "page" -> site.bytes(path, bytes(snippet, run));
            case "front-matter" ->
                site.bytes(
                        path,
                        bytes(
                                "---\n" + withTitle(snippet) + "---\n"
                                        + run.path("body").asText(""),
                                run));
            case "body" -> site.bytes(path, bytes("---\ntitle: Example\n---\n" + snippet, run));
            case "files" -> {
                for (String line : snippet.split("\n")) {
                    String file = line.replaceFirst("\\s+#.*", "").strip();
                    if (!file.isEmpty() && !file.startsWith("#")) {
                        site.file(file, "x");
                    }
                }
            }
            default ->
                throw new IllegalArgumentException(id + ": run.as is page, front-matter, body or files, not " + as);
        }
        Map<String, Severity> severities = new HashMap<>();
        run.path("rules")
                .properties()
                .forEach(e ->
                        severities.put(e.getKey(), Severity.parse(e.getValue().asText())));
        Path schema = null;
        if (run.has("schema")) {
            schema = dir.resolve(id + "-" + which + "/schema.json");
            Files.writeString(schema, run.get("schema").asText());
        }
        Path cache = null;
        if (run.has("answers")) {
            cache = dir.resolve(id + "-" + which + "/external.json");
            Files.writeString(cache, answers(run.get("answers")));
        }
        ThemeVersion theme = run.has("themeVersion")
                ? ThemeVersion.parse(run.get("themeVersion").asText())
                : null;
        List<String> allowed = new ArrayList<>();
        run.path("allowedKeys").forEach(k -> allowed.add(k.asText()));
        RuleOptions options = new RuleOptions(null, allowed, schema, cache);
        return site.validate(
                q -> new ValidationRequest(q.contentDirectory(), null, null, severities, theme, options, null, false));
    }

    /** A front matter example that is not about the title gets one, so that FM005 stays out of it. */
    private static String withTitle(String frontMatter) {
        String fm = frontMatter.endsWith("\n") ? frontMatter : frontMatter + "\n";
        return fm.lines().anyMatch(l -> l.startsWith("title:")) ? fm : "title: Example\n" + fm;
    }

    private static void files(SiteFixture site, JsonNode files) {
        files.properties().forEach(e -> site.file(e.getKey(), e.getValue().asText()));
    }

    /** UTF-8, or with {@code escapes: true} a {@code \xHH} in the example is that raw byte (a Latin-1 file). */
    private static byte[] bytes(String text, JsonNode run) {
        if (!run.path("escapes").asBoolean(false)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); ) {
            if (text.startsWith("\\x", i) && i + 4 <= text.length()) {
                out.write(Integer.parseInt(text.substring(i + 2, i + 4), 16));
                i += 4;
            } else {
                int cp = text.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return out.toByteArray();
    }

    /** The external-link cache as LNK002 keeps it, with fresh answers: the example needs no network. */
    private static String answers(JsonNode answers) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", 1);
        ObjectNode urls = root.putObject("urls");
        String now = Instant.now().toString();
        answers.properties().forEach(e -> {
            int code = e.getValue().asInt();
            urls.putObject(e.getKey())
                    .put("verdict", code < 400 ? "OK" : "BROKEN")
                    .put("code", code)
                    .put("detail", "the server answered " + code)
                    .put("checkedAt", now);
        });
        return JSON.writeValueAsString(root);
    }
}
