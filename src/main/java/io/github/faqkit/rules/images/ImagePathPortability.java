package io.github.faqkit.rules.images;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.liquid.LiquidText;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.regex.Pattern;

/** IMG008: raw spaces or non-ASCII characters in an image path. */
public final class ImagePathPortability extends Rule {
    private static final Pattern LIQUID = Pattern.compile("\\{\\{[^}]*}}|\\{%[^%]*%}");

    public ImagePathPortability() {
        super(
                ImageRules.IMG008,
                "image-path-portability",
                Severity.INFO,
                "Raw spaces or non-ASCII characters in an image path.");
    }

    /**
     * The part of the path a writer typed as a file name: closed Liquid is left out, and so is everything from
     * Liquid that never closes (LIQ001 says what is wrong there) and what a plugin's tag or filter writes (its
     * output is unknown; IMG007 says so). Their spaces and placeholder characters are not in any file name.
     */
    static String fileNamePart(String path) {
        // Liquid starts with '{': most paths have none and need no regular expression.
        String p = path.indexOf('{') < 0 ? path : LIQUID.matcher(path).replaceAll("");
        int open = Math.min(indexOrEnd(p, "{{"), indexOrEnd(p, "{%"));
        p = p.substring(0, open);
        return p.indexOf(LiquidText.OPAQUE) < 0 ? p : p.replace(String.valueOf(LiquidText.OPAQUE), "");
    }

    private static int indexOrEnd(String s, String what) {
        int i = s.indexOf(what);
        return i < 0 ? s.length() : i;
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        Refs.images(page, site, (ref, r) -> {
            String p = fileNamePart(ref.path());
            boolean space = p.indexOf(' ') >= 0;
            boolean nonAscii = false;
            for (int i = 0; i < p.length() && !nonAscii; i++) {
                nonAscii = p.charAt(i) > 127;
            }
            if (space || nonAscii) {
                out.report(
                        page,
                        ref.line(),
                        ref.column(),
                        "the image path '" + p + "' contains "
                                + (space ? "raw spaces" : "non-ASCII characters") + ": kramdown accepts it, but most "
                                + "Markdown tools, previews and link checkers do not",
                        "rename the file to lower-case ASCII with '-' instead of spaces (or write spaces as %20)");
            }
        });
    }
}
