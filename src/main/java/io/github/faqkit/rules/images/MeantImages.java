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

    /**
     * The images a path with unknown parts (written by a plugin, or from a {@code site} key a plugin may set) can
     * name on {@code page}: every image of the site whose path fits the known parts around them, as
     * {@code /images/client-image-}<i>lang</i>{@code .jpg} fits {@code images/client-image-en.jpg}.
     */
    List<String> fitting(io.github.faqkit.core.Page page, String target) {
        char mark = io.github.faqkit.core.liquid.LiquidText.OPAQUE;
        int first = target.indexOf(mark);
        if (first < 0) {
            return List.of();
        }
        String known = target.substring(0, first);
        int scheme = known.indexOf(':');
        if (scheme >= 0 && known.indexOf('/') > scheme) {
            return List.of(); // another host
        }
        String path;
        if (first == 0) {
            path = target; // the folder too is unknown: any image with the known end fits
        } else if (known.startsWith("/")) {
            String base = site.config().baseurl();
            path = base.length() > 1 && target.startsWith(base + "/") ? target.substring(base.length()) : target;
        } else {
            String url = page.url();
            path = url.substring(0, url.lastIndexOf('/') + 1) + target;
        }
        path = normalize(path);
        StringBuilder regex = new StringBuilder(first == 0 ? ".*" : "");
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == mark) {
                regex.append(java.util.regex.Pattern.quote(literal.toString())).append(".*");
                literal.setLength(0);
            } else if (c == '?' || c == '#') {
                break;
            } else {
                literal.append(c);
            }
        }
        regex.append(java.util.regex.Pattern.quote(literal.toString()));
        java.util.regex.Pattern fits = java.util.regex.Pattern.compile(regex.toString());
        List<String> out = new ArrayList<>();
        for (SourceEntry e : site.staticFiles()) {
            if (Images.isImage(e.path()) && fits.matcher(e.path()).matches()) {
                out.add(e.path());
            }
        }
        return out;
    }

    /** {@code path} without its leading '/', '.' and '..' segments (as a browser resolves them), decoded. */
    private static String normalize(String path) {
        java.util.ArrayDeque<String> segs = new java.util.ArrayDeque<>();
        for (String seg : Resolver.decode(path).split("/", -1)) {
            if (seg.equals("..")) {
                segs.pollLast();
            } else if (!seg.equals(".") && !(seg.isEmpty() && segs.isEmpty())) {
                segs.addLast(seg);
            }
        }
        return String.join("/", segs);
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}
