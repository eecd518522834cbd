package io.github.faqkit.rules;

import java.nio.file.Path;
import java.util.List;

/**
 * Settings some rules read. {@code requiredKeys} must be present and non-empty on every page;
 * {@code allowedKeys} are accepted in addition to the keys Jekyll and just-the-docs know;
 * {@code frontMatterSchema} is a JSON Schema file every page's front matter must satisfy.
 */
public record RuleOptions(List<String> requiredKeys, List<String> allowedKeys, Path frontMatterSchema) {

    public static RuleOptions defaults() {
        return new RuleOptions(List.of("title"), List.of(), null);
    }

    public RuleOptions {
        requiredKeys = requiredKeys == null ? List.of("title") : List.copyOf(requiredKeys);
        allowedKeys = allowedKeys == null ? List.of() : List.copyOf(allowedKeys);
    }
}
