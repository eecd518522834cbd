package io.github.faqkit.rerun;

import io.github.faqkit.core.AssetReferences;
import io.github.faqkit.core.BuildFiles;
import io.github.faqkit.core.ContentScanner;
import io.github.faqkit.core.FileStamp;
import io.github.faqkit.core.Sha256;
import io.github.faqkit.core.SiteConfigs;
import io.github.faqkit.core.platform.OutsideInputs;
import io.github.faqkit.core.platform.SiteSetup;
import io.github.faqkit.core.refs.PublishedUrlReferences;
import io.github.faqkit.rules.ValidationRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every input of a run but the scanned files, as text and digest (see {@link IncrementalValidator}): the tool, the
 * request, the caller's key, the configuration, support files, files outside the scan that checks read, and the
 * build set-up decided from them. With the stamps it took of support files (each must be settled for a record to be
 * trusted) and the repository's Markdown around the site, listed once: for the fingerprint, and read by the image
 * rules.
 */
record FixedInputs(
        String text,
        String digest,
        List<FileStamp> supportStamps,
        List<AssetReferences.RepositoryFile> repositoryMarkdown) {

    /** Folders Jekyll reads besides the pages, whose files the image rules scan for references. */
    private static final List<String> SUPPORT_DIRS = List.of("_layouts", "_includes", "_sass", "_data");

    static FixedInputs of(
            ValidationRequest request, String tool, String callerKey, SiteConfigs.Loaded loaded, SiteSetup setup)
            throws IOException {
        List<FileStamp> supportStamps = new ArrayList<>();
        List<AssetReferences.RepositoryFile> repositoryMarkdown = new ArrayList<>();
        // the platform, its plugins and the theme version come from files outside the scan (Gemfile, workflows, git
        // remote): what was decided from them is compared as a whole
        String text =
                text(request, tool, callerKey, request.contentDirectory(), loaded, supportStamps, repositoryMarkdown)
                        + String.join("\n", setup.fingerprintLines());
        return new FixedInputs(
                text, Sha256.hex(text.getBytes(StandardCharsets.UTF_8)), supportStamps, repositoryMarkdown);
    }

    /**
     * Every input except the scanned files: the tool, the request, the caller's key, support files, notices; the
     * repository's Markdown files around the site it fingerprints are added to {@code repositoryMarkdown}.
     */
    private static String text(
            ValidationRequest request,
            String tool,
            String callerKey,
            Path root,
            SiteConfigs.Loaded loaded,
            List<FileStamp> stampsSeen,
            List<AssetReferences.RepositoryFile> repositoryMarkdown)
            throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("tool ")
                .append(tool)
                .append('\n')
                .append("caller ")
                .append(callerKey)
                .append('\n')
                .append("includes ")
                .append(request.includes())
                .append('\n')
                .append("excludes ")
                .append(request.excludes())
                .append('\n')
                .append("severities ")
                .append(new TreeMap<>(request.severities()))
                .append('\n')
                .append("theme ")
                .append(request.themeVersion())
                .append('\n')
                .append("baseurl ")
                .append(request.baseUrl())
                .append('\n')
                .append("required ")
                .append(request.options().requiredKeys())
                .append('\n')
                .append("allowed ")
                .append(request.options().allowedKeys())
                .append('\n');
        // CFG001 reads whether the build's files exist (an OUTPUT folder counts written or not)
        for (BuildFiles.Candidate c : request.options().buildFiles()) {
            Path p = root.resolve(c.path());
            b.append("build ").append(c.kind()).append(' ').append(p);
            if (c.kind() != BuildFiles.Kind.OUTPUT) {
                b.append(' ').append(Files.exists(p, LinkOption.NOFOLLOW_LINKS));
            }
            b.append('\n');
        }
        Path schema = request.options().frontMatterSchema();
        FileStamp schemaStamp = schema == null ? null : FileStamp.ofAny(schema);
        stampsSeen.add(schemaStamp);
        b.append("schema ").append(schema).append(' ').append(schemaStamp).append('\n');
        // every name Jekyll looks for: creating _config.yml beside _config.yaml changes which one it reads
        for (String name : SiteConfigs.CANDIDATES) {
            FileStamp configStamp = FileStamp.ofAny(root.resolve(name));
            stampsSeen.add(configStamp);
            b.append("config ").append(name).append(' ').append(configStamp).append('\n');
        }
        for (String dir : SUPPORT_DIRS) {
            Path d = root.resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            Map<String, FileStamp> files = new TreeMap<>();
            Files.walkFileTree(d, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    files.put(root.relativize(file).toString(), FileStamp.ofAny(file));
                    return FileVisitResult.CONTINUE;
                }
            });
            files.forEach((path, stamp) ->
                    b.append("support ").append(path).append(' ').append(stamp).append('\n'));
            stampsSeen.addAll(files.values());
        }
        // files outside the scan that checks read (workflows and their scripts for FM007, the git remote)
        for (Path file : OutsideInputs.of(root, loaded.build())) {
            FileStamp stamp = FileStamp.of(file); // a folder (a '.git' directory) counts as absent: git writes in it
            stampsSeen.add(stamp);
            b.append("outside ").append(file).append(' ').append(stamp).append('\n');
        }
        // IMG006 reads the repository's text files for the site's published address and takes a GitHub URL of a
        // repository file as a use of it: the files outside the site, text ones by stamp, others by presence
        PublishedUrlReferences.outsideInputs(root, loaded.config(), System.getenv())
                .forEach((file, stamp) -> {
                    stampsSeen.add(stamp);
                    b.append("published-url ")
                            .append(file)
                            .append(' ')
                            .append(stamp == null ? "present" : stamp)
                            .append('\n');
                });
        // the repository's own Markdown outside the site (its README) may show a site image: IMG006 reads it
        repositoryMarkdown.addAll(AssetReferences.repositoryMarkdown(root));
        repositoryLines(b, root, loaded, repositoryMarkdown, stampsSeen);
        return b.toString();
    }

    /**
     * The repository's Markdown files as inputs. The walk that lists them goes through the site folder too (an
     * excluded README there shows images as well), but a page the site's scan keeps is fingerprinted by that scan,
     * by its content: stamped here as well, a page touched or edited in a site kept in git changed these fixed
     * inputs, so the run could neither take the findings over nor tell which pages changed, and checked every page.
     */
    private static void repositoryLines(
            StringBuilder b,
            Path root,
            SiteConfigs.Loaded loaded,
            List<AssetReferences.RepositoryFile> repositoryMarkdown,
            List<FileStamp> stampsSeen) {
        Path site = root.toAbsolutePath().normalize();
        ContentScanner scanner = new ContentScanner(root, loaded.config());
        for (AssetReferences.RepositoryFile f : repositoryMarkdown) {
            Path file = f.file().toAbsolutePath().normalize();
            boolean scanned = file.startsWith(site)
                    && scanner.keeps(site.relativize(file).toString().replace('\\', '/'), false);
            b.append("repository ").append(f.path()).append(' ');
            if (scanned) {
                b.append("scanned");
            } else {
                stampsSeen.add(f.stamp());
                b.append(f.stamp());
            }
            b.append('\n');
        }
    }
}
