package io.github.faqkit.maven;

import io.github.faqkit.core.SiteConfigs;
import io.github.faqkit.pack.ArchiveLimits;
import io.github.faqkit.pack.PackException;
import io.github.faqkit.pack.PageSelection;
import io.github.faqkit.pack.Unpacker;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;

/** Resolves FAQ content artifacts, verifies them against their manifests and unpacks them into a site. */
@Mojo(name = "unpack", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true, requiresProject = true)
public class UnpackMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Content artifacts as {@code groupId:artifactId:version[:classifier]}. @since 0.1.0 */
    @Parameter
    private List<String> artifacts;

    /** The same, comma-separated, from the command line. @since 0.1.0 */
    @Parameter(property = "faq.artifacts")
    private String artifactsProperty;

    /** Where the content goes; point it at the Jekyll site source to merge the content into it. @since 0.1.0 */
    @Parameter(
            property = "faq.outputDirectory",
            defaultValue = "${project.build.directory}/faq-content",
            required = true)
    private File outputDirectory;

    /** Puts the content under this sub-path and rewrites permalinks and root-relative references. @since 0.1.0 */
    @Parameter(property = "faq.mountPath")
    private String mountPath;

    /** Allows replacing files that faq:unpack did not write. @since 0.1.0 */
    @Parameter(property = "faq.overwrite", defaultValue = "false")
    private boolean overwrite;

    /** The consuming Jekyll site source: its pages take part in collision checks. @since 0.1.0 */
    @Parameter(property = "faq.contentDirectory", defaultValue = "${project.basedir}", required = true)
    private File contentDirectory;

    /**
     * Glob patterns over the artifacts' page paths (as in their manifests, e.g. {@code docs/**}) of the pages to
     * unpack; empty means all. Assets follow the pages that show them. @since 0.2.0
     */
    @Parameter(property = "faq.unpack.includes")
    private List<String> includes;

    /**
     * Glob patterns of pages not to unpack, e.g. the producer's home page ({@code index.md}); they win over
     * {@code includes}. An image only left-out pages show is left out too. @since 0.2.0
     */
    @Parameter(property = "faq.unpack.excludes")
    private List<String> excludes;

    /** Skips unpacking. @since 0.1.0 */
    @Parameter(property = "faq.unpack.skip", defaultValue = "false")
    private boolean skip;

    private final RepositorySystem repositorySystem;

    @Inject
    public UnpackMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("FAQ unpack skipped (faq.unpack.skip)");
            return;
        }
        Set<String> coordinates = coordinates();
        if (coordinates.isEmpty()) {
            getLog().info("No FAQ content artifacts to unpack (set <artifacts> or add a dependency of type faq)");
            return;
        }
        List<Unpacker.Source> sources = new ArrayList<>();
        for (String c : coordinates) {
            sources.add(new Unpacker.Source(c, resolve(c)));
        }
        String baseurl =
                SiteConfigs.load(contentDirectory.toPath(), null).config().baseurl();
        Unpacker.Request request = new Unpacker.Request(
                sources,
                outputDirectory.toPath(),
                mountPath,
                overwrite,
                contentDirectory.toPath(),
                baseurl,
                ArchiveLimits.defaults(),
                PageSelection.of(includes, excludes));
        try {
            Unpacker.Result result = new Unpacker().unpack(request);
            getLog().info("FAQ content unpacked into " + outputDirectory + ": "
                    + result.written().size()
                    + " file(s) from " + String.join(", ", coordinates)
                    + (result.removed().isEmpty() ? "" : ", " + result.removed().size() + " stale file(s) removed")
                    + (result.leftOut().isEmpty()
                            ? ""
                            : "; left out by includes/excludes: " + String.join(", ", result.leftOut())));
        } catch (PackException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot unpack into " + outputDirectory + ": " + e.getMessage(), e);
        }
    }

    /** Configured coordinates first, then dependencies of type faq, or zip with classifier faq. */
    private Set<String> coordinates() throws MojoExecutionException {
        Set<String> out = new LinkedHashSet<>();
        List<String> raw = new ArrayList<>();
        if (artifacts != null) {
            raw.addAll(artifacts);
        }
        if (artifactsProperty != null) {
            raw.addAll(List.of(artifactsProperty.split(",")));
        }
        for (String r : raw) {
            String c = r.trim();
            if (c.isEmpty()) {
                continue;
            }
            int parts = c.split(":", -1).length;
            if (parts < 3 || parts > 4 || c.contains("::")) {
                throw new MojoExecutionException(
                        "FAQ artifact '" + c + "' is not groupId:artifactId:version[:classifier]");
            }
            out.add(c);
        }
        for (Dependency d : project.getDependencies()) {
            boolean faq = "faq".equals(d.getType())
                    || ("zip".equals(d.getType()) && PackageMojo.CLASSIFIER.equals(d.getClassifier()));
            if (faq) {
                String classifier =
                        d.getClassifier() == null || d.getClassifier().isEmpty() ? "" : ":" + d.getClassifier();
                out.add(d.getGroupId() + ":" + d.getArtifactId() + ":" + d.getVersion() + classifier);
            }
        }
        return out;
    }

    private java.nio.file.Path resolve(String coords) throws MojoExecutionException {
        String[] p = coords.split(":");
        DefaultArtifact artifact = new DefaultArtifact(p[0], p[1], p.length > 3 ? p[3] : "", "zip", p[2]);
        ArtifactRequest request = new ArtifactRequest(artifact, project.getRemoteProjectRepositories(), null);
        try {
            ArtifactResult result = repositorySystem.resolveArtifact(session.getRepositorySession(), request);
            return result.getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException(
                    "Cannot resolve the FAQ content artifact " + coords + " (looked for " + artifact + "): "
                            + e.getMessage(),
                    e);
        }
    }
}
