package io.github.faqkit.maven;

import io.github.faqkit.core.Severity;
import io.github.faqkit.core.SiteLoader;
import io.github.faqkit.pack.ArchiveWriter;
import io.github.faqkit.pack.AssetSelector;
import io.github.faqkit.pack.Compression;
import io.github.faqkit.pack.ContentPackage;
import io.github.faqkit.pack.ManifestBuilder;
import io.github.faqkit.pack.PackException;
import io.github.faqkit.rerun.IncrementalValidator;
import io.github.faqkit.rerun.PackagePlans;
import io.github.faqkit.rules.ValidationRequest;
import io.github.faqkit.rules.ValidationResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.attribute.FileTime;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

/** Packages the validated pages and the files they reference as a reproducible zip with a manifest. */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class PackageMojo extends AbstractValidatingMojo {
    static final String PACKAGING = "faq";
    static final String CLASSIFIER = "faq";

    /** Skips packaging. @since 0.1.0 */
    @Parameter(property = "faq.package.skip", defaultValue = "false")
    private boolean skipPackage;

    /** Packages without validating first (content with errors is then packaged as is). @since 0.1.0 */
    @Parameter(property = "faq.package.skipValidation", defaultValue = "false")
    private boolean skipValidation;

    /** Folder the zip is written to. @since 0.1.0 */
    @Parameter(defaultValue = "${project.build.directory}", required = true)
    private File outputDirectory;

    /** Base name of the zip; {@code -faq} is appended when the project's packaging is not {@code faq}. @since 0.1.0 */
    @Parameter(defaultValue = "${project.build.finalName}", required = true)
    private String finalName;

    /** Timestamp of every zip entry, for reproducible archives (ISO-8601 or epoch seconds). @since 0.1.0 */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /**
     * Deflate level for text entries, 0 (store everything, fastest, largest) to 9. Images, PDFs, fonts and
     * other compressed formats are always stored. @since 0.1.0
     */
    @Parameter(property = "faq.compressionLevel", defaultValue = "" + Compression.DEFAULT_LEVEL)
    private int compressionLevel;

    private final MavenProjectHelper projectHelper;

    @Inject
    public PackageMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipPackage) {
            getLog().info("FAQ packaging skipped (faq.package.skip)");
            return;
        }
        IncrementalValidator.Outcome validated = validation();
        ManifestBuilder builder = new ManifestBuilder(
                project.getGroupId(), project.getArtifactId(), project.getVersion(), AssetSelector.PAGE_REFERENCES);
        PackagePlans.Kept plan = null;
        if (validated instanceof IncrementalValidator.TakenOver) {
            plan = PackagePlans.load(cache().path(), planKey(validated.fingerprint()));
            if (plan != null) {
                getLog().info("FAQ package: pages and assets as in the manifest kept from the last package of the same"
                        + " content; every file is read again to be stored, and checksummed again if its size or"
                        + " modification time moved");
            } else {
                // findings taken over from an earlier run carry no pages to pack, and no manifest was kept
                validated = runValidation(false);
            }
        }
        boolean mainArtifact = PACKAGING.equals(project.getPackaging());
        File zip = new File(outputDirectory, finalName + (mainArtifact ? "" : "-" + CLASSIFIER) + ".zip");
        try {
            FileTime time =
                    OutputTimestamp.parse(outputTimestamp).map(FileTime::from).orElse(null);
            // a later package of the same content starts from this one's manifest and checksums
            boolean keep = incremental && validated.fingerprint() != null && !skipValidation && !skip;
            int pages;
            int assets;
            if (plan != null) {
                PackagePlans.Repacked written = PackagePlans.repack(
                        plan, builder, contentDirectory.toPath(), compression(), time, zip.toPath(), getLog()::info);
                pages = written.pages();
                assets = written.assets();
                if (keep && written.changed() != null) {
                    keepPlan(written.changed(), written.changedJson(), planKey(validated.fingerprint()));
                }
            } else {
                ContentPackage pkg = builder.build(validated.result().site(), compression());
                // made once, for the archive and the kept plan
                byte[] json = keep ? pkg.manifest().toJson() : null;
                ArchiveWriter.write(pkg, time, zip.toPath(), json);
                if (keep) {
                    keepPlan(pkg, json, planKey(validated.fingerprint()));
                }
                pages = pkg.manifest().pages().size();
                assets = pkg.manifest().assets().size();
            }
            getLog().info("FAQ content packaged: " + pages + " page(s), " + assets + " referenced file(s) → " + zip);
        } catch (IOException | PackException e) {
            throw new MojoExecutionException("Cannot package the FAQ content: " + e.getMessage(), e);
        }
        if (mainArtifact) {
            project.getArtifact().setFile(zip);
        } else {
            projectHelper.attachArtifact(project, "zip", CLASSIFIER, zip);
        }
    }

    private void keepPlan(ContentPackage pkg, byte[] json, String key) {
        try {
            PackagePlans.save(cache().path(), key, pkg, json);
        } catch (IOException | RuntimeException e) {
            getLog().info("faq: the manifest could not be kept in " + cache().path() + " (" + e.getMessage()
                    + "); the next package validates every page again");
        }
    }

    /** What a kept manifest must have been made from: this validation's inputs and these coordinates. */
    private String planKey(String fingerprint) {
        return fingerprint + "\n" + project.getGroupId() + ":" + project.getArtifactId() + ":" + project.getVersion()
                + "\n" + contentDirectory.getAbsolutePath();
    }

    private Compression compression() throws MojoExecutionException {
        try {
            return Compression.level(compressionLevel);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("compressionLevel (faq.compressionLevel): " + e.getMessage());
        }
    }

    /** The outcome faq:validate left in this build, or a fresh run; refuses content with errors. */
    private IncrementalValidator.Outcome validation() throws MojoExecutionException, MojoFailureException {
        if (skipValidation || skip) {
            getLog().warn("Packaging without validation (faq.package.skipValidation / faq.skip)");
            try {
                ValidationRequest request = buildRequest();
                return new IncrementalValidator.Checked(
                        new ValidationResult(
                                new SiteLoader()
                                        .load(request.contentDirectory(), request.baseUrl(), request.themeVersion())
                                        .site(),
                                List.of(),
                                List.of(),
                                0),
                        null);
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot read the content directory " + contentDirectory, e);
            }
        }
        IncrementalValidator.Outcome kept = keptOutcome();
        IncrementalValidator.Outcome outcome = kept != null ? kept : runValidation();
        if (kept != null) {
            getLog().info("Reusing the result of faq:validate from this build");
        }
        long errors = outcome.result().count(Severity.ERROR);
        if (errors > 0) {
            throw new MojoFailureException("FAQ content has " + errors + " error(s) and is not packaged; fix them"
                    + " (see " + reportDirectory + ") or, knowingly, set faq.package.skipValidation=true");
        }
        return outcome;
    }
}
