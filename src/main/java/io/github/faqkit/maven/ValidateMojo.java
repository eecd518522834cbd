package io.github.faqkit.maven;

import io.github.faqkit.core.Severity;
import io.github.faqkit.report.Reports;
import io.github.faqkit.rules.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Checks the Jekyll / just-the-docs content and fails the build on findings at or above {@code failOn}. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = true)
public class ValidateMojo extends AbstractValidatingMojo {

    /** Lowest severity that fails the build: error, warning, or never. @since 0.1.0 */
    @Parameter(property = "faq.failOn", defaultValue = "error")
    protected String failOn;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("FAQ validation skipped (faq.skip)");
            return;
        }
        if (skippedAsAggregator()) {
            return;
        }
        ValidationResult result = runValidation().result();
        failIfNeeded(result);
    }

    /** Fails with one message that counts the findings and names the report files. */
    private void failIfNeeded(ValidationResult result) throws MojoFailureException, MojoExecutionException {
        String mode = failOn == null ? "error" : failOn.trim().toLowerCase(Locale.ROOT);
        if (mode.equals("never")) {
            return;
        }
        Severity threshold;
        try {
            threshold = Severity.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("faq.failOn must be error, warning, info or never, not '" + failOn + "'");
        }
        if (threshold == Severity.OFF) {
            // 'none' and 'off' read as a severity are below every finding; a user who writes them means never
            return;
        }
        long failing = result.countAtLeast(threshold);
        if (failing > 0) {
            List<String> files = new ArrayList<>();
            for (var w : Reports.writers()) {
                files.add(project.getBasedir()
                        .toPath()
                        .relativize(
                                reportDirectory.toPath().resolve(w.fileName()).toAbsolutePath())
                        .toString());
            }
            throw new MojoFailureException(String.format(
                    "FAQ validation failed: %d error(s), %d warning(s), %d info(s)" + " (failOn=%s). See %s",
                    result.count(Severity.ERROR),
                    result.count(Severity.WARNING),
                    result.count(Severity.INFO),
                    mode,
                    files.stream().collect(Collectors.joining(", "))));
        }
    }
}
