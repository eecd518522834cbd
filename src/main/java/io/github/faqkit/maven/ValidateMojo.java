package io.github.faqkit.maven;

import io.github.faqkit.rules.ValidationResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Checks the Jekyll / just-the-docs content and fails the build on findings at or above {@code failOn}. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = true)
public class ValidateMojo extends AbstractValidatingMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("FAQ validation skipped (faq.skip)");
            return;
        }
        if (skippedAsAggregator()) {
            return;
        }
        ValidationResult result = runValidation();
        failIfNeeded(result);
    }
}
