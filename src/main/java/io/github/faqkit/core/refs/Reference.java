package io.github.faqkit.core.refs;

/**
 * A reference from a page to another resource, as the rendered HTML will contain it.
 * {@code target} is the URL as written (Liquid not yet evaluated), {@code line}/{@code column} the
 * file position of the URL.
 */
public record Reference(Kind kind, String target, int line, int column, String alt, boolean html) {

    /** What kind of element carries the reference. */
    public enum Kind { IMAGE, LINK }
}
