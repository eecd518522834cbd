package io.github.faqkit.maven;

import io.github.faqkit.core.Finding;
import io.github.faqkit.fix.FileFix;
import io.github.faqkit.fix.FixEngine;
import io.github.faqkit.fix.FixPlan;
import io.github.faqkit.report.ConsoleFormatter;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Repairs the findings that have one exact fix (FM007 with a single suggestion, FM009, HDR004, IMG002,
 * IAL001, TOC001). By default a dry run that prints a unified diff per file; {@code -Dfaq.fix.apply=true}
 * writes the files. Every byte the fixes do not touch stays as it was.
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = true)
public class FixMojo extends AbstractContentMojo {

    /** Writes the fixes; without it the goal only prints what it would change. @since 0.1.0 */
    @Parameter(property = "faq.fix.apply", defaultValue = "false")
    protected boolean apply;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("FAQ fix skipped (faq.skip)");
            return;
        }
        if (skippedAsAggregator()) {
            return;
        }
        FixPlan plan;
        try {
            plan = new FixEngine().plan(buildRequest());
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot read the content directory " + contentDirectory + ": " + e.getMessage(), e);
        }
        ConsoleFormatter console = new ConsoleFormatter(project.getBasedir().toPath(), contentDirectory.toPath());
        for (FileFix file : plan.files()) {
            for (FileFix.Applied a : file.applied()) {
                getLog().info(where(console, a.finding()) + (apply ? "fixed: " : "can fix: ") + a.description());
            }
            for (FileFix.Skipped s : file.skipped()) {
                getLog().warn(where(console, s.finding()) + "not fixed: " + s.reason());
            }
        }
        for (Finding f : plan.notFixable()) {
            getLog().info(where(console, f) + "no automatic fix (" + f.ruleName() + ")");
        }
        for (FileFix file : plan.changedFiles()) {
            if (!apply) {
                file.diff(console.path(file.path())).forEach(getLog()::info);
            }
        }
        if (apply) {
            try {
                plan.apply();
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot write the fixes: " + e.getMessage(), e);
            }
            getLog().info(String.format(
                    "faq:fix fixed %d finding(s) in %d file(s); %d left for you (%d of fixable"
                            + " rules not safe to change, %d with no automatic fix)",
                    plan.fixedCount(),
                    plan.changedFiles().size(),
                    plan.skippedCount() + plan.notFixable().size(),
                    plan.skippedCount(),
                    plan.notFixable().size()));
        } else {
            getLog().info(String.format(
                    "faq:fix dry run: would fix %d finding(s) in %d file(s), nothing written;"
                            + " run with -Dfaq.fix.apply=true to write the changes",
                    plan.fixedCount(), plan.changedFiles().size()));
        }
    }

    private static String where(ConsoleFormatter console, Finding f) {
        return console.location(f) + ": " + f.ruleId() + " ";
    }
}
