package io.github.faqkit.maven;

import io.github.faqkit.core.Severity;
import io.github.faqkit.core.ThemeVersion;
import io.github.faqkit.rerun.CacheDirectory;
import io.github.faqkit.rules.RuleCatalog;
import io.github.faqkit.rules.RuleOptions;
import io.github.faqkit.rules.ValidationRequest;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Parameters of every goal that reads the site and runs the rules (the site, which files are reported on,
 * rule severities and options), and their translation to a core {@link ValidationRequest}. Reruns,
 * reports, the baseline and failing the build belong to {@link AbstractValidatingMojo}.
 */
public abstract class AbstractContentMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The Jekyll site source: the folder holding {@code _config.yml}. @since 0.1.0 */
    @Parameter(property = "faq.contentDirectory", defaultValue = "${project.basedir}", required = true)
    protected File contentDirectory;

    /** Glob patterns (relative to the content directory) of files to report on; empty means all. @since 0.1.0 */
    @Parameter(property = "faq.includes")
    protected List<String> includes;

    /** Glob patterns of files not to report on (they still count for navigation). @since 0.1.0 */
    @Parameter(property = "faq.excludes")
    protected List<String> excludes;

    /** Severity per rule id: {@code <rules><FM007>off</FM007></rules>}; error, warning, info or off. @since 0.1.0 */
    @Parameter
    protected Map<String, String> rules;

    /** The same as {@code rules}, from the command line: {@code -Dfaq.rules=FM007=off,NAV005=error}. @since 0.1.0 */
    @Parameter(property = "faq.rules")
    protected String rulesProperty;

    /** Skips validation. @since 0.1.0 */
    @Parameter(property = "faq.skip", defaultValue = "false")
    protected boolean skip;

    /** The just-the-docs version the site uses; before 0.10 the navigation rules differ. @since 0.1.0 */
    @Parameter(property = "faq.themeVersion", defaultValue = "0.10")
    protected String themeVersion;

    /** Front matter keys every page must have (non-empty). @since 0.1.0 */
    @Parameter(property = "faq.requiredKeys", defaultValue = "title")
    protected List<String> requiredKeys;

    /** Extra front matter keys your layouts read, so FM007 accepts them. @since 0.1.0 */
    @Parameter(property = "faq.allowedKeys")
    protected List<String> allowedKeys;

    /** A JSON Schema (JSON or YAML) that every page's front matter must satisfy (FM008). @since 0.1.0 */
    @Parameter(property = "faq.frontMatterSchema")
    protected File frontMatterSchema;

    /** Overrides {@code baseurl} from {@code _config.yml}. @since 0.1.0 */
    @Parameter(property = "faq.baseUrl")
    protected String baseUrl;

    /** Checks external links and images over HTTP (LNK002). @since 0.1.0 */
    @Parameter(property = "faq.checkExternal", defaultValue = "false")
    protected boolean checkExternal;

    /** Where report.json and the other reports are written. @since 0.1.0 */
    @Parameter(property = "faq.reportDirectory", defaultValue = "${project.build.directory}/faq")
    protected File reportDirectory;

    /** Where the run record, report stamps and page summaries are kept. */
    protected CacheDirectory cache() {
        return CacheDirectory.of(reportDirectory.toPath());
    }

    /** Where page summaries are reused from (null: nowhere); only goals that validate keep them. */
    protected Path pageCacheDirectory() {
        return null;
    }

    ValidationRequest buildRequest() throws MojoExecutionException {
        if (!contentDirectory.isDirectory()) {
            throw new MojoExecutionException("The content directory " + contentDirectory + " does not exist; set "
                    + "<contentDirectory> (or -Dfaq.contentDirectory) to the folder holding your _config.yml");
        }
        ThemeVersion version;
        try {
            version = ThemeVersion.parse(themeVersion);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Path schema = frontMatterSchema == null ? null : frontMatterSchema.toPath();
        if (schema != null && !frontMatterSchema.isFile()) {
            throw new MojoExecutionException("The front matter schema " + frontMatterSchema + " does not exist");
        }
        return new ValidationRequest(contentDirectory.toPath(), includes, excludes, severities(), version,
                new RuleOptions(requiredKeys, allowedKeys, schema,
                        cache().externalLinks()), baseUrl, checkExternal, pageCacheDirectory());
    }

    Map<String, Severity> severities() throws MojoExecutionException {
        Map<String, String> raw = new LinkedHashMap<>();
        if (rules != null) {
            raw.putAll(rules);
        }
        if (rulesProperty != null && !rulesProperty.isBlank()) {
            for (String pair : rulesProperty.split(",")) {
                String[] kv = pair.split("[=:]", 2);
                if (kv.length != 2) {
                    throw new MojoExecutionException("faq.rules entry '" + pair + "' is not RULE=severity, e.g. FM007=off");
                }
                raw.put(kv[0].trim(), kv[1].trim());
            }
        }
        Map<String, Severity> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            String id = e.getKey().trim().toUpperCase(Locale.ROOT);
            if (!RuleCatalog.byId().containsKey(id)) {
                throw new MojoExecutionException("Unknown rule id '" + e.getKey() + "' in <rules>; known ids: "
                        + String.join(", ", RuleCatalog.byId().keySet()));
            }
            try {
                out.put(id, Severity.parse(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new MojoExecutionException("<rules><" + id + ">: " + ex.getMessage(), ex);
            }
        }
        return out;
    }
}
