package io.github.faqkit.core;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A site as {@link SiteLoader} built it: the model, the notices about files that were left out
 * (unreadable, unparsable, not UTF-8 …), sorted, the Markdown files whose text holds Liquid (rendered with
 * {@code site.pages}, and read for the keys the site's templates use: what a rerun must know of them), and the
 * earlier versions of pages the caller asked for ({@link SiteLoader#withPreviousPages}), as the site built them,
 * for those whose stored summary gives them faithfully.
 */
public record LoadedSite(Site site, List<String> notices, Set<String> liquidPaths, Map<String, Page> previousPages) {
    public LoadedSite {
        notices = List.copyOf(notices);
        liquidPaths = Set.copyOf(liquidPaths);
        previousPages = Map.copyOf(previousPages);
    }

    public LoadedSite(Site site, List<String> notices) {
        this(site, notices, Set.of(), Map.of());
    }
}
