package io.github.faqkit.maven;

import io.github.faqkit.core.BuildFiles;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.SiteConfigs;
import io.github.faqkit.core.ThemeVersion;
import io.github.faqkit.core.platform.Platform;
import io.github.faqkit.core.platform.SetupProblems;
import io.github.faqkit.core.platform.SourceSetting;
import io.github.faqkit.rerun.CacheDirectory;
import io.github.faqkit.rules.RuleCatalog;
import io.github.faqkit.rules.RuleOptions;
import io.github.faqkit.rules.ValidationRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /**
     * The just-the-docs version the site uses; before 0.10 the navigation rules differ. Unset: the version the
     * site names (a vendored theme's gemspec, Gemfile.lock, {@code remote_theme: …@vX}); a {@code remote_theme}
     * without a release builds the theme's default branch, checked as 0.10.1 (the newest release known); else 0.10.
     * @since 0.1.0
     */
    @Parameter(property = "faq.themeVersion")
    protected String themeVersion;

    /**
     * Who builds the site: {@code github-pages} (its fixed plugin set: Markdown without front matter is rendered,
     * {@code .md} links are rewritten, a project site is served under {@code /<repository>}), {@code jekyll}
     * (the plugins of the Gemfile and {@code plugins:}), or {@code auto}: decided from the site's Gemfile,
     * workflows and {@code remote_theme}. @since 0.2.0
     */
    @Parameter(property = "faq.platform", defaultValue = "auto")
    protected String platform;

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

    /**
     * True (and says so in one line) when this project is an aggregator ({@code pom} packaging with modules) whose
     * content directory is its base directory: that folder holds the modules, not one site, and checking it as
     * one would report URL collisions and ambiguous parents between the modules' pages.
     */
    protected boolean skippedAsAggregator() {
        if (!aggregatorWithDefaultContent(
                project.getPackaging(), project.getModules(), contentDirectory, project.getBasedir())) {
            return false;
        }
        getLog().info("FAQ: " + project.getArtifactId() + " aggregates modules and has no content directory of its "
                + "own: skipped (each module is checked on its own; set contentDirectory to check a site here)");
        return true;
    }

    static boolean aggregatorWithDefaultContent(
            String packaging, List<String> modules, File contentDirectory, File basedir) {
        if (!"pom".equals(packaging)
                || modules == null
                || modules.isEmpty()
                || contentDirectory == null
                || basedir == null) {
            return false;
        }
        return contentDirectory
                .getAbsoluteFile()
                .toPath()
                .normalize()
                .equals(basedir.getAbsoluteFile().toPath().normalize());
    }

    ValidationRequest buildRequest() throws MojoExecutionException {
        Path root = contentDirectory.toPath();
        String notASite = SetupProblems.contentDirectory(root);
        if (notASite != null) {
            throw new MojoExecutionException(notASite);
        }
        String noConfig = SetupProblems.missingConfig(root);
        if (noConfig != null) {
            throw new MojoExecutionException(noConfig);
        }
        Path moved = SourceSetting.movedSource(root);
        if (moved != null) {
            // the site's build reads source: from this _config.yml: the pages are those of that folder
            getLog().info("FAQ: " + SiteConfigs.fileIn(root) + " sets source: " + root.relativize(moved)
                    + ", which the site's own jekyll build reads: checking the site in " + moved);
            contentDirectory = moved.toFile();
            root = moved;
        }
        List<String> includes = patterns(this.includes);
        List<String> excludes = patterns(this.excludes);
        List<String> unmatched = new ArrayList<>();
        try {
            unmatched.addAll(SetupProblems.unmatched(root, includes));
            unmatched.addAll(SetupProblems.unmatched(root, excludes));
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot read the content directory " + contentDirectory + ": " + e.getMessage(), e);
        }
        if (!unmatched.isEmpty()) {
            throw new MojoExecutionException("<includes>/<excludes> pattern(s) " + unmatched + " match no file of "
                    + contentDirectory + ", so they do not limit what is reported as meant; patterns are globs "
                    + "relative to the content directory, e.g. docs/** or **/drafts/*.md");
        }
        ThemeVersion version;
        try {
            version = themeVersion == null || themeVersion.isBlank() ? null : ThemeVersion.parse(themeVersion);
            Platform.parseSetting(platform);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Path schema = frontMatterSchema == null ? null : frontMatterSchema.toPath();
        if (schema != null && !frontMatterSchema.isFile()) {
            throw new MojoExecutionException("The front matter schema " + frontMatterSchema + " does not exist");
        }
        return new ValidationRequest(
                        root,
                        includes,
                        excludes,
                        severities(),
                        version,
                        new RuleOptions(requiredKeys, allowedKeys, schema, cache().externalLinks(), buildFiles()),
                        baseUrl,
                        checkExternal,
                        pageCacheDirectory())
                .withPlatform(platform);
    }

    /**
     * The files of this build that must stay out of the published site (CFG001): the POM, the wrapper, the build
     * folder and the reports, the baseline.
     */
    List<BuildFiles.Candidate> buildFiles() {
        List<BuildFiles.Candidate> files = new ArrayList<>();
        Path basedir = project.getBasedir().toPath();
        files.add(new BuildFiles.Candidate(
                project.getFile() != null ? project.getFile().toPath() : basedir.resolve("pom.xml"),
                BuildFiles.Kind.FILE));
        files.add(new BuildFiles.Candidate(basedir.resolve("mvnw"), BuildFiles.Kind.FILE));
        files.add(new BuildFiles.Candidate(basedir.resolve("mvnw.cmd"), BuildFiles.Kind.FILE));
        files.add(new BuildFiles.Candidate(basedir.resolve(".mvn"), BuildFiles.Kind.FOLDER));
        String build = project.getBuild() == null ? null : project.getBuild().getDirectory();
        files.add(new BuildFiles.Candidate(
                build != null ? Path.of(build) : basedir.resolve("target"), BuildFiles.Kind.OUTPUT));
        if (reportDirectory != null) {
            files.add(new BuildFiles.Candidate(reportDirectory.toPath(), BuildFiles.Kind.OUTPUT));
        }
        File baseline = baselineFile();
        if (baseline != null) {
            files.add(new BuildFiles.Candidate(baseline.toPath(), BuildFiles.Kind.FILE));
        }
        return files;
    }

    /** The baseline file of the project (goals with a {@code baseline} parameter name theirs); null: none. */
    protected File baselineFile() {
        return new File(project.getBasedir(), "faq-baseline.json");
    }

    /** Include/exclude patterns as given, with backslashes read as '/' on every OS. */
    private static List<String> patterns(List<String> given) {
        List<String> out = new ArrayList<>();
        if (given != null) {
            for (String g : given) {
                String p = SetupProblems.normalizePattern(g);
                if (p != null && !p.isEmpty()) {
                    out.add(p);
                }
            }
        }
        return out;
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
                    throw new MojoExecutionException(
                            "faq.rules entry '" + pair + "' is not RULE=severity, e.g. FM007=off");
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
