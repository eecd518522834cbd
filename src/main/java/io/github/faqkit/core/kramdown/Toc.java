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
 */
public record Toc(int line, int markerLine, String type, List<String> classes, List<TocEntry> entries) {}
