package io.github.faqkit.core;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The files of output collections that Jekyll copies as they are (images, attachments, Markdown without front
 * matter): it writes them at the URL the collection's template gives them, not at their path in the source
 * ({@code guides/_ew/aai/map.png} of a collection {@code ew} with {@code permalink: /:path/} under {@code
 * collections_dir: guides} is served at {@code /aai/map.png}; platform-golden/collection-static-files). Posts keep
 * their old treatment: their template asks for dates a file does not have.
 */
public final class CollectionFiles {
    /** Source path by the URL path it is served at, both without the leading '/'. */
    private final Map<String, String> byUrl = new HashMap<>();

    private final Set<String> sources = new HashSet<>();

    private CollectionFiles() {}

    public static CollectionFiles of(Site site) {
        CollectionFiles out = new CollectionFiles();
        for (SourceEntry e : site.staticFiles()) {
            out.add(site.config(), e);
        }
        for (Page p : site.markdownFiles()) {
            if (!p.frontMatter().isPage()) {
                // a collection writes its raw copy also where GitHub Pages makes a page of it
                out.add(site.config(), p.entry().scanned());
            }
        }
        return out;
    }

    private void add(SiteConfig config, SourceEntry e) {
        if (e.collection() == null || e.collection().equals("posts") || !e.published()) {
            return;
        }
        String url = Urls.collectionFileUrl(
                e.collection(),
                e.pathInCollection(),
                SiteConfig.text(
                        config.raw().path("collections").path(e.collection()).get("permalink"), null),
                config.permalink());
        byUrl.putIfAbsent(url.substring(1), e.path());
        sources.add(e.path());
    }

    /** The source path of the collection file served at {@code urlPath} (no leading '/'), or null. */
    public String servedAt(String urlPath) {
        return byUrl.get(urlPath);
    }

    /** Whether {@code path} is a collection file: Jekyll serves it at its collection URL, not at this path. */
    public boolean isCollectionFile(String path) {
        return sources.contains(path);
    }
}
