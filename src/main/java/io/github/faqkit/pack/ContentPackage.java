package io.github.faqkit.pack;

import java.nio.file.Path;
import java.util.SortedMap;

/** What goes into a content archive: the manifest and every file, keyed by its entry name, sorted. */
public record ContentPackage(Manifest manifest, SortedMap<String, Path> files) {
}
