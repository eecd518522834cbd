package io.github.faqkit.maven;

import io.github.faqkit.core.AtomicFiles;
import io.github.faqkit.core.Finding;
import io.github.faqkit.core.IoFailures;
import io.github.faqkit.fix.FixEngine;
import io.github.faqkit.fix.FixPlan;
import io.github.faqkit.fix.FixReport;
import io.github.faqkit.fix.GitPatch;
import io.github.faqkit.fix.Recount;
import io.github.faqkit.report.Baseline;
import io.github.faqkit.report.ConsoleFormatter;
import io.github.faqkit.rules.ValidationRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Repairs the findings that have one exact fix (FM007 with a single suggestion, FM009, HDR004, IMG002,
 * IAL001, TOC001, LIQ004). By default a dry run: it prints a unified diff per file and writes the change as
 * {@code target/faq/fix.patch}, which {@code git apply} takes; {@code -Dfaq.fix.apply=true} writes the files.
 * Every byte the fixes do not touch stays as it was. The counts come from validating the fixed site again:
 * "left for you" is what {@code faq:validate} reports afterwards.
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = true)
public class FixMojo extends AbstractContentMojo {

    /** The patch of a dry run, in the report directory. */
    static final String PATCH = "fix.patch";

    /** Writes the fixes; without it the goal only prints what it would change. @since 0.1.0 */
    @Parameter(property = "faq.fix.apply", defaultValue = "false")
    protected boolean apply;

    /** The baseline {@code faq:validate} reads, so "left for you" counts what it will report. @since 0.2.0 */
    @Parameter(property = "faq.baseline", defaultValue = "${project.basedir}/faq-baseline.json")
    protected File baseline;

    @Parameter(defaultValue = "${session}", readonly = true)
    protected MavenSession session;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("FAQ fix skipped (faq.skip)");
            return;
        }
        if (skippedAsAggregator()) {
            return;
        }
        ValidationRequest request = buildRequest();
        FixEngine engine = new FixEngine();
        FixPlan plan;
        Recount recount;
        try {
            plan = engine.plan(request);
            recount = engine.recount(request, plan);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot read the content directory " + contentDirectory + ": " + e.getMessage(), e);
        }
        List<Finding> left = recount.after().findings();
        int baselined = 0;
        if (baseline != null && baseline.isFile()) {
            try {
                Baseline.Outcome outcome = Baseline.read(baseline.toPath()).match(recount.after());
                left = outcome.fresh();
                baselined = outcome.baselined().size();
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot use the baseline: " + e.getMessage(), e);
            }
        }
        ConsoleFormatter console = new ConsoleFormatter(executionRoot(), contentDirectory.toPath());
        FixReport report = FixReport.of(plan, recount, left, baselined, console::location, apply);
        Path patchFile = reportDirectory.toPath().resolve(PATCH);
        synchronized (AbstractValidatingMojo.CONSOLE) {
            for (FixReport.Line line : report.lines()) {
                if (line.level() == FixReport.Level.WARN) {
                    getLog().warn(line.text());
                } else {
                    getLog().info(line.text());
                }
            }
            if (apply) {
                try {
                    plan.apply();
                    // a patch of an earlier dry run no longer applies to the fixed files
                    Files.deleteIfExists(patchFile);
                } catch (IOException e) {
                    throw new MojoExecutionException("Cannot write the fixes: " + IoFailures.describe(e), e);
                }
                getLog().info(report.summary());
            } else {
                plan.changedFiles()
                        .forEach(file -> file.diff(console.path(file.path())).forEach(getLog()::info));
                getLog().info(report.summary());
                writePatch(plan, patchFile);
            }
        }
    }

    /**
     * Writes the dry run's change as a patch: with paths from the top of the git work tree when the project is in
     * one ({@code git apply} then takes it from any folder of the work tree), else from the folder the build was
     * started in. No change: no patch (an old one is removed).
     */
    private void writePatch(FixPlan plan, Path patchFile) throws MojoExecutionException {
        try {
            if (plan.changedFiles().isEmpty()) {
                Files.deleteIfExists(patchFile);
                return;
            }
            Path workTree = GitPatch.workTreeOf(project.getBasedir().toPath());
            Path root = workTree != null ? workTree : executionRoot();
            if (!under(plan, root)) {
                root = contentDirectory.toPath();
                workTree = null;
            }
            Files.createDirectories(patchFile.getParent());
            AtomicFiles.write(patchFile, GitPatch.of(plan.changedFiles(), root, workTree != null));
            Path shown = relative(root, patchFile);
            getLog().info("faq:fix wrote the change to " + patchFile + ": review it, then apply it with 'git apply "
                    + shown + "' from " + (workTree != null ? "the work tree " : "")
                    + root.toAbsolutePath().normalize()
                    + ", or run faq:fix with -Dfaq.fix.apply=true");
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot write the patch to " + patchFile + ": " + IoFailures.describe(e), e);
        }
    }

    private static boolean under(FixPlan plan, Path root) {
        Path r = root.toAbsolutePath().normalize();
        return plan.changedFiles().stream()
                .allMatch(f -> f.file().toAbsolutePath().normalize().startsWith(r));
    }

    private static Path relative(Path root, Path file) {
        try {
            return root.toAbsolutePath()
                    .normalize()
                    .relativize(file.toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            return file.toAbsolutePath();
        }
    }

    /** Where the build was started (the reactor's root), or the project when Maven does not say. */
    private Path executionRoot() {
        String root = session == null ? null : session.getExecutionRootDirectory();
        return root == null ? project.getBasedir().toPath() : Path.of(root);
    }
}
