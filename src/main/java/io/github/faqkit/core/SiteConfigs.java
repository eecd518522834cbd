package io.github.faqkit.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.faqkit.core.codec.TreeReader;
import io.github.faqkit.core.platform.BuildConfigFiles;
import io.github.faqkit.core.platform.Workflows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads the site's configuration file as Jekyll does: the first of {@code _config.yml}, {@code _config.yaml} and
 * {@code _config.toml} that exists (measured with {@code jekyll build}, see scripts/config-golden/files.sh). A broken
 * file becomes a {@link ConfigProblem} (reported by rule FM003), not an exception.
 */
public final class SiteConfigs {
    public static final String FILE = "_config.yml";
    /** The names Jekyll looks for, in its order: it reads the first that exists and none of the others. */
    public static final List<String> CANDIDATES = List.of(FILE, "_config.yaml", "_config.toml");

    private static final YAMLFactory YAML = new YAMLFactory();

    /**
     * The configuration (defaults when the file is missing or broken), the problem, if any (else null), a notice for
     * the console when the file was not read (else null), and the deploy build's configuration files with the
     * workflows they were read from: the platform set-up and a rerun's stamps take them from here, so the workflows
     * are read once per run.
     */
    public record Loaded(SiteConfig config, ConfigProblem problem, String notice, BuildConfigFiles build) {
        Loaded(SiteConfig config, ConfigProblem problem) {
            this(config, problem, null, null);
        }

        /** The repository's workflows as this run read them. */
        public Workflows workflows() {
            return build.workflows();
        }

        private Loaded withBuild(BuildConfigFiles b, String notice) {
            return new Loaded(config, problem, notice, b);
        }
    }

    private SiteConfigs() {}

    /** The name of the configuration file Jekyll reads in {@code root}; null when it has none. */
    public static String fileIn(Path root) {
        for (String name : CANDIDATES) {
            if (Files.isRegularFile(root.resolve(name))) {
                return name;
            }
        }
        return null;
    }

    public static Loaded load(Path root, String baseurlOverride) {
        return load(root, baseurlOverride, SourceReader.FILES);
    }

    /**
     * Reads the configuration with {@code reader} (a dry run of faq:fix hands the fixed bytes): the files the site's
     * deploy build names with {@code jekyll build --config} ({@link BuildConfigFiles}), else Jekyll's default file.
     */
    public static Loaded load(Path root, String baseurlOverride, SourceReader reader) {
        BuildConfigFiles build = BuildConfigFiles.of(root);
        if (build.named()) {
            Loaded merged = ConfigMerge.load(build, baseurlOverride, reader);
            if (merged != null) {
                return merged.withBuild(build, merged.notice());
            }
        }
        Loaded loaded = loadDefault(root, baseurlOverride, reader);
        if (build.notice() == null) {
            return loaded.withBuild(build, loaded.notice());
        }
        String notice = build.named()
                ? build.from() + ", but one of them cannot be read as YAML settings "
                        + "(Jekyll refuses to build): the site is checked with the settings of its "
                        + (loaded.config().file() == null
                                ? FILE
                                : loaded.config().file())
                : build.notice();
        return loaded.withBuild(build, loaded.notice() == null ? notice : notice + "; " + loaded.notice());
    }

    /** Jekyll's default configuration file: the first of {@link #CANDIDATES} in {@code root}. */
    private static Loaded loadDefault(Path root, String baseurlOverride, SourceReader reader) {
        String name = fileIn(root);
        Path file = name == null ? null : root.resolve(name);
        // a site folder that an outer configuration's source: names has that file's settings, not its own file's
        Path outer = io.github.faqkit.core.platform.SourceSetting.outerConfig(root);
        if (outer != null) {
            file = outer;
            name = root.toAbsolutePath()
                    .normalize()
                    .relativize(outer)
                    .toString()
                    .replace('\\', '/');
        }
        if (name == null) {
            return new Loaded(new SiteConfig(JsonNodeFactory.instance.objectNode(), baseurlOverride), null);
        }
        byte[] bytes;
        try {
            bytes = reader.read(new SourceEntry(name, file, false, null, null, false));
        } catch (IOException | RuntimeException e) {
            return new Loaded(
                    defaults(name, baseurlOverride), problem(0, 0, name + " cannot be read: " + e.getMessage()));
        }
        if (name.endsWith(".toml")) {
            // No TOML reader is among the plugin's libraries: say so instead of guessing at the settings.
            return new Loaded(
                    new SiteConfig(
                            JsonNodeFactory.instance.objectNode(),
                            baseurlOverride,
                            name,
                            Page.digestOf(bytes),
                            Map.of()),
                    null,
                    name + " is Jekyll's configuration here, but this plugin reads only YAML: the site is checked "
                            + "with Jekyll's default settings (no baseurl, exclude:, collections or defaults:); "
                            + "rename it to _config.yml in YAML to have them checked",
                    null);
        }
        String text = SourceText.decode(bytes).text();
        try {
            JsonNode node = text.isBlank() ? null : read(text);
            if (node == null || node.isMissingNode() || node.isNull()) {
                node = JsonNodeFactory.instance.objectNode();
            }
            if (!node.isObject()) {
                return new Loaded(
                        defaults(name, baseurlOverride),
                        problem(1, 1, name + " is not a list of 'key: value' settings, so Jekyll refuses to build"));
            }
            Map<String, Integer> lines = YamlKeys.topLevelLines(text);
            SiteConfig config = new SiteConfig(node, baseurlOverride, name, Page.digestOf(bytes), lines);
            return new Loaded(config, notAList(name, node, lines));
        } catch (JsonProcessingException e) {
            int[] at = YamlErrors.position(e);
            int line = at == null ? 1 : at[0];
            int col = at == null ? 1 : at[1];
            String msg = YamlErrors.describe(e);
            return new Loaded(
                    defaults(name, baseurlOverride),
                    problem(line, col, name + " is not valid YAML (" + msg + "), so Jekyll refuses to build"));
        }
    }

    /** Jekyll's defaults, for a configuration file that could not be used. */
    private static SiteConfig defaults(String name, String baseurlOverride) {
        return new SiteConfig(
                JsonNodeFactory.instance.objectNode(), baseurlOverride, name, SiteConfig.NO_FILE, Map.of());
    }

    /**
     * Jekyll 4 stops the build ("'exclude' should be set as an array") when {@code include} or {@code exclude} is
     * given but is not a list, also when it is empty ({@code exclude:} alone is nil); Jekyll 3 (GitHub Pages' 3.10)
     * reads text there as a comma-separated list and nil as none, and stops only on other values (a number, a map:
     * "undefined method `map!'"). {@code plugins} must be a list on Jekyll 4 too; Jekyll 3 stops on text ("You
     * specified the `plugins` config … as a string") and a map, and reads nil as none (config-golden notes:
     * Jekyll 4.3.1 {@code check_include_exclude}, {@code check_plugins}; 3.10.0 the same, measured with both).
     */
    private static ConfigProblem notAList(String name, JsonNode node, Map<String, Integer> lines) {
        for (String key : List.of("exclude", "include", "plugins")) {
            JsonNode value = node.get(key);
            if (value != null && !value.isArray()) {
                boolean plugins = key.equals("plugins");
                boolean jekyll3Reads = value.isNull() || value.isTextual() && !plugins;
                String shown = value.isNull() ? "empty" : "'" + value.asText() + "'";
                String stops = jekyll3Reads
                        ? ", not a list, so Jekyll 4 refuses to build (\"'" + key + "' should be set as an array\")"
                        : ", not a list, so Jekyll refuses to build (\"'" + key + "' should be set as an array\")";
                return new ConfigProblem(
                        Math.max(1, lines.getOrDefault(key, 1)),
                        1,
                        "'" + key + "' in " + name + " is " + shown + stops,
                        value.isNull()
                                ? "give it at least one entry ('  - entry' on the next line), or remove the line"
                                : "write it as a list, one entry per line ('  - entry') or in brackets: " + key + ": ["
                                        + value.asText() + "]",
                        jekyll3Reads);
            }
        }
        return null;
    }

    /** The settings of one configuration file as Jekyll reads them; throws when it is not YAML. */
    static JsonNode settings(String text) throws JsonProcessingException {
        JsonNode node = text.isBlank() ? null : read(text);
        return node == null || node.isMissingNode() || node.isNull() ? JsonNodeFactory.instance.objectNode() : node;
    }

    /** The settings {@code text} holds as Jekyll's configuration (an empty one for a blank text); null when not YAML. */
    public static JsonNode parse(String text) {
        try {
            JsonNode node = text.isBlank() ? null : read(text);
            return node == null || node.isMissingNode() || node.isNull() ? JsonNodeFactory.instance.objectNode() : node;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Why Jekyll's YAML loader refuses {@code text} (a configuration or a data file); null when it reads it. */
    static JsonProcessingException refusal(String text) {
        try {
            if (!text.isBlank()) {
                read(text);
            }
            return null;
        } catch (JsonProcessingException e) {
            return e;
        }
    }

    /** A data file's value as Jekyll's YAML loader reads it (JSON too); null for a blank file. */
    static JsonNode readData(String text) throws JsonProcessingException {
        return text.isBlank() ? null : read(text);
    }

    /**
     * The first YAML document of {@code text}, as {@code ObjectMapper.readTree} reads it; where only SnakeYAML
     * refuses it ({@link LibyamlText}), as Jekyll reads it.
     */
    private static JsonNode read(String text) throws JsonProcessingException {
        try {
            return readAsIs(text);
        } catch (JsonProcessingException e) {
            String compatible = LibyamlText.rewrite(text);
            if (compatible.equals(text)) {
                throw e;
            }
            try {
                return readAsIs(compatible);
            } catch (JsonProcessingException again) {
                throw e; // the error as the author wrote it
            }
        }
    }

    private static JsonNode readAsIs(String text) throws JsonProcessingException {
        try (JsonParser p = YAML.createParser(text)) {
            return TreeReader.document(p);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            // as readTree reports it (a parser over a string does no I/O of its own)
            throw JsonMappingException.fromUnexpectedIOE(e);
        }
    }

    private static ConfigProblem problem(int line, int col, String message) {
        return new ConfigProblem(
                line, col, message, "fix the YAML at this position; the site settings below it are ignored until then");
    }
}
