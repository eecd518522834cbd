package io.github.faqkit.core;

import java.util.List;

/**
 * A site as {@link SiteLoader} built it: the model, and the notices about files that were left out
 * (unreadable, unparsable, not UTF-8 …), sorted.
 */
public record LoadedSite(Site site, List<String> notices) {
    public LoadedSite {
        notices = List.copyOf(notices);
    }
}
