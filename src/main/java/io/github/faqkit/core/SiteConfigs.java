package io.github.faqkit.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code _config.yml} from the site source; a broken file becomes a {@link ConfigProblem} (reported by
 * rule FM003), not an exception.
 */
public final class SiteConfigs {
    public static final String FILE = "_config.yml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The configuration (defaults when the file is missing or broken) and the problem, if any (else null). */
    public record Loaded(SiteConfig config, ConfigProblem problem) {}

    private SiteConfigs() {}

    public static Loaded load(Path root, String baseurlOverride) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new Loaded(new SiteConfig(JsonNodeFactory.instance.objectNode(), baseurlOverride), null);
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = SourceText.decode(bytes).text();
            JsonNode node = text.isBlank() ? null : YAML.readTree(text);
            if (node == null || node.isMissingNode() || node.isNull()) {
                node = JsonNodeFactory.instance.objectNode();
            }
            if (!node.isObject()) {
                return new Loaded(
                        new SiteConfig(JsonNodeFactory.instance.objectNode(), baseurlOverride),
                        problem(
                                1,
                                1,
                                "_config.yml is not a list of 'key: value' settings, so Jekyll refuses to build"));
            }
            Map<String, Integer> lines = YamlKeys.topLevelLines(text);
            SiteConfig config = new SiteConfig(node, baseurlOverride, Page.digestOf(bytes), lines);
            return new Loaded(config, notAList(node, lines));
        } catch (JsonProcessingException e) {
            int[] at = YamlErrors.position(e);
            int line = at == null ? 1 : at[0];
            int col = at == null ? 1 : at[1];
            String msg = e.getOriginalMessage() == null
                    ? "invalid YAML"
                    : e.getOriginalMessage().split("\n")[0];
            return new Loaded(
                    new SiteConfig(JsonNodeFactory.instance.objectNode(), baseurlOverride),
                    problem(line, col, "_config.yml is not valid YAML (" + msg + "), so Jekyll refuses to build"));
        } catch (IOException e) {
            return new Loaded(
                    new SiteConfig(JsonNodeFactory.instance.objectNode(), baseurlOverride),
                    problem(0, 0, "_config.yml cannot be read: " + e.getMessage()));
        }
    }

    /**
     * Jekyll stops the build ("'exclude' should be set as an array") when {@code include} or {@code exclude} is
     * given but is not a list, also when it is empty ({@code exclude:} alone is nil).
     */
    private static ConfigProblem notAList(JsonNode node, Map<String, Integer> lines) {
        for (String key : List.of("exclude", "include")) {
            JsonNode value = node.get(key);
            if (value != null && !value.isArray()) {
                String shown = value.isNull() ? "empty" : "'" + value.asText() + "'";
                return new ConfigProblem(
                        Math.max(1, lines.getOrDefault(key, 1)),
                        1,
                        "'" + key + "' in _config.yml is " + shown + ", not a list, so Jekyll refuses to build (\"'"
                                + key + "' should be set as an array\")",
                        "write it as a list, one entry per line ('  - entry') or in brackets: " + key + ": ["
                                + (value.isNull() ? "" : value.asText()) + "]");
            }
        }
        return null;
    }

    /** The settings {@code text} holds as Jekyll's configuration (an empty one for a blank text); null when not YAML. */
    public static JsonNode parse(String text) {
        try {
            JsonNode node = text.isBlank() ? null : YAML.readTree(text);
            return node == null || node.isMissingNode() || node.isNull() ? JsonNodeFactory.instance.objectNode() : node;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static ConfigProblem problem(int line, int col, String message) {
        return new ConfigProblem(
                line, col, message, "fix the YAML at this position; the site settings below it are ignored until then");
    }
}
