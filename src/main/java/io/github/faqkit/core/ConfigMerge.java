package io.github.faqkit.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.faqkit.core.platform.BuildConfigFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The configuration of {@code jekyll build --config a.yml,b.yml}: the files merged in order as Jekyll's
 * {@code Utils.deep_merge_hashes} does (measured with scripts/config-golden/merge.sh): a later file's value wins, two
 * mappings merge key by key, a list replaces the earlier one whole, and an empty value keeps the earlier one.
 */
final class ConfigMerge {
    private ConfigMerge() {}

    /**
     * The merged configuration, attributed to the first file (its key lines for the keys no later file sets); null
     * when a file cannot be read as YAML settings (Jekyll would not build: the caller falls back to the default file).
     */
    static SiteConfigs.Loaded load(BuildConfigFiles build, String baseurlOverride, SourceReader reader) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        Map<String, Integer> lines = new HashMap<>();
        for (int i = 0; i < build.files().size(); i++) {
            String name = build.names().get(i);
            Path file = build.files().get(i);
            if (name.endsWith(".toml")) {
                return null; // no TOML reader among the plugin's libraries
            }
            JsonNode node;
            String text;
            try {
                byte[] bytes = reader.read(new SourceEntry(name, file, false, null, null, false));
                all.write(name.getBytes(StandardCharsets.UTF_8));
                all.write(0);
                all.write(bytes);
                text = SourceText.decode(bytes).text();
                node = SiteConfigs.settings(text);
            } catch (IOException | RuntimeException e) { // not YAML (JsonProcessingException) or unreadable
                return null;
            }
            if (!node.isObject()) {
                return null;
            }
            if (i == 0) {
                lines.putAll(YamlKeys.topLevelLines(text));
            } else {
                node.properties().forEach(k -> {
                    if (!k.getValue().isNull()) {
                        lines.remove(k.getKey()); // the finding belongs to the later file, whose lines are not kept
                    }
                });
            }
            merge(merged, (ObjectNode) node);
        }
        SiteConfig config =
                new SiteConfig(merged, baseurlOverride, build.names().get(0), Page.digestOf(all.toByteArray()), lines);
        return new SiteConfigs.Loaded(config, null, build.notice(), build);
    }

    /** Jekyll's {@code deep_merge_hashes!(target, overwrite)}. */
    static void merge(ObjectNode target, ObjectNode overwrite) {
        for (Map.Entry<String, JsonNode> e : overwrite.properties()) {
            JsonNode old = target.get(e.getKey());
            JsonNode value = e.getValue();
            if (old == null) {
                target.set(e.getKey(), value.deepCopy());
            } else if (value.isNull()) {
                continue; // an empty value keeps the earlier one
            } else if (old.isObject() && value.isObject()) {
                ObjectNode copy = ((ObjectNode) old).deepCopy();
                merge(copy, (ObjectNode) value);
                target.set(e.getKey(), copy);
            } else {
                target.set(e.getKey(), value.deepCopy());
            }
        }
    }
}
