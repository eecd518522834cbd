package io.github.faqkit.maven;

import io.github.faqkit.report.ConsoleFormatter;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The findings, their counts per rule and the navigation tree as a page of the project site: put the plugin
 * under {@code <reporting>} and run {@code mvn site} (or {@code mvn faq:report} for the page alone). It never
 * fails the build; {@code faq:validate} does that.
 *
 * <p>A report of the reporting API itself ({@link MavenReport}), not of its implementation's base class: that
 * one would bring the site renderer, Velocity and their components into the plugin realm, which every goal of
 * the plugin resolves and wires, for a page that {@code mvn site} renders with its own renderer anyway. So
 * this goal takes the content parameters of every validating goal, and alone writes a plain page.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true, requiresProject = true)
public class ReportMojo extends AbstractContentMojo implements MavenReport {

    /** Where {@code mvn faq:report} writes the page ({@code mvn site} sets its own). */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File outputDirectory;

    // The reporting API 4 still requires the deprecated name; getOutputPath is not in the interface Maven 3.9 loads.
    @Override
    @SuppressWarnings("deprecation")
    public String getOutputName() {
        return "faq-report";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return SiteReportRenderer.TITLE;
    }

    @Override
    public String getDescription(Locale locale) {
        return "Findings of the FAQ content checks, counts per rule, and the navigation tree.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.outputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return outputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        if (skip) {
            getLog().info("FAQ report skipped (faq.skip)");
            return false;
        }
        if (!contentDirectory.isDirectory()) {
            getLog().warn("No FAQ report: the content directory " + contentDirectory + " does not exist; set "
                    + "<contentDirectory> to the folder holding your _config.yml");
            return false;
        }
        return true;
    }

    /** Under {@code mvn site}: the page into the site's sink. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        try {
            render(new SinkReportPage(sink));
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    /** {@code mvn faq:report} alone: the page as a file of its own in the reporting output directory. */
    @Override
    public void execute() throws MojoExecutionException {
        if (!canGenerateReport()) {
            return;
        }
        HtmlReportPage page = new HtmlReportPage();
        render(page);
        Path file = outputDirectory.toPath().resolve(getOutputName() + ".html");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, page.html(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the FAQ report " + file + ": " + e.getMessage(), e);
        }
        getLog().info("FAQ report written to " + file);
    }

    private void render(ReportPage page) throws MojoExecutionException {
        ValidationResult result;
        try {
            result = new Validator().validate(buildRequest());
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot read the content directory " + contentDirectory + ": " + e.getMessage(), e);
        }
        ConsoleFormatter paths = new ConsoleFormatter(project.getBasedir().toPath(), contentDirectory.toPath());
        new SiteReportRenderer(page, result, paths).render();
    }
}
