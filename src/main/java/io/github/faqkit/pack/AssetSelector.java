package io.github.faqkit.pack;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.SourceEntry;
import io.github.faqkit.core.refs.Reference;
import io.github.faqkit.core.refs.Resolution;
import io.github.faqkit.core.refs.Resolver;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The non-page files a content artifact carries: exactly those the pages reference. Orphan images
 * and unrelated files stay out, so the artifact holds what the published pages show and no more.
 */
public final class AssetSelector {

    /** Where a page's references come from; {@link Page#references()} in production. */
    @FunctionalInterface
    public interface ReferenceSource extends Function<Page, List<Reference>> {}

    public static final ReferenceSource PAGE_REFERENCES = Page::references;

    private AssetSelector() {}

    private static void add(SortedMap<String, Path> out, Map<String, Path> statics, String path) {
        Path file = path == null ? null : statics.get(path);
        if (file != null) {
            out.put(path, file);
        }
    }

    /** Site-relative path → file, sorted by path. */
    public static SortedMap<String, Path> select(Site site, ReferenceSource references) {
        Map<String, Path> statics = new HashMap<>();
        for (SourceEntry e : site.staticFiles()) {
            statics.put(e.path(), e.file());
        }
        Resolver resolver = Resolver.of(site);
        SortedMap<String, Path> out = new TreeMap<>();
        for (Page page : site.pages()) {
            List<Reference> refs = references.apply(page);
            if (refs == null) {
                continue;
            }
            for (Reference r : refs) {
                if (r.kind() == Reference.Kind.ANCHOR) {
                    continue;
                }
                // Both views count: the file the built site serves, and the one editors show.
                Resolution res = resolver.resolve(page, r);
                add(out, statics, res.web() == Resolution.Status.FOUND ? res.file() : null);
                add(out, statics, res.source() == Resolution.Status.FOUND ? res.sourceFile() : null);
            }
        }
        return out;
    }
}
