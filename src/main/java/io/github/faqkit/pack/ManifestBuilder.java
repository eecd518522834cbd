package io.github.faqkit.pack;

import io.github.faqkit.core.NavTree;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.kramdown.Heading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Builds the manifest and the entry list of a content artifact from a parsed site. */
public final class ManifestBuilder {
    private final String groupId;
    private final String artifactId;
    private final String version;
    private final AssetSelector.ReferenceSource references;

    public ManifestBuilder(String groupId, String artifactId, String version,
            AssetSelector.ReferenceSource references) {
        this.groupId = groupId;
        this.artifactId = artifactId;
        this.version = version;
        this.references = references;
    }

    public ContentPackage build(Site site) throws IOException {
        SortedMap<String, Path> files = new TreeMap<>();
        List<Manifest.PageEntry> pages = new ArrayList<>();
        List<Page> sorted = new ArrayList<>(site.pages());
        sorted.sort(Comparator.comparing(Page::path));
        for (Page p : sorted) {
            Path file = p.entry().file();
            pages.add(new Manifest.PageEntry(p.path(), p.title(), p.parent(), p.grandParent(),
                    p.data().get("nav_order"), p.url(), p.scalar("permalink"), headings(p), Files.size(file),
                    Sha256.of(file)));
            files.put(Manifest.CONTENT_PREFIX + p.path(), file);
        }
        List<Manifest.AssetEntry> assets = new ArrayList<>();
        for (Map.Entry<String, Path> a : AssetSelector.select(site, references).entrySet()) {
            assets.add(new Manifest.AssetEntry(a.getKey(), Files.size(a.getValue()), Sha256.of(a.getValue())));
            files.put(Manifest.CONTENT_PREFIX + a.getKey(), a.getValue());
        }
        List<Manifest.NavEntry> nav = new ArrayList<>();
        for (NavTree.Node n : site.nav().roots()) {
            nav.add(navEntry(n));
        }
        Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, groupId, artifactId, version,
                site.config().baseurl(), pages, assets, nav);
        return new ContentPackage(manifest, files);
    }

    private static List<Manifest.HeadingEntry> headings(Page p) {
        List<Manifest.HeadingEntry> out = new ArrayList<>();
        for (Heading h : p.kramdown().headings()) {
            out.add(new Manifest.HeadingEntry(h.level(), h.text(), h.id()));
        }
        return out;
    }

    private static Manifest.NavEntry navEntry(NavTree.Node node) {
        List<Manifest.NavEntry> kids = new ArrayList<>();
        for (NavTree.Node c : node.children()) {
            kids.add(navEntry(c));
        }
        Page p = node.page();
        return new Manifest.NavEntry(p.title(), p.path(), p.url(), kids);
    }
}
