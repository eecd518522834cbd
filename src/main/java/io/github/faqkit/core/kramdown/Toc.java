package io.github.faqkit.core.kramdown;

import java.util.List;

/**
 * The TOC kramdown renders in place of the first marker list.
 *
 * @param line file line of the list that is replaced
 * @param markerLine file line of the attribute line carrying {@code toc}
 * @param type {@code ul} or {@code ol}
 * @param classes the list's classes, which go onto the generated TOC
 * @param entries the entries; empty means kramdown renders nothing at all
 * @param openingLine file line of the heading the page begins with (only blank lines, comments and definitions
 *     before it): the page's title by the theme's convention; 0 when the page begins with something else
 * @param labelLine file line of the heading right before the list (only blank lines, comments and definitions
 *     between): the TOC's own label; 0 when something else precedes the list
 */
public record Toc(
        int line,
        int markerLine,
        String type,
        List<String> classes,
        List<TocEntry> entries,
        int openingLine,
        int labelLine) {}
