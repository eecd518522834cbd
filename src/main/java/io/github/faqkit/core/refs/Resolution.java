package io.github.faqkit.core.refs;

import io.github.faqkit.core.Page;
import java.util.Objects;

/**
 * Where a reference leads, two ways: (a) {@code web}, as the browser requests it from the built site;
 * (b) {@code source}, as an editor or repository preview opens it relative to the source file
 * (null when that view does not apply: root-relative, Liquid, external).
 *
 * <p>{@code requested} is the URL path the browser asks for (with baseurl, percent-encoded as
 * written); {@code file} the site file it hits (or, for {@link Status#CASE_MISMATCH}, the real file);
 * {@code page} the page it hits; {@code liquid} the Liquid result when the URL had Liquid.
 *
 * <p>A value like a record of these eight components. The resolver keeps every resolution of the site (several
 * rules ask about each reference), so one made by it keeps no copy of what it can share: the file's path is the
 * file index's own string, and a requested URL that is only baseurl, {@code /} and that path is built when asked.
 */
public final class Resolution {

    /** Outcome of one view. */
    public enum Status {
        /** a file or page is there */
        FOUND,
        /** only a file whose name differs in letter case is there */
        CASE_MISMATCH,
        /** nothing is there */
        NOT_FOUND,
        /** a root-relative path that lacks the site's baseurl: the host serves nothing there */
        MISSING_BASEURL,
        /** the path climbs above the site root or above baseurl */
        OUTSIDE,
        /** not checked: another host, mailto:, data:, Liquid that cannot be evaluated */
        SKIPPED
    }

    private final Status web;
    private final Status source;
    /** The requested URL, or (with {@link #requestedIsFile}) the part before {@link #file}: baseurl and '/'. */
    private final String requested;

    private final boolean requestedIsFile;
    private final String file;
    private final Page page;
    private final String sourceFile;
    private final boolean rootRelative;
    private final Liquid.Result liquid;

    public Resolution(
            Status web,
            Status source,
            String requested,
            String file,
            Page page,
            String sourceFile,
            boolean rootRelative,
            Liquid.Result liquid) {
        this(web, source, requested, null, file, page, sourceFile, rootRelative, liquid);
    }

    /**
     * As the public constructor; {@code prefix} (null: none) is a string the caller shares between resolutions:
     * when {@code requested} is {@code prefix} followed by {@code file}, only the prefix is kept.
     */
    Resolution(
            Status web,
            Status source,
            String requested,
            String prefix,
            String file,
            Page page,
            String sourceFile,
            boolean rootRelative,
            Liquid.Result liquid) {
        this.web = web;
        this.source = source;
        boolean derived = prefix != null
                && requested != null
                && file != null
                && requested.length() == prefix.length() + file.length()
                && requested.startsWith(prefix)
                && requested.endsWith(file);
        this.requested = derived ? prefix : requested;
        this.requestedIsFile = derived;
        this.file = file;
        this.page = page;
        // the two views usually reach the same file: one string for both
        this.sourceFile = sourceFile != null && sourceFile.equals(file) ? file : sourceFile;
        this.rootRelative = rootRelative;
        this.liquid = liquid;
    }

    public Status web() {
        return web;
    }

    public Status source() {
        return source;
    }

    public String requested() {
        return requestedIsFile ? requested + file : requested;
    }

    public String file() {
        return file;
    }

    public Page page() {
        return page;
    }

    public String sourceFile() {
        return sourceFile;
    }

    public boolean rootRelative() {
        return rootRelative;
    }

    public Liquid.Result liquid() {
        return liquid;
    }

    public boolean webFound() {
        return web == Status.FOUND;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Resolution r
                && web == r.web
                && source == r.source
                && Objects.equals(requested(), r.requested())
                && Objects.equals(file, r.file)
                && Objects.equals(page, r.page)
                && Objects.equals(sourceFile, r.sourceFile)
                && rootRelative == r.rootRelative
                && Objects.equals(liquid, r.liquid);
    }

    @Override
    public int hashCode() {
        return Objects.hash(web, source, requested(), file, page, sourceFile, rootRelative, liquid);
    }

    @Override
    public String toString() {
        return "Resolution[web=" + web + ", source=" + source + ", requested=" + requested() + ", file=" + file
                + ", page=" + page + ", sourceFile=" + sourceFile + ", rootRelative=" + rootRelative + ", liquid="
                + liquid + "]";
    }
}
