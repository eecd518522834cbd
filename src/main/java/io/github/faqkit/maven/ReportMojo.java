package io.github.faqkit.maven;

import io.github.faqkit.report.ConsoleFormatter;
import io.github.faqkit.rules.ValidationResult;
import io.github.faqkit.rules.Validator;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The findings, their counts per rule and the navigation tree as a page of the project site: put the plugin
 * under {@code <reporting>} and run {@code mvn site} (or {@code mvn faq:report} for the page alone). It never
 * fails the build; {@code faq:validate} does that.
 *
 * <p>A report goal must extend the reporting API's base class, so it cannot inherit the content parameters
 * of {@link AbstractContentMojo}: it declares the same ones (same names, properties and defaults) and hands
 * them to an {@link AbstractContentMojo} to build the one validation request every goal uses.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true, requiresProject = true)
public class ReportMojo extends AbstractMavenReport {

    /** The Jekyll site source: the folder holding {@code _config.yml}. @since 0.1.0 */
    @Parameter(property = "faq.contentDirectory", defaultValue = "${project.basedir}", required = true)
    private File contentDirectory;

    /** Glob patterns (relative to the content directory) of files to report on; empty means all. @since 0.1.0 */
    @Parameter(property = "faq.includes")
    private List<String> includes;

    /** Glob patterns of files not to report on (they still count for navigation). @since 0.1.0 */
    @Parameter(property = "faq.excludes")
    private List<String> excludes;

    /** Severity per rule id: {@code <rules><FM007>off</FM007></rules>}; error, warning, info or off. @since 0.1.0 */
    @Parameter
    private Map<String, String> rules;

    /** The same as {@code rules}, from the command line: {@code -Dfaq.rules=FM007=off,NAV005=error}. @since 0.1.0 */
    @Parameter(property = "faq.rules")
    private String rulesProperty;

    /** Leaves the page out of the site. @since 0.1.0 */
    @Parameter(property = "faq.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The just-the-docs version the site uses; before 0.10 the navigation rules differ. Unset: the version the
     * site names (a vendored theme's gemspec, Gemfile.lock, {@code remote_theme: …@vX}), else 0.10. @since 0.1.0
     */
    @Parameter(property = "faq.themeVersion")
    private String themeVersion;

    /** Who builds the site: {@code github-pages}, {@code jekyll} or {@code auto} (see faq:validate). @since 0.2.0 */
    @Parameter(property = "faq.platform", defaultValue = "auto")
    private String platform;

    /** Front matter keys every page must have (non-empty). @since 0.1.0 */
    @Parameter(property = "faq.requiredKeys", defaultValue = "title")
    private List<String> requiredKeys;

    /** Extra front matter keys your layouts read, so FM007 accepts them. @since 0.1.0 */
    @Parameter(property = "faq.allowedKeys")
    private List<String> allowedKeys;

    /** A JSON Schema (JSON or YAML) that every page's front matter must satisfy (FM008). @since 0.1.0 */
    @Parameter(property = "faq.frontMatterSchema")
    private File frontMatterSchema;

    /** Overrides {@code baseurl} from {@code _config.yml}. @since 0.1.0 */
    @Parameter(property = "faq.baseUrl")
    private String baseUrl;

    /** Checks external links and images over HTTP (LNK002). @since 0.1.0 */
    @Parameter(property = "faq.checkExternal", defaultValue = "false")
    private boolean checkExternal;

    /** Where the answers of external link checks are kept between runs. @since 0.1.0 */
    @Parameter(property = "faq.reportDirectory", defaultValue = "${project.build.directory}/faq")
    private File reportDirectory;

    // The reporting API 4 still requires the deprecated name; getOutputPath is not in the interface Maven 3.9 loads.
    @Override
    @SuppressWarnings("deprecation")
    public String getOutputName() {
        return "faq-report";
    }

    @Override
    public String getName(Locale locale) {
        return "FAQ content";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Findings of the FAQ content checks, counts per rule, and the navigation tree.";
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

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        ValidationResult result;
        try {
            result = new Validator().validate(settings().buildRequest());
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MavenReportException(
                    "Cannot read the content directory " + contentDirectory + ": " + e.getMessage(), e);
        }
        ConsoleFormatter paths = new ConsoleFormatter(project.getBasedir().toPath(), contentDirectory.toPath());
        new SiteReportRenderer(getSink(), result, paths).render();
    }

    /** This goal's parameters as the content settings every validating goal reads. */
    private AbstractContentMojo settings() {
        AbstractContentMojo s = new AbstractContentMojo() {
            @Override
            public void execute() {
                throw new UnsupportedOperationException("only holds faq:report's settings");
            }
        };
        s.project = project;
        s.contentDirectory = contentDirectory;
        s.includes = includes;
        s.excludes = excludes;
        s.rules = rules;
        s.rulesProperty = rulesProperty;
        s.skip = skip;
        s.themeVersion = themeVersion;
        s.platform = platform;
        s.requiredKeys = requiredKeys;
        s.allowedKeys = allowedKeys;
        s.frontMatterSchema = frontMatterSchema;
        s.baseUrl = baseUrl;
        s.checkExternal = checkExternal;
        s.reportDirectory = reportDirectory;
        return s;
    }
}
