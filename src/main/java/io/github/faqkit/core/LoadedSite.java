package io.github.faqkit.core;

import java.util.List;

/**
 * A site as {@link SiteLoader} built it: the model, the notices about files that were left out
 * (unreadable, unparsable, not UTF-8 …), sorted, and the Markdown files whose text holds Liquid (rendered with
 * {@code site.pages}, and read for the keys the site's templates use: what a rerun must know of them).
 */
public record LoadedSite(Site site, List<String> notices, java.util.Set<String> liquidPaths) {
    public LoadedSite {
        notices = List.copyOf(notices);
        liquidPaths = java.util.Set.copyOf(liquidPaths);
    }

    public LoadedSite(Site site, List<String> notices) {
        this(site, notices, java.util.Set.of());
    }
}
