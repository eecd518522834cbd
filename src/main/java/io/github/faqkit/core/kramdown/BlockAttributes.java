package io.github.faqkit.core.kramdown;

import java.util.Map;

/** A block element with attributes after parsing (IALs applied, GFM ids assigned), in document order. */
public record BlockAttributes(int line, String type, Map<String, String> attrs, boolean autoId) {}
