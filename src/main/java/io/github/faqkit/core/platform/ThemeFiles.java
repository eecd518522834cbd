package io.github.faqkit.core.platform;

import io.github.faqkit.core.ThemeVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The just-the-docs release a site copied its layout from: a site that keeps the theme's files in its own
 * {@code _layouts} and {@code _includes} (no gem, no {@code remote_theme}) is built with those files, so its
 * navigation is that release's. Read from {@code theme-files.tsv} ({@code scripts/theme-files/generate.sh}: every
 * layout and include of every release, by git blob id); a copy edited by the site matches no release, and then
 * nothing is concluded.
 */
public final class ThemeFiles {
    /** The files that draw the page and its navigation: only a copy of one of them names the release. */
    private static final Set<String> DECIDING = Set.of(
            "_layouts/default.html",
            "_includes/nav.html",
            "_includes/components/sidebar.html",
            "_includes/components/nav.html");

    private final Map<String, Map<String, List<ThemeVersion>>> releasesByPathAndBlob;

    ThemeFiles(Map<String, Map<String, List<ThemeVersion>>> releasesByPathAndBlob) {
        this.releasesByPathAndBlob = releasesByPathAndBlob;
    }

    private static final class Shipped {
        static final ThemeFiles TABLE = load();
    }

    /** The table recorded from the theme's releases. */
    public static ThemeFiles shipped() {
        return Shipped.TABLE;
    }

    /**
     * The newest release every unchanged copied file belongs to, when the site keeps an unchanged copy of a file
     * that draws the page or its navigation; else null (no copy, an edited copy, or files of different releases).
     */
    public ThemeVersions.Found match(Path siteRoot) {
        TreeSet<ThemeVersion> common = null;
        List<String> deciding = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<ThemeVersion>>> e : releasesByPathAndBlob.entrySet()) {
            Path file = siteRoot.resolve(e.getKey());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            List<ThemeVersion> releases = e.getValue().get(blobId(file));
            if (releases == null) {
                continue; // edited by the site: says nothing
            }
            if (common == null) {
                common = new TreeSet<>(releases);
            } else {
                common.retainAll(releases);
            }
            if (DECIDING.contains(e.getKey())) {
                deciding.add(e.getKey());
            }
        }
        if (common == null || common.isEmpty() || deciding.isEmpty()) {
            return null;
        }
        ThemeVersion newest = common.last();
        return new ThemeVersions.Found(
                newest,
                "the theme's files copied into the site (" + String.join(", ", deciding) + ") are unchanged from "
                        + (common.size() == 1
                                ? "release " + newest
                                : "releases " + common.first() + " to " + newest + " (the same in each)"));
    }

    /** The releases that ship this version of a file (by its git blob id); empty when none does. */
    List<ThemeVersion> releases(String path, String blobId) {
        return releasesByPathAndBlob.getOrDefault(path, Map.of()).getOrDefault(blobId, List.of());
    }

    /** True when some release ships this file as it is at {@code path} (relative to the site). */
    boolean ships(String path, Path file) {
        return !releases(path, blobId(file)).isEmpty();
    }

    /** Git's id of a file's bytes: SHA-1 of {@code "blob <size>\0"} and the bytes. */
    static String blobId(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha1.digest(bytes));
        } catch (IOException | UncheckedIOException e) {
            return "";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    private static ThemeFiles load() {
        Map<String, Map<String, List<ThemeVersion>>> table = new LinkedHashMap<>();
        try (InputStream in = ThemeFiles.class.getResourceAsStream("theme-files.tsv")) {
            if (in == null) {
                return new ThemeFiles(Map.of());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                List<ThemeVersion> releases = new ArrayList<>();
                for (String v : f[2].split(",")) {
                    releases.add(ThemeVersion.parse(v));
                }
                table.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], List.copyOf(releases));
            }
        } catch (IOException e) {
            return new ThemeFiles(Map.of());
        }
        return new ThemeFiles(table);
    }
}
