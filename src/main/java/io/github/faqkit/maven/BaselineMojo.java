package io.github.faqkit.maven;

import io.github.faqkit.core.IoFailures;
import io.github.faqkit.report.Baseline;
import io.github.faqkit.rules.ValidationResult;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Accepts every current finding: validates the content and writes them to {@code baseline}
 * ({@code faq-baseline.json}), so that {@code faq:validate} fails only on findings added later.
 * Never fails on findings. Commit the file; run the goal again to drop findings that were fixed.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = true)
public class BaselineMojo extends AbstractValidatingMojo {

    @Override
    protected boolean useBaseline() {
        return false;
    }

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("FAQ baseline skipped (faq.skip)");
            return;
        }
        if (skippedAsAggregator()) {
            return;
        }
        ValidationResult result = runValidation().result();
        Baseline accepted = Baseline.of(result);
        try {
            accepted.write(baseline.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot write the baseline " + baseline + ": " + IoFailures.describe(e), e);
        }
        getLog().info("FAQ baseline: wrote " + accepted.entries().size() + " finding(s) to " + baseline
                + "; faq:validate now fails only on new findings");
    }
}
