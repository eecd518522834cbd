package io.github.faqkit.pack;

import io.github.faqkit.core.NavTree;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.kramdown.Heading;
import java.io.IOException;
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

    public ManifestBuilder(
            String groupId, String artifactId, String version, AssetSelector.ReferenceSource references) {
        this.groupId = groupId;
        this.artifactId = artifactId;
        this.version = version;
        this.references = references;
    }

    /** Builds the package with {@link Compression#defaults()}. */
    public ContentPackage build(Site site) throws IOException, PackException {
        return build(site, Compression.defaults());
    }

    /** Lists the files, then reads each once (on all threads) for the checksums and the zip entries. */
    public ContentPackage build(Site site, Compression compression) throws IOException, PackException {
        SortedMap<String, Path> files = new TreeMap<>();
        List<Page> sorted = new ArrayList<>(site.pages());
        sorted.sort(Comparator.comparing(Page::path));
        for (Page p : sorted) {
            files.put(Manifest.CONTENT_PREFIX + p.path(), p.entry().file());
        }
        Map<String, Path> selected = AssetSelector.select(site, references);
        for (Map.Entry<String, Path> a : selected.entrySet()) {
            files.put(Manifest.CONTENT_PREFIX + a.getKey(), a.getValue());
        }
        PreparedFiles prepared = PreparedFiles.prepare(files, compression);
        List<Manifest.PageEntry> pages = new ArrayList<>();
        for (Page p : sorted) {
            String name = Manifest.CONTENT_PREFIX + p.path();
            pages.add(new Manifest.PageEntry(
                    p.path(),
                    p.title(),
                    p.parent(),
                    p.grandParent(),
                    p.data().get("nav_order"),
                    p.url(),
                    p.scalar("permalink"),
                    headings(p),
                    prepared.size(name),
                    prepared.sha256(name)));
        }
        List<Manifest.AssetEntry> assets = new ArrayList<>();
        for (String path : selected.keySet()) {
            String name = Manifest.CONTENT_PREFIX + path;
            assets.add(new Manifest.AssetEntry(path, prepared.size(name), prepared.sha256(name)));
        }
        List<Manifest.NavEntry> nav = new ArrayList<>();
        for (NavTree.Node n : site.nav().roots()) {
            // the package holds written pages only: a document Jekyll does not write yet (dated after the build),
            // though the theme lists it, is left out with what is listed under it
            if (n.page().rendered()) {
                nav.add(navEntry(n));
            }
        }
        Manifest manifest = new Manifest(
                Manifest.FORMAT_VERSION,
                groupId,
                artifactId,
                version,
                site.config().baseurl(),
                pages,
                assets,
                nav);
        return new ContentPackage(manifest, files, prepared);
    }

    /**
     * The package of the same pages, assets and navigation as {@code plan} (a manifest made by
     * {@link #build} from a site whose files have not changed since), read again from {@code root}: sizes and
     * checksums come from this read, everything else from the plan.
     */
    public ContentPackage rebuild(Manifest plan, Path root, Compression compression) throws IOException, PackException {
        SortedMap<String, Path> files = new TreeMap<>();
        for (Manifest.PageEntry p : plan.pages()) {
            files.put(Manifest.CONTENT_PREFIX + p.path(), root.resolve(p.path()));
        }
        for (Manifest.AssetEntry a : plan.assets()) {
            files.put(Manifest.CONTENT_PREFIX + a.path(), root.resolve(a.path()));
        }
        return rebuild(plan, files, PreparedFiles.prepare(files, compression));
    }

    /** The same over files already prepared (the plan's files, every one of them). */
    public ContentPackage rebuild(Manifest plan, SortedMap<String, Path> files, PreparedFiles prepared) {
        List<Manifest.PageEntry> pages = new ArrayList<>();
        for (Manifest.PageEntry p : plan.pages()) {
            String name = Manifest.CONTENT_PREFIX + p.path();
            pages.add(new Manifest.PageEntry(
                    p.path(),
                    p.title(),
                    p.parent(),
                    p.grandParent(),
                    p.navOrder(),
                    p.url(),
                    p.permalink(),
                    p.headings(),
                    prepared.size(name),
                    prepared.sha256(name)));
        }
        List<Manifest.AssetEntry> assets = new ArrayList<>();
        for (Manifest.AssetEntry a : plan.assets()) {
            String name = Manifest.CONTENT_PREFIX + a.path();
            assets.add(new Manifest.AssetEntry(a.path(), prepared.size(name), prepared.sha256(name)));
        }
        Manifest manifest = new Manifest(
                Manifest.FORMAT_VERSION, groupId, artifactId, version, plan.baseurl(), pages, assets, plan.nav());
        return new ContentPackage(manifest, files, prepared);
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
            if (c.page().rendered()) {
                kids.add(navEntry(c));
            }
        }
        Page p = node.page();
        return new Manifest.NavEntry(p.title(), p.path(), p.url(), kids);
    }
}
