package io.github.faqkit.rules.images;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.faqkit.core.AssetReferences;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.SourceEntry;
import io.github.faqkit.core.refs.Reference;
import io.github.faqkit.core.refs.Resolution;
import io.github.faqkit.core.refs.Resolver;
import io.github.faqkit.rules.Images;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** IMG006: an image file of the published site that nothing references. */
public final class ImageOrphan extends Rule {
    public ImageOrphan() {
        super(
                ImageRules.IMG006,
                "image-orphan",
                Severity.WARNING,
                "An image file in the site that no page, front matter, layout, include, style or site configuration references.");
    }

    /** Every text value in the front matter of every page and document (data documents too), after defaults. */
    private static List<String> frontMatterTexts(Site site) {
        List<String> out = new ArrayList<>();
        java.util.ArrayDeque<JsonNode> todo = new java.util.ArrayDeque<>(); // no recursion: nesting is the writer's
        java.util.Set<Page> pages = new java.util.LinkedHashSet<>(site.markdownFiles());
        pages.addAll(site.pages());
        for (Page page : pages) {
            if (page.data() != null) {
                todo.push(page.data());
            }
            while (!todo.isEmpty()) {
                JsonNode node = todo.pop();
                if (node.isTextual()) {
                    out.add(node.asText());
                } else if (node.isContainerNode()) {
                    node.forEach(todo::push);
                }
            }
        }
        return out;
    }

    /** The file a path names once symbolic links are followed; the path itself when that cannot be known. */
    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (java.io.IOException | RuntimeException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /**
     * True when {@code refs} name the image as written: relative to the site, or as a root-relative URL written
     * with the baseurl ({@code photo: /sp22/assets/images/kim.jpg} in a staffer's front matter, as the course
     * template's staff page shows it; {@code /handbook/assets/x.png} in slides and scripts).
     */
    private static boolean named(AssetReferences refs, String p, Site site) {
        return refs.names(p) || refs.names(withBaseurl(p, site));
    }

    /** The image's path under the baseurl without the leading '/' ({@code sp22/assets/x.png}); the path without one. */
    private static String withBaseurl(String p, Site site) {
        String base = site.config().baseurl(); // without a trailing '/'
        return base.length() > 1 ? base.substring(1) + "/" + p : p;
    }

    @Override
    public void checkSite(Site site, Reporter out) {
        if (!site.assetReferences().known()) {
            return; // a layout or include that could not be read may show any image (the notice says so)
        }
        if (site.staticFiles().stream().noneMatch(e -> Images.isImage(e.path()))) {
            return; // nothing can be unused: neither the references nor the front matter need reading
        }
        Set<String> used = new HashSet<>();
        Resolver resolver = Resolver.of(site);
        MeantImages meantImages = MeantImages.of(site);
        // a page Jekyll leaves out (published: false, a collection without output) still means its images: they
        // wait for it, and deleting them would break it when it is published
        List<Page> referrers = new ArrayList<>(site.pages());
        for (Page p : site.markdownFiles()) {
            // Markdown without front matter is published raw, for whatever reads it (reveal.js, a repository
            // viewer): its images are used as well
            if (!p.rendered()
                    && (p.frontMatter().isPage()
                            || p.frontMatter().status() == io.github.faqkit.core.FrontMatter.Status.MISSING)) {
                referrers.add(p);
            }
        }
        // the tails of repository paths named by GitHub file URLs that may be the site's own repository, unknown here
        Set<String> maybeOwnRepository = new HashSet<>();
        for (Page page : referrers) {
            List<Reference> refs = page.references();
            for (int i = 0; i < refs.size(); i++) {
                Reference ref = refs.get(i);
                if (ref.kind() == Reference.Kind.ANCHOR || ref.path().isEmpty()) {
                    continue;
                }
                if (ref.external()) {
                    // github.com/<owner>/<repo>/raw/<ref>/pics/a.png shows pics/a.png when the repository is the
                    // site's: deleting the site's copy would break the page, and the site may sit in a folder of it
                    for (String path : resolver.unverifiableRepositoryPaths(ref.target())) {
                        for (String tail = path; ; tail = tail.substring(tail.indexOf('/') + 1)) {
                            maybeOwnRepository.add(tail);
                            if (tail.indexOf('/') < 0) {
                                break;
                            }
                        }
                    }
                }
                Resolution r = resolver.resolve(page, i);
                if (r.file() != null) {
                    used.add(r.file());
                }
                if (r.sourceFile() != null) {
                    used.add(r.sourceFile());
                }
                if (ref.kind() == Reference.Kind.IMAGE) {
                    // requested with a wrong path: IMG001 names it, it is not to be deleted
                    used.addAll(meantImages.candidates(ref, r));
                }
                // a path with unknown parts may name any image that fits the rest
                used.addAll(meantImages.fitting(page, ref.target()));
            }
        }
        // what a plugin's tag makes of a page cannot be computed: an image its source names may be shown there
        Set<String> unknownOutput = new HashSet<>();
        for (Page page : referrers) {
            unknownOutput.addAll(page.liquid().unknownOutputImages());
        }
        // a folder linked into the site (emoticons -> ../emoticons) publishes the same file under several paths:
        // one use is a use of all, and only the file itself, not a path through a link, can be deleted
        java.util.Map<Path, List<String>> aliases = new java.util.HashMap<>();
        java.util.Map<String, Path> realOf = new java.util.HashMap<>();
        for (SourceEntry e : site.staticFiles()) {
            if (Images.isImage(e.path())) {
                Path real = realPath(e.file());
                realOf.put(e.path(), real);
                aliases.computeIfAbsent(real, k -> new ArrayList<>()).add(e.path());
            }
        }
        List<String> unused = new ArrayList<>();
        for (SourceEntry e : site.staticFiles()) {
            String p = e.path();
            Path real = realOf.get(p);
            if (!Images.isImage(p)
                    || used.contains(p)
                    || maybeOwnRepository.contains(p)
                    || aliases.get(real).stream().anyMatch(used::contains)
                    || aliases.get(real).size() > 1
                            && !real.equals(e.file().toAbsolutePath().normalize())
                    || p.equals("favicon.ico")
                    || named(site.assetReferences(), p, site)
                    || AssetReferences.namedIn(unknownOutput, p)
                    // not copied into the site (defaults: give it published: false): no reader meets it
                    || !io.github.faqkit.core.Publishing.writesStatic(site.config(), p)) {
                continue;
            }
            unused.add(p);
        }
        if (unused.isEmpty()) {
            return; // every front matter value of a large site read for nothing was most of this rule's time
        }
        List<String> texts = frontMatterTexts(site);
        AssetReferences frontMatter = AssetReferences.ofValues(texts);
        Set<String> values = io.github.faqkit.core.TemplatedImages.valuesOf(texts);
        for (String p : unused) {
            // a template may put a front matter, configuration or data value and a literal end together
            if (named(frontMatter, p, site) || site.assetReferences().namedByTemplate(p, values)) {
                continue;
            }
            if (io.github.faqkit.core.refs.PublishedUrlReferences.of(site).names(p)) {
                continue; // the repository's own files load it from the published site (a hosted icon set, a logo)
            }
            out.report(
                    p,
                    0,
                    0,
                    "no page, front matter, layout, include, style or "
                            + site.config().file() + " references " + p + ", yet Jekyll publishes it with the site",
                    "delete it if the answer that used it is gone, or reference it from the page it belongs to; "
                            + "a source kept on purpose (the .svg of an exported .webp) can stay in the repository "
                            + "and out of the site: list it under exclude: in "
                            + site.config().file());
        }
    }
}
