package io.github.faqkit.pack;

import io.github.faqkit.core.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Opens a content artifact, checks every entry (names, links, duplicates, sizes, checksums against
 * the manifest) and extracts the content into a scratch directory. Any problem refuses the whole
 * artifact; nothing it extracted survives a refusal.
 */
public final class ArtifactReader {
    /** The manifest lists every heading: about 3.6 KB a page, so this fits some 70,000 pages. */
    private static final long MAX_MANIFEST_BYTES = 256L << 20;

    private final ArchiveLimits limits;

    public ArtifactReader(ArchiveLimits limits) {
        this.limits = limits;
    }

    /** The checked content of one artifact, extracted below {@code root}. */
    public record Extracted(String label, Manifest manifest, Path root, Map<String, Path> files) {}

    public Extracted extract(String label, Path zip, Path into) throws PackException, IOException {
        List<String> problems = new ArrayList<>();
        Files.createDirectories(into);
        try (ZipFile zf = ZipFile.builder().setPath(zip).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zf.getEntries());
            if (entries.size() > limits.maxEntries()) {
                throw new PackException(
                        label + " is refused",
                        List.of("it has " + entries.size() + " entries, more than the limit of " + limits.maxEntries()
                                + " (a zip bomb?)"));
            }
            Manifest manifest = readManifest(label, zf, entries);
            Map<String, String> expected = manifest.checksums();
            Map<String, Path> files = new TreeMap<>();
            Set<String> seen = new HashSet<>();
            long[] total = {0};
            for (ZipArchiveEntry e : entries) {
                String name = e.getName();
                String why = check(e, seen, into);
                if (why != null) {
                    problems.add("entry '" + name + "' " + why);
                    continue;
                }
                if (e.isDirectory() || name.equals(Manifest.ENTRY)) {
                    continue;
                }
                String rel = name.substring(Manifest.CONTENT_PREFIX.length());
                String sha = expected.get(rel);
                if (sha == null) {
                    problems.add("entry '" + name + "' is not listed in the manifest");
                    continue;
                }
                Path target = into.resolve(rel);
                String actual = copy(zf, e, target, total, problems);
                if (actual == null) {
                    continue;
                }
                if (!actual.equals(sha)) {
                    problems.add("entry '" + name + "' does not match its sha256 in the manifest (the file was"
                            + " changed after packaging)");
                    continue;
                }
                files.put(rel, target);
            }
            for (String path : expected.keySet()) {
                if (!files.containsKey(path) && !seen.contains(Manifest.CONTENT_PREFIX + path)) {
                    problems.add("'" + path + "' is listed in the manifest but missing from the archive");
                }
            }
            if (!problems.isEmpty()) {
                throw new PackException(label + " is refused, nothing was unpacked", problems);
            }
            return new Extracted(label, manifest, into, files);
        } catch (PackException | RuntimeException e) {
            Trees.delete(into);
            throw e;
        } catch (IOException e) {
            Trees.delete(into);
            throw new PackException(label + " cannot be read as a zip archive: " + e.getMessage(), e);
        }
    }

    private static String check(ZipArchiveEntry e, Set<String> seen, Path into) {
        String name = e.getName();
        if (!seen.add(name)) {
            return "appears more than once (which copy wins depends on the tool)";
        }
        if (e.isUnixSymlink()) {
            return "is a symbolic link";
        }
        String why = EntryNames.problem(name, into);
        if (why != null) {
            return why;
        }
        if (e.isDirectory()) {
            return name.equals("META-INF/") || name.equals("META-INF/faq/") || name.startsWith(Manifest.CONTENT_PREFIX)
                    ? null
                    : "is outside content/ and META-INF/faq/";
        }
        if (name.equals(Manifest.ENTRY)) {
            return null;
        }
        if (!name.startsWith(Manifest.CONTENT_PREFIX)) {
            return "is outside content/ and is not the manifest";
        }
        return EntryNames.problem(name.substring(Manifest.CONTENT_PREFIX.length()), into);
    }

    private Manifest readManifest(String label, ZipFile zf, List<ZipArchiveEntry> entries)
            throws PackException, IOException {
        ZipArchiveEntry found = null;
        for (ZipArchiveEntry e : entries) {
            if (e.getName().equals(Manifest.ENTRY) && !e.isUnixSymlink()) {
                found = e;
                break;
            }
        }
        if (found == null) {
            throw new PackException(label + " is not a faq content artifact: it has no " + Manifest.ENTRY, List.of());
        }
        try (InputStream in = zf.getInputStream(found)) {
            byte[] bytes = in.readNBytes((int) MAX_MANIFEST_BYTES + 1);
            if (bytes.length > MAX_MANIFEST_BYTES) {
                throw new PackException(
                        label + " is refused",
                        List.of(Manifest.ENTRY + " is larger than " + MAX_MANIFEST_BYTES + " bytes"));
            }
            return Manifest.parse(bytes);
        }
    }

    /** Inflates one entry under the size and ratio limits; returns its sha256, or null after a problem. */
    private String copy(ZipFile zf, ZipArchiveEntry e, Path target, long[] total, List<String> problems)
            throws IOException {
        Files.createDirectories(target.getParent());
        MessageDigest md = Sha256.digest();
        long written = 0;
        long compressed = Math.max(1, e.getCompressedSize());
        try (InputStream in = zf.getInputStream(e);
                OutputStream out = Files.newOutputStream(target)) {
            byte[] buf = new byte[65536];
            for (int n; (n = in.read(buf)) > 0; ) {
                written += n;
                total[0] += n;
                if (written > limits.maxEntryBytes() || total[0] > limits.maxTotalBytes()) {
                    problems.add("entry '" + e.getName() + "' inflates beyond the size limit ("
                            + limits.maxEntryBytes() + " bytes per file, " + limits.maxTotalBytes()
                            + " in total): a zip bomb?");
                    return null;
                }
                if (written > limits.ratioCheckAbove() && written / compressed > limits.maxRatio()) {
                    problems.add("entry '" + e.getName() + "' inflates more than " + limits.maxRatio()
                            + " times its compressed size: a zip bomb?");
                    return null;
                }
                md.update(buf, 0, n);
                out.write(buf, 0, n);
            }
        }
        return Sha256.hex(md);
    }
}
