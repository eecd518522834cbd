package io.github.faqkit.core.liquid;

import java.util.Set;

/**
 * The site files that the rendered pages pull in with {@code include_relative} (paths from the site root). Such a
 * Markdown file is a piece of those pages: Jekyll reads it as it is, front matter included, so it has none on
 * purpose (liquid-golden include-relative-fragment).
 */
public record RelativeIncludes(Set<String> paths) {
    public static final RelativeIncludes NONE = new RelativeIncludes(Set.of());

    public RelativeIncludes {
        paths = Set.copyOf(paths);
    }
}
