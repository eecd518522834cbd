package io.github.faqkit.pack;

import io.github.faqkit.core.AtomicFiles;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Sha256;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.SiteLoader;
import io.github.faqkit.core.ThemeVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Unpacks content artifacts into a site: checks every artifact, looks for collisions, extracts into a
 * scratch directory inside the output directory, and moves files into place only when everything
 * checked out. Files it did not write are never replaced unless {@code overwrite} is set.
 */
public final class Unpacker {

    /** An artifact to unpack: a label for messages (its coordinates) and the resolved zip. */
    public record Source(String label, Path zip) {}

    /**
     * @param contentDirectory the consuming Jekyll site source (for collisions with its own pages); may be null
     * @param consumerBaseurl {@code baseurl} of the consuming site
     */
    public record Request(
            List<Source> sources,
            Path outputDirectory,
            String mountPath,
            boolean overwrite,
            Path contentDirectory,
            String consumerBaseurl,
            ArchiveLimits limits,
            PageSelection selection) {

        public Request {
            selection = selection == null ? PageSelection.ALL : selection;
        }

        /** A request for every page of the artifacts. */
        public Request(
                List<Source> sources,
                Path outputDirectory,
                String mountPath,
                boolean overwrite,
                Path contentDirectory,
                String consumerBaseurl,
                ArchiveLimits limits) {
            this(sources, outputDirectory, mountPath, overwrite, contentDirectory, consumerBaseurl, limits, null);
        }
    }

    /**
     * What happened, for the build log. {@code leftOut}: the artifacts' files that the selection did not write
     * (paths as in the manifests).
     */
    public record Result(List<String> written, List<String> removed, List<String> leftOut) {}

    private static final String OWN_SITE = "this site";

    public Result unpack(Request req) throws PackException, IOException {
        Path out = req.outputDirectory().toAbsolutePath().normalize();
        String mountPath = MountRewriter.normalizeMount(req.mountPath());
        if (!mountPath.isEmpty() && EntryNames.problem(mountPath.substring(1) + "/x", out) != null) {
            throw new PackException(
                    "mountPath '" + req.mountPath() + "' " + EntryNames.problem(mountPath.substring(1) + "/x", out),
                    List.of());
        }
        Files.createDirectories(out);
        UnpackRecord previous = UnpackRecord.read(out);
        Path scratch = Files.createTempDirectory(out, ".faq-unpack-");
        try {
            ArtifactReader reader = new ArtifactReader(req.limits() == null ? ArchiveLimits.defaults() : req.limits());
            List<ArtifactReader.Extracted> extracted = new ArrayList<>();
            for (int i = 0; i < req.sources().size(); i++) {
                Source s = req.sources().get(i);
                extracted.add(reader.extract(s.label(), s.zip(), scratch.resolve(Integer.toString(i))));
            }
            // Every artifact was verified whole against its manifest; now only the selected pages go on.
            List<String> unmatched = req.selection().unmatched(extracted);
            if (!unmatched.isEmpty()) {
                throw new PackException(
                        "faq:unpack <includes>/<excludes> pattern(s) " + unmatched + " match no page of "
                                + String.join(", ", labels(extracted)) + ", nothing was unpacked (patterns are globs"
                                + " over the producer's page paths, e.g. index.md or docs/old/**)",
                        List.of());
            }
            List<String> leftOut = new ArrayList<>();
            for (int i = 0; i < extracted.size(); i++) {
                extracted.set(i, req.selection().apply(extracted.get(i), leftOut));
            }
            String sitePrefix = sitePrefix(req.contentDirectory(), out);
            checkCollisions(extracted, mountPath, sitePrefix, sitePages(req.contentDirectory(), sitePrefix, previous));

            Map<String, Path> planned = new LinkedHashMap<>();
            Map<String, String> origin = new LinkedHashMap<>();
            for (ArtifactReader.Extracted x : extracted) {
                MountRewriter rewriter =
                        new MountRewriter(mountPath, x.manifest().baseurl(), req.consumerBaseurl());
                Set<String> pagePaths = new HashSet<>();
                x.manifest().pages().forEach(p -> pagePaths.add(p.path()));
                for (Map.Entry<String, Path> f : x.files().entrySet()) {
                    if (rewriter.active() && pagePaths.contains(f.getKey())) {
                        String text = new String(Files.readAllBytes(f.getValue()), StandardCharsets.UTF_8);
                        Files.write(f.getValue(), rewriter.rewritePage(text).getBytes(StandardCharsets.UTF_8));
                    }
                    String target = rewriter.path(f.getKey());
                    planned.put(target, f.getValue());
                    origin.put(target, x.label());
                }
            }
            checkOverwrites(out, planned, previous, req.overwrite());
            Result moved = moveIntoPlace(out, planned, origin, previous, mountPath, extracted);
            return new Result(moved.written(), moved.removed(), List.copyOf(leftOut));
        } finally {
            Trees.delete(scratch);
        }
    }

    private static void checkCollisions(
            List<ArtifactReader.Extracted> extracted, String mountPath, String sitePrefix, List<Collisions.Placed> site)
            throws PackException {
        List<Collisions.Placed> incoming = new ArrayList<>();
        String dirPrefix = sitePrefix == null || sitePrefix.isEmpty() ? "" : sitePrefix + "/";
        for (ArtifactReader.Extracted x : extracted) {
            MountRewriter m = new MountRewriter(mountPath, "", "");
            String who = x.label();
            for (Manifest.PageEntry p : x.manifest().pages()) {
                String url = p.permalink() != null
                        ? m.url(p.url())
                        : "/" + dirPrefix + m.url(p.url()).substring(1);
                incoming.add(new Collisions.Placed(who, dirPrefix + m.path(p.path()), url, p.title(), p.parent()));
            }
            for (Manifest.AssetEntry a : x.manifest().assets()) {
                incoming.add(new Collisions.Placed(who, dirPrefix + m.path(a.path()), null, null, null));
            }
        }
        List<String> problems = Collisions.find(incoming, site);
        if (!problems.isEmpty()) {
            throw new PackException(
                    "faq:unpack found collisions, nothing was unpacked (use mountPath to put an"
                            + " artifact under its own sub-path, or fix the titles/permalinks in the producing site)",
                    problems);
        }
    }

    private static void checkOverwrites(Path out, Map<String, Path> planned, UnpackRecord previous, boolean overwrite)
            throws PackException, IOException {
        Map<String, String> ours = previous.checksums();
        List<String> problems = new ArrayList<>();
        for (String path : planned.keySet()) {
            String why = EntryNames.problem(path, out);
            if (why != null) {
                problems.add("'" + path + "' " + why);
                continue;
            }
            Path target = out.resolve(path);
            for (Path p = target; p != null && p.startsWith(out) && !p.equals(out); p = p.getParent()) {
                if (Files.isSymbolicLink(p)) {
                    problems.add(
                            "'" + out.relativize(p) + "' is a symbolic link; faq:unpack does not write through links");
                }
            }
            if (Files.isDirectory(target)) {
                problems.add("'" + path + "' is a directory in " + out);
            } else if (Files.exists(target) && !overwrite) {
                String recorded = ours.get(path);
                if (recorded == null) {
                    problems.add("'" + path + "' already exists and was not written by faq:unpack; move it away or set"
                            + " overwrite=true (-Dfaq.overwrite=true)");
                } else if (!recorded.equals(Sha256.of(target))) {
                    problems.add("'" + path + "' was changed since faq:unpack wrote it; keep your edit elsewhere or set"
                            + " overwrite=true (-Dfaq.overwrite=true)");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PackException("faq:unpack would overwrite files it does not own, nothing was unpacked", problems);
        }
    }

    private static Result moveIntoPlace(
            Path out,
            Map<String, Path> planned,
            Map<String, String> origin,
            UnpackRecord previous,
            String mountPath,
            List<ArtifactReader.Extracted> extracted)
            throws IOException {
        List<UnpackRecord.FileEntry> entries = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, Path> f : planned.entrySet()) {
            Path target = out.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            String sha = Sha256.of(f.getValue());
            AtomicFiles.moveIntoPlace(f.getValue(), target);
            entries.add(new UnpackRecord.FileEntry(f.getKey(), sha, origin.get(f.getKey())));
            written.add(f.getKey());
        }
        List<String> removed = new ArrayList<>();
        for (UnpackRecord.FileEntry old : previous.files()) {
            Path stale = out.resolve(old.path());
            if (!planned.containsKey(old.path())
                    && EntryNames.problem(old.path(), out) == null
                    && Files.isRegularFile(stale)
                    && old.sha256().equals(Sha256.of(stale))) {
                Files.delete(stale);
                removed.add(old.path());
            }
        }
        entries.sort((a, b) -> a.path().compareTo(b.path()));
        new UnpackRecord(1, mountPath, labels(extracted), entries).write(out);
        return new Result(written, removed, List.of());
    }

    private static List<String> labels(List<ArtifactReader.Extracted> extracted) {
        List<String> labels = new ArrayList<>();
        extracted.forEach(x -> labels.add(x.label()));
        return labels;
    }

    /** outputDirectory relative to the site source, "" when equal, null when outside it. */
    static String sitePrefix(Path contentDirectory, Path out) {
        if (contentDirectory == null) {
            return null;
        }
        Path site = contentDirectory.toAbsolutePath().normalize();
        return out.startsWith(site) ? site.relativize(out).toString().replace('\\', '/') : null;
    }

    /** The consuming site's own pages, leaving out what an earlier unpack wrote. */
    static List<Collisions.Placed> sitePages(Path contentDirectory, String sitePrefix, UnpackRecord previous)
            throws IOException {
        List<Collisions.Placed> out = new ArrayList<>();
        if (sitePrefix == null || !Files.isDirectory(contentDirectory)) {
            return out;
        }
        Set<String> ours = new HashSet<>();
        String dirPrefix = sitePrefix.isEmpty() ? "" : sitePrefix + "/";
        previous.files().forEach(f -> ours.add(dirPrefix + f.path()));
        Site site = new SiteLoader()
                .load(contentDirectory, null, ThemeVersion.DEFAULT)
                .site();
        for (Page p : site.pages()) {
            if (!ours.contains(p.path()) && !p.path().startsWith(dirPrefix + ".faq-unpack-")) {
                out.add(new Collisions.Placed(OWN_SITE, p.path(), p.url(), p.title(), p.parent()));
            }
        }
        return out;
    }
}
