package io.github.faqkit.core.kramdown;

/** Something that looks like a TOC marker but that kramdown will not turn into a TOC, and why. */
public record MarkerProblem(int line, int column, String reason, String hint) {}
