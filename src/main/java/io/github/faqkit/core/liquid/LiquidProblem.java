package io.github.faqkit.core.liquid;

/**
 * Something about a page's Liquid that a rule reports. {@code line}/{@code column} are body positions
 * (1-based line of the body text; the page adds the front matter lines).
 *
 * @param kind what went wrong
 * @param line body line of the tag or output concerned
 * @param column its column
 * @param name the tag, filter or include concerned
 * @param detail what the build does, in words (for the message)
 */
public record LiquidProblem(Kind kind, int line, int column, String name, String detail) {
    /** The {@link #name} of a {@link Kind#SYNTAX} problem of blocks nested deeper than Liquid allows. */
    public static final String NESTING = "nesting";

    /** The {@link #name} of a {@link Kind#SYNTAX} problem in an include's own text (its Liquid, its encoding). */
    public static final String INCLUDE_TEXT = "include text";

    /** The {@link #name} of a {@link Kind#SYNTAX} problem of an include name Jekyll's include tags refuse. */
    public static final String INCLUDE_NAME = "include name";

    /** The {@link #name} of a {@link Kind#SYNTAX} problem of includes that include each other without end. */
    public static final String INCLUDE_LOOP = "include loop";

    /**
     * The start of the {@link #name} of a {@link Kind#SYNTAX} problem of a tag Liquid 4 does not know (then the tag's
     * name, {@code #} for an inline comment; {@link Liquid4Tags}).
     */
    public static final String LIQUID4 = "liquid4 ";

    /** The {@link #name} of a {@link Kind#SYNTAX} problem of a filter nothing defines under {@code strict_filters}. */
    public static final String STRICT_FILTER = "strict filter";

    public enum Kind {
        /** The page's (or an include's) Liquid does not parse, or fails as Jekyll fails: the build stops. */
        SYNTAX,
        /** An include file that does not exist: the build stops. */
        INCLUDE_NOT_FOUND,
        /** A tag or filter that no engine here knows (a Ruby plugin or a theme): its output is unknown. */
        UNKNOWN_TAG,
        UNKNOWN_FILTER,
        /** Rendering hit a time, size or nesting limit: what this produced is unknown. */
        LIMIT,
        /** Liquid inside a code block or span: Jekyll evaluates it, readers see the result. */
        IN_CODE
    }
}
