package io.github.faqkit.core.kramdown;

/** One link of the generated TOC: heading level, the id it links to ({@code href="#id"}), its text. */
public record TocEntry(int level, String id, String text, int line) {}
