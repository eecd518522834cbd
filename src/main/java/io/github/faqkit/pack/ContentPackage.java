package io.github.faqkit.pack;

import java.nio.file.Path;
import java.util.SortedMap;

/**
 * What goes into a content archive: the manifest and every file, keyed by its entry name, sorted, with
 * the files as already read, hashed and compressed once (the manifest's checksums come from the same read).
 */
public record ContentPackage(Manifest manifest, SortedMap<String, Path> files, PreparedFiles prepared) {}
