package io.github.faqkit.maven;

import io.github.faqkit.core.FileStamp;
import io.github.faqkit.core.Finding;
import io.github.faqkit.core.PageCache;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.ThemeVersion;
import io.github.faqkit.report.Baseline;
import io.github.faqkit.report.ConsoleFormatter;
import io.github.faqkit.report.ReportStamps;
import io.github.faqkit.report.Reports;
import io.github.faqkit.rules.IncrementalValidator;
import io.github.faqkit.rules.Progress;
import io.github.faqkit.rules.RuleCatalog;
import io.github.faqkit.rules.RuleOptions;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.sonatype.plexus.build.incremental.BuildContext;

/** Parameters shared by the goals that validate content, and the translation to a core request. */
public abstract class AbstractValidatingMojo extends AbstractMojo {

    /** Key under which the result of this build's validation is kept for later goals (faq:package). */
    static final String RESULT_KEY = "io.github.faqkit.validation.";
    static final String FINGERPRINT_KEY = "io.github.faqkit.fingerprint.";

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

    /** Lowest severity that fails the build: error, warning, or never. @since 0.1.0 */
    @Parameter(property = "faq.failOn", defaultValue = "error")
    protected String failOn;

    /** Skips validation. @since 0.1.0 */
    @Parameter(property = "faq.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The just-the-docs version the site uses; before 0.10 the navigation rules differ. Unset: the version the
     * site names (a vendored theme's gemspec, Gemfile.lock, {@code remote_theme: …@vX}), else 0.10. @since 0.1.0
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

    /**
     * Reuses the parsed summaries of unchanged pages from {@code ${reportDirectory}/cache} (keyed by file
     * content, plugin version and configuration); the report is the same as without it. Off by default:
     * writing the cache makes a cold run (every CI run of a fresh clone) slower than it saves on reruns
     * of large sites today. @since 0.1.0
     */
    @Parameter(property = "faq.cache", defaultValue = "false")
    protected boolean useCache;

    /**
     * Takes the findings of the previous run over when no input changed since (the plugin, its configuration,
     * {@code _config.yml}, layouts, includes, the file list, the content of every page, the size and time of
     * every other file), and then leaves the reports as they are. Off: every run checks every page.
     * @since 0.1.0
     */
    @Parameter(property = "faq.incremental", defaultValue = "true")
    protected boolean incremental;

    /** Where report.json and the other reports are written. @since 0.1.0 */
    @Parameter(property = "faq.reportDirectory", defaultValue = "${project.build.directory}/faq")
    protected File reportDirectory;

    /**
     * Accepted findings written by {@code faq:baseline}; when the file exists, only findings not in it
     * are listed, reported and fail the build. @since 0.1.0
     */
    @Parameter(property = "faq.baseline", defaultValue = "${project.basedir}/faq-baseline.json")
    protected File baseline;

    /** Markers in the IDE (m2e); null when the goal is run outside a container that provides it. */
    @Component
    protected BuildContext buildContext;

    /**
     * True (and says so in one line) when this project is an aggregator ({@code pom} packaging with modules) whose
     * content directory is its base directory: that folder holds the modules, not one site, and checking it as
     * one would report URL collisions and ambiguous parents between the modules' pages.
     */
    protected boolean skippedAsAggregator() {
        if (!aggregatorWithDefaultContent(project.getPackaging(), project.getModules(), contentDirectory,
                project.getBasedir())) {
            return false;
        }
        getLog().info("FAQ: " + project.getArtifactId() + " aggregates modules and has no content directory of its "
                + "own: skipped (each module is checked on its own; set contentDirectory to check a site here)");
        return true;
    }

    static boolean aggregatorWithDefaultContent(String packaging, List<String> modules, File contentDirectory,
            File basedir) {
        if (!"pom".equals(packaging) || modules == null || modules.isEmpty() || contentDirectory == null
                || basedir == null) {
            return false;
        }
        return contentDirectory.getAbsoluteFile().toPath().normalize()
                .equals(basedir.getAbsoluteFile().toPath().normalize());
    }

    /** One line for the platform and one for the theme version the site is checked for, and why. */
    private void logPlatform(ValidationRequest request) {
        io.github.faqkit.core.SiteConfigs.Loaded loaded = io.github.faqkit.core.SiteConfigs.load(
                request.contentDirectory(), request.baseUrl());
        io.github.faqkit.core.platform.SiteSetup.of(request.contentDirectory(), loaded.config(), request.platform(),
                request.baseUrl(), request.themeVersion(), System.getenv()).consoleLines().forEach(getLog()::info);
    }

    /** Whether this goal hides the findings of the baseline file ({@code faq:baseline} itself does not). */
    protected boolean useBaseline() {
        return true;
    }

    /** Runs validation, logs the findings and writes the reports (also when the build will fail). */
    protected ValidationResult runValidation() throws MojoExecutionException {
        return runValidation(true);
    }

    /**
     * Validates (or, when {@code mayReuse} and nothing changed since the last run, takes its findings over),
     * applies the baseline, logs the findings, writes the reports and keeps the result for later goals.
     */
    protected ValidationResult runValidation(boolean mayReuse) throws MojoExecutionException {
        ValidationRequest request = buildRequest();
        Validator validator = new Validator().withCacheLog(getLog()::info).withProgress(
                Progress.throttled(this::logProgress, PROGRESS_QUIET_MILLIS, PROGRESS_EVERY_MILLIS));
        ValidationResult result;
        String fingerprint = null;
        try {
            if (incremental) {
                IncrementalValidator runs = new IncrementalValidator(validator, cacheDirectory(),
                        PageCache.toolIdentity(), getLog()::info);
                IncrementalValidator.Outcome outcome = runs.validate(request, callerKey(), mayReuse);
                if (outcome.reused() && !ReportStamps.current(cacheDirectory(), reportDirectory.toPath(),
                        outcome.fingerprint())) {
                    // the reports need the site model, which a taken-over result does not have
                    outcome = runs.validate(request, callerKey(), false);
                }
                result = outcome.result();
                fingerprint = outcome.fingerprint();
            } else {
                result = validator.validate(request);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the content directory " + contentDirectory + ": "
                    + e.getMessage(), e);
        }
        if (result.pageCount() == 0 && result.findings().isEmpty()) {
            throw new MojoExecutionException("The content directory " + contentDirectory + " holds no page Jekyll "
                    + "renders (no .md or .markdown file, and no .html file with front matter outside folders "
                    + "Jekyll skips); set <contentDirectory> (or -Dfaq.contentDirectory) to your site's folder");
        }
        if (useBaseline() && baseline != null && baseline.isFile()) {
            result = applyBaseline(result);
        }
        ConsoleFormatter console = new ConsoleFormatter(project.getBasedir().toPath(), contentDirectory.toPath());
        logPlatform(request);
        for (String notice : result.notices()) {
            getLog().info(notice);
        }
        for (Finding f : result.findings()) {
            String line = console.format(f);
            switch (f.severity()) {
                case ERROR: getLog().error(line); break;
                case WARNING: getLog().warn(line); break;
                default: getLog().info(line);
            }
        }
        getLog().info(console.summary(result));
        showInIde(result);
        if (result.reused()) {
            getLog().info("FAQ content unchanged since the last run: its findings are taken over and the reports in "
                    + reportDirectory + " are current (-Dfaq.incremental=false checks every page again)");
        } else {
            try {
                ReportStamps.forget(cacheDirectory());
                Reports.writeAll(result, reportDirectory.toPath());
                if (fingerprint != null) {
                    ReportStamps.record(cacheDirectory(), reportDirectory.toPath(), fingerprint);
                }
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot write the reports to " + reportDirectory + ": " + e.getMessage(), e);
            }
        }
        project.setContextValue(RESULT_KEY + contentDirectory.getAbsolutePath(), result);
        project.setContextValue(FINGERPRINT_KEY + contentDirectory.getAbsolutePath(), fingerprint);
        return result;
    }

    /** The input fingerprint of the validation this build ran or took over (null: none, or not fingerprinted). */
    protected String validationFingerprint() {
        Object kept = project.getContextValue(FINGERPRINT_KEY + contentDirectory.getAbsolutePath());
        return kept instanceof String s ? s : null;
    }

    /** Where the run record, report stamps and page summaries are kept. */
    protected Path cacheDirectory() {
        return reportDirectory.toPath().resolve("cache");
    }

    /** What the reports depend on besides the validation: which baseline applies, and its file. */
    private String callerKey() {
        boolean applies = useBaseline() && baseline != null && baseline.isFile();
        return "baseline " + (applies ? baseline.getAbsolutePath() + " " + FileStamp.ofAny(baseline.toPath()) : "none");
    }

    private static final long PROGRESS_QUIET_MILLIS = 2_000;
    private static final long PROGRESS_EVERY_MILLIS = 3_000;

    private void logProgress(Progress.Phase phase, int done, int total, long elapsedMillis) {
        String seconds = String.format(java.util.Locale.ROOT, "%.1f s", elapsedMillis / 1000.0);
        getLog().info(phase == Progress.Phase.PARSING
                ? "faq: " + done + "/" + total + " pages read and parsed (" + seconds + ")"
                : "faq: all pages parsed; checking rules " + done + "/" + total + " (" + seconds + ")");
    }

    /** In an incremental IDE build, puts each finding as a marker on its file; the console has them already. */
    private void showInIde(ValidationResult result) {
        if (buildContext == null || !buildContext.isIncremental()) {
            return;
        }
        buildContext.removeMessages(contentDirectory);
        for (Finding f : result.findings()) {
            if (f.file().isEmpty() || f.severity() == Severity.INFO) {
                continue;
            }
            int severity = f.severity() == Severity.ERROR ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING;
            String text = f.ruleId() + " " + f.ruleName() + ": " + f.message()
                    + (f.hint().isEmpty() ? "" : " [" + f.hint() + "]");
            buildContext.addMessage(new File(contentDirectory, f.file()), f.line(), f.column(), text, severity, null);
        }
    }

    private ValidationResult applyBaseline(ValidationResult result) throws MojoExecutionException {
        Baseline accepted;
        try {
            accepted = Baseline.read(baseline.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot use the baseline: " + e.getMessage(), e);
        }
        Baseline.Outcome outcome = accepted.match(result);
        getLog().info(String.format("FAQ baseline %s: %d finding(s) baselined (not listed), %d new",
                baseline.getName(), outcome.baselined().size(), outcome.fresh().size()));
        if (!outcome.fixed().isEmpty()) {
            getLog().info(outcome.fixed().size() + " baselined finding(s) are fixed; run mvn faq:baseline to drop "
                    + "them from " + baseline.getName() + ":");
            for (Baseline.Entry e : outcome.fixed()) {
                getLog().info("  fixed: " + e.file() + ": " + e.rule() + ": " + e.message());
            }
        }
        return Baseline.onlyNew(result, outcome);
    }

    ValidationRequest buildRequest() throws MojoExecutionException {
        String notASite = io.github.faqkit.core.platform.SetupProblems.contentDirectory(contentDirectory.toPath());
        if (notASite != null) {
            throw new MojoExecutionException(notASite);
        }
        String noConfig = io.github.faqkit.core.platform.SetupProblems.missingConfig(contentDirectory.toPath());
        if (noConfig != null) {
            getLog().warn(noConfig);
        }
        List<String> includes = patterns(this.includes);
        List<String> excludes = patterns(this.excludes);
        List<String> unmatched = new ArrayList<>();
        try {
            unmatched.addAll(io.github.faqkit.core.platform.SetupProblems.unmatched(contentDirectory.toPath(), includes));
            unmatched.addAll(io.github.faqkit.core.platform.SetupProblems.unmatched(contentDirectory.toPath(), excludes));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the content directory " + contentDirectory + ": "
                    + e.getMessage(), e);
        }
        if (!unmatched.isEmpty()) {
            throw new MojoExecutionException("<includes>/<excludes> pattern(s) " + unmatched + " match no file of "
                    + contentDirectory + ", so they do not limit what is reported as meant; patterns are globs "
                    + "relative to the content directory, e.g. docs/** or **/drafts/*.md");
        }
        ThemeVersion version;
        try {
            version = themeVersion == null || themeVersion.isBlank() ? null : ThemeVersion.parse(themeVersion);
            io.github.faqkit.core.platform.Platform.parseSetting(platform);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Path schema = frontMatterSchema == null ? null : frontMatterSchema.toPath();
        if (schema != null && !frontMatterSchema.isFile()) {
            throw new MojoExecutionException("The front matter schema " + frontMatterSchema + " does not exist");
        }
        return new ValidationRequest(contentDirectory.toPath(), includes, excludes, severities(), version,
                new RuleOptions(requiredKeys, allowedKeys, schema,
                        reportDirectory.toPath().resolve("cache").resolve("external.json")), baseUrl, checkExternal,
                useCache && reportDirectory != null ? reportDirectory.toPath().resolve("cache") : null)
                .withPlatform(platform);
    }

    /** Include/exclude patterns as given, with backslashes read as '/' on every OS. */
    private static List<String> patterns(List<String> given) {
        List<String> out = new ArrayList<>();
        if (given != null) {
            for (String g : given) {
                String p = io.github.faqkit.core.platform.SetupProblems.normalizePattern(g);
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

    /** Fails with one message that counts the findings and names the report files. */
    protected void failIfNeeded(ValidationResult result) throws MojoFailureException, MojoExecutionException {
        String mode = failOn == null ? "error" : failOn.trim().toLowerCase(Locale.ROOT);
        if (mode.equals("never")) {
            return;
        }
        Severity threshold;
        try {
            threshold = Severity.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("faq.failOn must be error, warning or never, not '" + failOn + "'");
        }
        long failing = result.countAtLeast(threshold);
        if (failing > 0) {
            List<String> files = new ArrayList<>();
            for (var w : Reports.writers()) {
                files.add(project.getBasedir().toPath().relativize(reportDirectory.toPath().resolve(w.fileName()).toAbsolutePath()).toString());
            }
            throw new MojoFailureException(String.format("FAQ validation failed: %d error(s), %d warning(s), %d info(s)"
                    + " (failOn=%s). See %s", result.count(Severity.ERROR), result.count(Severity.WARNING),
                    result.count(Severity.INFO), mode, files.stream().collect(Collectors.joining(", "))));
        }
    }
}
