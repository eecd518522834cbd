package io.github.faqkit.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file of the site source as Jekyll classifies it. {@code collection} is null for plain pages and
 * static files, the label (without underscore) for documents of an output collection.
 *
 * <p>A value like a record of these six components. An entry made by the scan keeps the content directory
 * (one object for all) instead of its file's own {@link Path}, which is resolved when asked for: a site
 * has tens of thousands of files, and their paths would otherwise be most of what the file list holds.
 */
public final class SourceEntry {
    private final String path;
    /** The file, or (with {@link #underRoot}) the content directory the path is relative to. */
    private final Path fileOrRoot;

    private final boolean underRoot;
    private final boolean markdown;
    private final String collection;
    private final String pathInCollection;
    private final boolean published;
    /** The entry the scan made, when the build takes the file otherwise ({@link #asPage}); null when the same. */
    private final SourceEntry scanned;

    public SourceEntry(
            String path, Path file, boolean markdown, String collection, String pathInCollection, boolean published) {
        this(path, file, false, markdown, collection, pathInCollection, published, null);
    }

    private SourceEntry(
            String path,
            Path fileOrRoot,
            boolean underRoot,
            boolean markdown,
            String collection,
            String pathInCollection,
            boolean published,
            SourceEntry scanned) {
        this.scanned = scanned;
        this.path = path;
        this.fileOrRoot = fileOrRoot;
        this.underRoot = underRoot;
        this.markdown = markdown;
        this.collection = collection;
        this.pathInCollection = pathInCollection;
        this.published = published;
    }

    /**
     * The entry of {@code file}, which the scan found at {@code path} under {@code root}: it keeps {@code root}
     * when resolving the path there gives the same file (it does unless a file name holds a backslash).
     */
    static SourceEntry under(
            Path root,
            String path,
            Path file,
            boolean markdown,
            String collection,
            String pathInCollection,
            boolean published) {
        boolean derivable = root.resolve(path).equals(file);
        return new SourceEntry(
                path, derivable ? root : file, derivable, markdown, collection, pathInCollection, published, null);
    }

    /** The entry of the file that {@code path} (with {@code /} separators, no backslash) names under {@code root}. */
    static SourceEntry atPath(
            Path root, String path, boolean markdown, String collection, String pathInCollection, boolean published) {
        return new SourceEntry(path, root, true, markdown, collection, pathInCollection, published, null);
    }

    /** A static file found at {@code path} under the content directory {@code root}, in no collection. */
    static SourceEntry plain(Path root, String path) {
        return new SourceEntry(path, root, true, false, null, null, true, null);
    }

    /** True when this is {@link #plain plain(root, path())}: the path alone says all the rest. */
    boolean plainUnder(Path root) {
        return underRoot && fileOrRoot == root && !markdown && collection == null && published;
    }

    /** The same file taken as a plain page of the site (in no collection, published), at its source path. */
    SourceEntry asPage() {
        return collection == null && published
                ? this
                : new SourceEntry(path, fileOrRoot, underRoot, markdown, null, null, true, this);
    }

    /** The entry as the scan classified the file (a collection's document or file), before {@link #asPage}. */
    public SourceEntry scanned() {
        return scanned == null ? this : scanned;
    }

    public String path() {
        return path;
    }

    public Path file() {
        return underRoot ? fileOrRoot.resolve(path) : fileOrRoot;
    }

    public boolean markdown() {
        return markdown;
    }

    public String collection() {
        return collection;
    }

    public String pathInCollection() {
        return pathInCollection;
    }

    public boolean published() {
        return published;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceEntry e
                && path.equals(e.path)
                && markdown == e.markdown
                && published == e.published
                && Objects.equals(collection, e.collection)
                && Objects.equals(pathInCollection, e.pathInCollection)
                && file().equals(e.file());
    }

    @Override
    public int hashCode() {
        // equal entries have equal paths: the file need not be resolved for a hash
        return Objects.hash(path, markdown, collection, pathInCollection, published);
    }

    @Override
    public String toString() {
        return "SourceEntry[path=" + path + ", file=" + file() + ", markdown=" + markdown + ", collection=" + collection
                + ", pathInCollection=" + pathInCollection + ", published=" + published + "]";
    }
}
