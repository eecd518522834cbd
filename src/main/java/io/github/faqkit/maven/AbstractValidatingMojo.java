package io.github.faqkit.maven;

import io.github.faqkit.core.FileStamp;
import io.github.faqkit.core.Finding;
import io.github.faqkit.core.IoFailures;
import io.github.faqkit.core.PageCache;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.SiteConfigs;
import io.github.faqkit.core.ToolInfo;
import io.github.faqkit.core.platform.SiteSetup;
import io.github.faqkit.report.Baseline;
import io.github.faqkit.report.ConsoleFindings;
import io.github.faqkit.report.ConsoleFormatter;
import io.github.faqkit.rerun.IncrementalValidator;
import io.github.faqkit.rerun.ReportStamps;
import io.github.faqkit.rules.Progress;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * What the goals that validate share beyond the rule settings: reruns (run record, page summaries, report
 * stamps), the reports, the baseline and IDE markers.
 */
public abstract class AbstractValidatingMojo extends AbstractContentMojo {

    /** Key under which the result of this build's validation is kept for later goals (faq:package). */
    static final String RESULT_KEY = "io.github.faqkit.validation.";

    /**
     * Reuses the parsed summaries of unchanged pages from {@code ${reportDirectory}/cache} (keyed by file
     * content, plugin version and configuration; a page whose size and modification time did not move is
     * not even read, as Git's index does); the report is the same as without it. The summaries are first
     * written by a run that finds an earlier run's reports or record in {@code reportDirectory} (the site is
     * being rerun in this folder): a fresh clone's one build, as on CI, does not pay for writing what it
     * never reads. Off: every page is read and parsed on every run, and no summary is written. @since 0.1.0
     */
    @Parameter(property = "faq.cache", defaultValue = "true")
    protected boolean useCache;

    /**
     * Takes the findings of the previous run over when no input changed since (the plugin, its configuration,
     * {@code _config.yml}, layouts, includes, the file list, the content of every page, the size and time of
     * every other file), and then leaves the reports as they are. Off: every run checks every page.
     * @since 0.1.0
     */
    @Parameter(property = "faq.incremental", defaultValue = "true")
    protected boolean incremental;

    /**
     * Accepted findings written by {@code faq:baseline}; when the file exists, only findings not in it
     * are listed, reported and fail the build. @since 0.1.0
     */
    @Parameter(property = "faq.baseline", defaultValue = "${project.basedir}/faq-baseline.json")
    protected File baseline;

    /**
     * A rule with more info findings than this is summed up on the console, one line per folder (an editor's
     * default repeated on every page, such as alt text that is the file name); the reports still list each
     * finding. Errors and warnings are always listed one by one. -1 lists every info finding. @since 0.2.0
     */
    @Parameter(property = "faq.consoleInfoLimit", defaultValue = "20")
    protected int consoleInfoLimit;

    @Parameter(defaultValue = "${session}", readonly = true)
    protected MavenSession session;

    /** Markers in the IDE (m2e); null when the goal is run outside a container that provides it. */
    @SuppressWarnings(
            "deprecation") // @Component tolerates a missing BuildContext (null, see above); moving to @Inject is its
    // own change
    @Component
    protected BuildContext buildContext;

    @Override
    protected File baselineFile() {
        return baseline;
    }

    /** Whether this goal hides the findings of the baseline file ({@code faq:baseline} itself does not). */
    protected boolean useBaseline() {
        return true;
    }

    /** Runs validation, logs the findings and writes the reports (also when the build will fail). */
    protected IncrementalValidator.Outcome runValidation() throws MojoExecutionException {
        return runValidation(true);
    }

    /**
     * Validates (or, when {@code mayReuse} and nothing changed since the last run, takes its findings over),
     * applies the baseline, logs the findings, writes the reports and keeps the outcome for later goals.
     */
    protected IncrementalValidator.Outcome runValidation(boolean mayReuse) throws MojoExecutionException {
        ValidationRequest request = buildRequest();
        // the configuration and the build set-up (platform, theme version) are read once, for the fingerprint
        // of the inputs, the site model and the console
        SiteConfigs.Loaded loaded = SiteConfigs.load(request.contentDirectory(), request.baseUrl());
        SiteSetup setup = Validator.setupOf(request, loaded);
        Validator validator = new Validator()
                .withCacheLog(getLog()::info)
                .withProgress(Progress.throttled(this::logProgress, PROGRESS_QUIET_MILLIS, PROGRESS_EVERY_MILLIS));
        IncrementalValidator.Outcome outcome;
        try {
            outcome = incremental
                    ? new IncrementalValidator(validator, cache(), ToolInfo.identity(), getLog()::info)
                            .validateForReports(request, loaded, setup, callerKey(), mayReuse, reportDirectory.toPath())
                    : new IncrementalValidator.Checked(validator.validate(request, loaded, setup), null);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot read the content directory " + contentDirectory + ": " + e.getMessage(), e);
        }
        if (outcome.result().pageCount() == 0 && outcome.result().findings().isEmpty()) {
            throw new MojoExecutionException("The content directory " + contentDirectory + " holds no page Jekyll "
                    + "renders (no .md or .markdown file, and no .html file with front matter outside folders "
                    + "Jekyll skips); set <contentDirectory> (or -Dfaq.contentDirectory) to your site's folder");
        }
        if (useBaseline() && baseline != null && baseline.isFile()) {
            outcome = outcome.withResult(applyBaseline(outcome.result()));
        }
        ValidationResult result = outcome.result();
        logFindings(setup.consoleLines(), result);
        showInIde(result);
        if (outcome instanceof IncrementalValidator.Checked checked) {
            try {
                ReportStamps.rewrite(cache().path(), reportDirectory.toPath(), checked.result(), checked.fingerprint());
            } catch (IOException e) {
                throw new MojoExecutionException(
                        "Cannot write the reports to " + reportDirectory + ": " + IoFailures.describe(e), e);
            }
        } else {
            getLog().info("FAQ content unchanged since the last run: its findings are taken over and the reports in "
                    + reportDirectory + " are current (-Dfaq.incremental=false checks every page again)");
        }
        project.setContextValue(RESULT_KEY + contentDirectory.getAbsolutePath(), outcome);
        return outcome;
    }

    /**
     * Logs the notices, one line per finding and the summary as one block: with {@code -T} the modules of a
     * reactor validate side by side, and their lines must not interleave. Paths are relative to the folder
     * the build was started in, so a terminal or IDE opens them from a multi-module build too.
     */
    private void logFindings(List<String> setup, ValidationResult result) {
        ConsoleFormatter console = new ConsoleFormatter(executionRoot(), contentDirectory.toPath());
        synchronized (CONSOLE) {
            setup.forEach(getLog()::info);
            for (String notice : result.notices()) {
                getLog().info(notice);
            }
            for (ConsoleFindings.Line line :
                    ConsoleFindings.lines(result.findings(), console, consoleInfoLimit, reportsShown())) {
                switch (line.severity()) {
                    case ERROR:
                        getLog().error(line.text());
                        break;
                    case WARNING:
                        getLog().warn(line.text());
                        break;
                    default:
                        getLog().info(line.text());
                }
            }
            getLog().info(console.summary(result));
        }
    }

    /** The report files as the console names them (relative to where the build was started). */
    private String reportsShown() {
        Path dir = reportDirectory.toPath().toAbsolutePath().normalize();
        String shown;
        try {
            shown = executionRoot().toAbsolutePath().normalize().relativize(dir).toString();
        } catch (IllegalArgumentException e) {
            shown = dir.toString();
        }
        shown = shown.replace('\\', '/');
        return shown + "/report.json and " + shown + "/report.html";
    }

    /** Held while one module logs its findings; shared by every module of the build (one plugin realm). */
    static final Object CONSOLE = new Object();

    /** Where the build was started (the reactor's root), or the project when Maven does not say. */
    private Path executionRoot() {
        String root = session == null ? null : session.getExecutionRootDirectory();
        return root == null ? project.getBasedir().toPath() : Path.of(root);
    }

    /** The outcome of the validation this build already ran for this content (null: none). */
    protected IncrementalValidator.Outcome keptOutcome() {
        Object kept = project.getContextValue(RESULT_KEY + contentDirectory.getAbsolutePath());
        return kept instanceof IncrementalValidator.Outcome o ? o : null;
    }

    @Override
    protected Path pageCacheDirectory() {
        if (!useCache || reportDirectory == null) {
            return null;
        }
        Path summaries = cache().pageSummaries();
        boolean rerun = Files.exists(summaries.resolve(PageCache.FILE_NAME))
                || Files.exists(cache().runRecord())
                || Files.exists(reportDirectory.toPath().resolve("report.json"));
        return rerun ? summaries : null;
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
        getLog().info(
                        phase == Progress.Phase.PARSING
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
        getLog().info(String.format(
                "FAQ baseline %s: %d finding(s) baselined (not listed), %d new",
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
}
