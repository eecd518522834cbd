package io.github.faqkit.maven;

import io.github.faqkit.core.FileStamp;
import io.github.faqkit.core.Finding;
import io.github.faqkit.core.PageCache;
import io.github.faqkit.core.Severity;
import io.github.faqkit.report.Baseline;
import io.github.faqkit.report.ConsoleFormatter;
import io.github.faqkit.report.ReportStamps;
import io.github.faqkit.report.Reports;
import io.github.faqkit.rules.IncrementalValidator;
import io.github.faqkit.rules.Progress;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
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
    static final String FINGERPRINT_KEY = "io.github.faqkit.fingerprint.";

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

    /**
     * Accepted findings written by {@code faq:baseline}; when the file exists, only findings not in it
     * are listed, reported and fail the build. @since 0.1.0
     */
    @Parameter(property = "faq.baseline", defaultValue = "${project.basedir}/faq-baseline.json")
    protected File baseline;

    /** Markers in the IDE (m2e); null when the goal is run outside a container that provides it. */
    @Component
    protected BuildContext buildContext;

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
        if (useBaseline() && baseline != null && baseline.isFile()) {
            result = applyBaseline(result);
        }
        ConsoleFormatter console = new ConsoleFormatter(project.getBasedir().toPath(), contentDirectory.toPath());
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

    @Override
    protected Path pageCacheDirectory() {
        return useCache && reportDirectory != null ? cacheDirectory() : null;
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

}
