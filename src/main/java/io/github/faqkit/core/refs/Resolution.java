package io.github.faqkit.core.refs;

import io.github.faqkit.core.Page;

/**
 * Where a reference leads, two ways: (a) {@code web}, as the browser requests it from the built site;
 * (b) {@code source}, as an editor or repository preview opens it relative to the source file
 * (null when that view does not apply: root-relative, Liquid, external).
 *
 * <p>{@code requested} is the URL path the browser asks for (with baseurl, percent-encoded as
 * written); {@code file} the site file it hits (or, for {@link Status#CASE_MISMATCH}, the real file);
 * {@code page} the page it hits; {@code liquid} the Liquid result when the URL had Liquid.
 */
public record Resolution(
        Status web,
        Status source,
        String requested,
        String file,
        Page page,
        String sourceFile,
        boolean rootRelative,
        Liquid.Result liquid) {

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

    /** The two views usually reach the same file: one string for both (the resolver keeps every resolution). */
    public Resolution {
        if (sourceFile != null && sourceFile.equals(file)) {
            sourceFile = file;
        }
    }

    public boolean webFound() {
        return web == Status.FOUND;
    }
}
