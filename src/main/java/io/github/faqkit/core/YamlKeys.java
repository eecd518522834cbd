package io.github.faqkit.core;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Where the keys of a YAML file are: SnakeYAML's node tree (composed, never constructed into objects) keeps the
 * position of every node, which the value tree does not. Bounded like the front matter parser.
 */
public final class YamlKeys {
    private YamlKeys() {}

    /** A parser for one document: no tags are resolved into objects, aliases and nesting are bounded. */
    public static Yaml composer() {
        return new Yaml(boundedOptions());
    }

    /**
     * The bounds every YAML reader of front matter and configuration shares: duplicate keys allowed (Ruby
     * keeps the last), aliases, nesting and size limited so that a hostile block cannot exhaust memory.
     */
    public static LoaderOptions boundedOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(64);
        options.setCodePointLimit(16 * 1024 * 1024);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    /** The top-level mapping of {@code text}; null when the text is not one mapping (or not YAML). */
    public static MappingNode topLevel(String text) {
        try {
            Node node = composer().compose(new StringReader(text));
            return node instanceof MappingNode m ? m : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The 1-based line of each top-level key (the last one when a key is repeated, as YAML keeps the last value). */
    public static Map<String, Integer> topLevelLines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        MappingNode top = topLevel(text);
        if (top != null) {
            for (NodeTuple t : top.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    lines.put(k.getValue(), k.getStartMark().getLine() + 1);
                }
            }
        }
        return lines;
    }
}
