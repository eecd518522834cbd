package io.github.faqkit.rules.images;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
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

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        Refs.images(page, site, (ref, r) -> {
            // Liquid starts with '{': most paths have none and need no regular expression.
            String p = ref.path().indexOf('{') < 0
                    ? ref.path()
                    : LIQUID.matcher(ref.path()).replaceAll("");
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
