package io.github.faqkit.rules;

import io.github.faqkit.core.BuildFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * Settings some rules read. {@code requiredKeys} must be present and non-empty on every page;
 * {@code allowedKeys} are accepted in addition to the keys Jekyll and just-the-docs know;
 * {@code frontMatterSchema} is a JSON Schema file every page's front matter must satisfy;
 * {@code externalCache} is the file where LNK002 keeps the answers of external servers (null: none);
 * {@code buildFiles} are the files of the build that must not be published with the site (CFG001; null: those
 * of a Maven project in the site source, {@link BuildFiles#defaults()}).
 */
public record RuleOptions(
        List<String> requiredKeys,
        List<String> allowedKeys,
        Path frontMatterSchema,
        Path externalCache,
        List<BuildFiles.Candidate> buildFiles) {

    public static RuleOptions defaults() {
        return new RuleOptions(List.of("title"), List.of(), null, null);
    }

    public RuleOptions(List<String> requiredKeys, List<String> allowedKeys, Path frontMatterSchema) {
        this(requiredKeys, allowedKeys, frontMatterSchema, null);
    }

    public RuleOptions(
            List<String> requiredKeys, List<String> allowedKeys, Path frontMatterSchema, Path externalCache) {
        this(requiredKeys, allowedKeys, frontMatterSchema, externalCache, null);
    }

    public RuleOptions {
        requiredKeys = requiredKeys == null ? List.of("title") : List.copyOf(requiredKeys);
        allowedKeys = allowedKeys == null ? List.of() : List.copyOf(allowedKeys);
        buildFiles = buildFiles == null ? BuildFiles.defaults() : List.copyOf(buildFiles);
    }
}
