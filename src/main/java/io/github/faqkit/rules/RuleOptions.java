package io.github.faqkit.rules;

import java.nio.file.Path;
import java.util.List;

/**
 * Settings some rules read. {@code requiredKeys} must be present and non-empty on every page;
 * {@code allowedKeys} are accepted in addition to the keys Jekyll and just-the-docs know;
 * {@code frontMatterSchema} is a JSON Schema file every page's front matter must satisfy;
 * {@code externalCache} is the file where LNK002 keeps the answers of external servers (null: none).
 */
public record RuleOptions(
        List<String> requiredKeys, List<String> allowedKeys, Path frontMatterSchema, Path externalCache) {

    public static RuleOptions defaults() {
        return new RuleOptions(List.of("title"), List.of(), null, null);
    }

    public RuleOptions(List<String> requiredKeys, List<String> allowedKeys, Path frontMatterSchema) {
        this(requiredKeys, allowedKeys, frontMatterSchema, null);
    }

    public RuleOptions {
        requiredKeys = requiredKeys == null ? List.of("title") : List.copyOf(requiredKeys);
        allowedKeys = allowedKeys == null ? List.of() : List.copyOf(allowedKeys);
    }
}
