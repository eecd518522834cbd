package io.github.faqkit.pack;

import io.github.faqkit.core.Glob;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which files of content artifacts {@code faq:unpack} writes: the pages its {@code includes}/{@code excludes}
 * globs select (paths as in the manifest, relative to the producer's site source, before any mount path; an
 * exclude wins over an include), and every asset except those only left-out pages show. An asset is left out
 * only when a left-out page names its file and no selected page does: one that no page names (a layout or Liquid
 * may use it) stays. The artifact is verified whole before this choice; nothing left out is written.
 */
public final class PageSelection {
    private final List<String> includePatterns;
    private final List<String> excludePatterns;
    private final List<Glob> includes = new ArrayList<>();
    private final List<Glob> excludes = new ArrayList<>();

    private PageSelection(List<String> includes, List<String> excludes) {
        this.includePatterns = clean(includes);
        this.excludePatterns = clean(excludes);
        includePatterns.forEach(p -> this.includes.add(Glob.compile(p)));
        excludePatterns.forEach(p -> this.excludes.add(Glob.compile(p)));
    }

    public static final PageSelection ALL = new PageSelection(List.of(), List.of());

    /** Patterns as given; blank ones are ignored, backslashes read as '/', a leading '/' or './' dropped. */
    public static PageSelection of(List<String> includes, List<String> excludes) {
        return new PageSelection(includes, excludes);
    }

    public boolean selectsAll() {
        return includes.isEmpty() && excludes.isEmpty();
    }

    public boolean selects(String page) {
        for (Glob g : excludes) {
            if (g.matches(page)) {
                return false;
            }
        }
        if (includes.isEmpty()) {
            return true;
        }
        for (Glob g : includes) {
            if (g.matches(page)) {
                return true;
            }
        }
        return false;
    }

    /** The patterns that match no page of any of the artifacts (so they do not select what was meant). */
    List<String> unmatched(List<ArtifactReader.Extracted> artifacts) {
        List<String> out = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        artifacts.forEach(x -> x.manifest().pages().forEach(p -> pages.add(p.path())));
        for (int i = 0; i < includes.size(); i++) {
            Glob g = includes.get(i);
            if (pages.stream().noneMatch(g::matches)) {
                out.add(includePatterns.get(i));
            }
        }
        for (int i = 0; i < excludes.size(); i++) {
            Glob g = excludes.get(i);
            if (pages.stream().noneMatch(g::matches)) {
                out.add(excludePatterns.get(i));
            }
        }
        return out;
    }

    /** The artifact with only the selected pages and the assets they may show: in its manifest and its files. */
    ArtifactReader.Extracted apply(ArtifactReader.Extracted x, List<String> leftOut) throws IOException {
        if (selectsAll()) {
            return x;
        }
        List<Manifest.PageEntry> kept = new ArrayList<>();
        List<Manifest.PageEntry> dropped = new ArrayList<>();
        for (Manifest.PageEntry p : x.manifest().pages()) {
            (selects(p.path()) ? kept : dropped).add(p);
        }
        List<String> keptText = texts(x, kept);
        List<String> droppedText = texts(x, dropped);
        List<Manifest.AssetEntry> assets = new ArrayList<>();
        List<String> droppedAssets = new ArrayList<>();
        for (Manifest.AssetEntry a : x.manifest().assets()) {
            List<String> names = names(a.path());
            boolean shownByKept = keptText.stream().anyMatch(t -> mentions(t, names));
            boolean shownByDropped = droppedText.stream().anyMatch(t -> mentions(t, names));
            if (shownByDropped && !shownByKept) {
                droppedAssets.add(a.path());
            } else {
                assets.add(a);
            }
        }
        Map<String, Path> files = new LinkedHashMap<>(x.files());
        dropped.forEach(p -> {
            files.remove(p.path());
            leftOut.add(p.path());
        });
        droppedAssets.forEach(files::remove);
        leftOut.addAll(droppedAssets);
        Manifest m = x.manifest();
        Manifest selected = new Manifest(
                m.formatVersion(), m.groupId(), m.artifactId(), m.version(), m.baseurl(), kept, assets, m.nav());
        return new ArtifactReader.Extracted(x.label(), selected, x.root(), files);
    }

    private static List<String> texts(ArtifactReader.Extracted x, List<Manifest.PageEntry> pages) throws IOException {
        List<String> out = new ArrayList<>();
        for (Manifest.PageEntry p : pages) {
            Path f = x.files().get(p.path());
            if (f != null) {
                out.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** The asset's file name as a page may write it: as it is, and percent-encoded (spaces as %20). */
    private static List<String> names(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return encoded.equals(name) ? List.of(name) : List.of(name, encoded);
    }

    private static boolean mentions(String text, List<String> names) {
        for (String n : names) {
            if (text.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> clean(List<String> patterns) {
        List<String> out = new ArrayList<>();
        if (patterns != null) {
            for (String p : patterns) {
                if (p == null || p.isBlank()) {
                    continue;
                }
                String s = p.trim().replace('\\', '/');
                while (s.startsWith("./")) {
                    s = s.substring(2);
                }
                while (s.startsWith("/")) {
                    s = s.substring(1);
                }
                out.add(s);
            }
        }
        return out;
    }
}
