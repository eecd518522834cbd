package io.github.faqkit.core.refs;

/**
 * A reference from a page to another resource, as the rendered HTML will contain it, or an anchor the
 * page's raw HTML defines.
 *
 * <p>{@code target} is the URL as written (Liquid not yet evaluated, query and fragment included);
 * {@code path} is the part before {@code ?} or {@code #}, {@code fragment} the part after {@code #}
 * (null when there is none). {@code line}/{@code column} are the file position of the URL (for
 * reference-style images and links: of the {@code ![} or {@code [} that uses the definition).
 * {@code alt} is the alt text (images only; null when an {@code <img>} has no alt attribute),
 * {@code html} whether raw HTML carries it, {@code title} the title if any.
 */
public record Reference(
        Kind kind,
        String target,
        int line,
        int column,
        String alt,
        boolean html,
        String path,
        String fragment,
        String title) {

    /** What kind of element carries the reference. {@code ANCHOR}: an {@code id}/{@code name} in raw HTML. */
    public enum Kind {
        IMAGE,
        LINK,
        ANCHOR
    }

    public Reference(Kind kind, String target, int line, int column, String alt, boolean html) {
        this(kind, target, line, column, alt, html, pathOf(target), fragmentOf(target), null);
    }

    /** True when the element has an alt attribute ({@code ![…]} always has one, maybe empty). */
    public boolean altPresent() {
        return alt != null;
    }

    /** The URL without query string and fragment. */
    public static String pathOf(String url) {
        int cut = url.length();
        int q = url.indexOf('?');
        int h = url.indexOf('#');
        if (q >= 0) {
            cut = q;
        }
        if (h >= 0 && h < cut) {
            cut = h;
        }
        return url.substring(0, cut);
    }

    /** The fragment (after the first {@code #}), or null. */
    public static String fragmentOf(String url) {
        int h = url.indexOf('#');
        return h < 0 ? null : url.substring(h + 1);
    }

    /** True for URLs the site does not serve: other hosts, {@code mailto:}, {@code data:}, … */
    public boolean external() {
        return isExternal(path);
    }

    public static boolean isExternal(String url) {
        if (url.startsWith("//")) {
            return true;
        }
        int colon = url.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = url.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return !url.substring(0, colon).contains("{");
    }

    /** True when Liquid ({@code {{ … }}} or {@code {% … %}}) is part of the URL. */
    public boolean liquid() {
        return target.contains("{{") || target.contains("{%");
    }
}
