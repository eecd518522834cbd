package io.github.faqkit.rules.images;

import io.github.faqkit.core.Site;
import io.github.faqkit.core.SourceEntry;
import io.github.faqkit.core.refs.Reference;
import io.github.faqkit.core.refs.Resolution;
import io.github.faqkit.core.refs.Resolver;
import io.github.faqkit.rules.Images;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The image file a broken image reference most likely meant: the file at the requested path inside the site
 * (a host-relative path that misses the baseurl), else the only image of the site with the requested file
 * name. Such a file is wanted by a page, so it is not an orphan to delete.
 */
final class MeantImages {
    private final Site site;
    /** Images by lower-case file name: built when a broken reference first needs it (a clean site never does). */
    private volatile Map<String, List<String>> byName;

    private MeantImages(Site site) {
        this.site = site;
    }

    private Map<String, List<String>> byName() {
        Map<String, List<String>> m = byName;
        if (m == null) {
            synchronized (this) {
                m = byName;
                if (m == null) {
                    m = new HashMap<>();
                    for (SourceEntry e : site.staticFiles()) {
                        if (Images.isImage(e.path())) {
                            m.computeIfAbsent(name(e.path()), k -> new ArrayList<>())
                                    .add(e.path());
                        }
                    }
                    byName = m;
                }
            }
        }
        return m;
    }

    static MeantImages of(Site site) {
        return site.derived(MeantImages.class, MeantImages::new);
    }

    /** The file {@code ref} most likely meant when it resolved to {@code r}; null when it reached one or none fits. */
    String meant(Reference ref, Resolution r) {
        List<String> all = candidates(ref, r);
        return all.size() == 1 ? all.get(0) : null;
    }

    /**
     * The files {@code ref} may have meant when it resolved to {@code r}: the file at the requested path inside the
     * site, the file the source-relative path reaches, or else every image with the requested file name. A page
     * wants one of them, so none is an orphan to delete.
     */
    List<String> candidates(Reference ref, Resolution r) {
        Resolution.Status web = r.web();
        if (r.liquid() != null
                || (web != Resolution.Status.MISSING_BASEURL
                        && web != Resolution.Status.NOT_FOUND
                        && web != Resolution.Status.OUTSIDE)) {
            return List.of();
        }
        if (web == Resolution.Status.MISSING_BASEURL && r.requested() != null) {
            String inSite = Resolver.decode(r.requested()).substring(1);
            if (site.files().exists(inSite)) {
                return List.of(inSite);
            }
        }
        if (r.sourceFile() != null && site.files().exists(r.sourceFile())) {
            return List.of(r.sourceFile());
        }
        return byName().getOrDefault(name(Resolver.decode(ref.path())), List.of());
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}
