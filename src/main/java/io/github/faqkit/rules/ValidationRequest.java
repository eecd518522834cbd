package io.github.faqkit.rules;

import io.github.faqkit.core.Severity;
import io.github.faqkit.core.ThemeVersion;
import io.github.faqkit.rules.images.ImageRules;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a validation run needs, independent of Maven. {@code includes}/{@code excludes} are
 * glob patterns over paths relative to the content directory that limit which files are reported
 * on (the whole site still forms the navigation graph). {@code severities} override rule defaults.
 * {@code checkExternal} turns on LNK002 (off by default) as a warning unless a severity is given for it.
 * {@code cacheDirectory}, when not null, holds the incremental cache of page summaries (see
 * {@link io.github.faqkit.core.PageCache}); it must not be inside the content directory.
 * {@code themeVersion} null: the version the site names (see {@link io.github.faqkit.core.platform.ThemeVersions}).
 * {@code platform}: auto (or null), github-pages or jekyll (see {@link io.github.faqkit.core.platform.Platform}).
 */
public record ValidationRequest(
        Path contentDirectory,
        List<String> includes,
        List<String> excludes,
        Map<String, Severity> severities,
        ThemeVersion themeVersion,
        RuleOptions options,
        String baseUrl,
        boolean checkExternal,
        Path cacheDirectory,
        String platform) {

    /** A request for the platform the site's files name. */
    public ValidationRequest(
            Path contentDirectory,
            List<String> includes,
            List<String> excludes,
            Map<String, Severity> severities,
            ThemeVersion themeVersion,
            RuleOptions options,
            String baseUrl,
            boolean checkExternal,
            Path cacheDirectory) {
        this(
                contentDirectory,
                includes,
                excludes,
                severities,
                themeVersion,
                options,
                baseUrl,
                checkExternal,
                cacheDirectory,
                null);
    }

    /** A request without a cache. */
    public ValidationRequest(
            Path contentDirectory,
            List<String> includes,
            List<String> excludes,
            Map<String, Severity> severities,
            ThemeVersion themeVersion,
            RuleOptions options,
            String baseUrl,
            boolean checkExternal) {
        this(contentDirectory, includes, excludes, severities, themeVersion, options, baseUrl, checkExternal, null);
    }

    /** The rule {@code checkExternal} switches on. */
    public static final String EXTERNAL_RULE = ImageRules.LNK002;

    public ValidationRequest {
        // an absolute content directory is taken normalized: a basedir can end in '/.', and a path normalized under it
        // (an include_relative target) would otherwise not start with it and count as outside the site
        if (contentDirectory != null && contentDirectory.isAbsolute()) {
            contentDirectory = contentDirectory.normalize();
        }
        includes = includes == null ? List.of() : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        severities = severities == null ? Map.of() : Map.copyOf(severities);
        if (checkExternal && !severities.containsKey(EXTERNAL_RULE)) {
            Map<String, Severity> withExternal = new HashMap<>(severities);
            withExternal.put(EXTERNAL_RULE, Severity.WARNING);
            severities = Map.copyOf(withExternal);
        }
        options = options == null ? RuleOptions.defaults() : options;
    }

    public static ValidationRequest of(Path contentDirectory) {
        return new ValidationRequest(contentDirectory, null, null, null, null, null, null, false);
    }

    /** The same request, caching page summaries in {@code directory} (null: no cache). */
    public ValidationRequest withCacheDirectory(Path directory) {
        return new ValidationRequest(
                contentDirectory,
                includes,
                excludes,
                severities,
                themeVersion,
                options,
                baseUrl,
                checkExternal,
                directory,
                platform);
    }

    /** The same request for {@code platformSetting} (auto, github-pages or jekyll). */
    public ValidationRequest withPlatform(String platformSetting) {
        return new ValidationRequest(
                contentDirectory,
                includes,
                excludes,
                severities,
                themeVersion,
                options,
                baseUrl,
                checkExternal,
                cacheDirectory,
                platformSetting);
    }
}
