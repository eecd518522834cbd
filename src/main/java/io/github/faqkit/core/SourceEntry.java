package io.github.faqkit.core;

import java.nio.file.Path;

/**
 * A file of the site source as Jekyll classifies it. {@code collection} is null for plain pages and
 * static files, the label (without underscore) for documents of an output collection.
 */
public record SourceEntry(
        String path, Path file, boolean markdown, String collection, String pathInCollection, boolean published) {}
