package io.github.faqkit.pack;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.SourceEntry;
import io.github.faqkit.core.refs.Reference;
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
    public interface ReferenceSource extends Function<Page, List<Reference>> {
    }

    public static final ReferenceSource PAGE_REFERENCES = Page::references;

    private AssetSelector() {
    }

    /** Site-relative path → file, sorted by path. */
    public static SortedMap<String, Path> select(Site site, ReferenceSource references) {
        Map<String, Path> statics = new HashMap<>();
        for (SourceEntry e : site.staticFiles()) {
            statics.put(e.path(), e.file());
        }
        String baseurl = site.config().baseurl();
        SortedMap<String, Path> out = new TreeMap<>();
        for (Page page : site.pages()) {
            List<Reference> refs = references.apply(page);
            if (refs == null) {
                continue;
            }
            for (Reference r : refs) {
                for (String candidate : ReferenceTargets.candidates(page, r.target(), baseurl)) {
                    Path file = statics.get(candidate);
                    if (file != null) {
                        out.put(candidate, file);
                    }
                }
            }
        }
        return out;
    }
}
