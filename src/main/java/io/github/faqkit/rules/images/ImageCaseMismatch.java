package io.github.faqkit.rules.images;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.refs.Reference;
import io.github.faqkit.core.refs.Resolution;
import io.github.faqkit.core.refs.Resolver;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** IMG002: the image exists only with other letter case: fine on macOS/Windows, 404 on Linux hosting. */
public final class ImageCaseMismatch extends Rule {
    public ImageCaseMismatch() {
        super(ImageRules.IMG002, "image-case-mismatch", Severity.ERROR,
                "The image exists only with different letter case: fine on macOS/Windows, 404 on Linux hosting.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        Refs.images(page, site, (ref, r) -> {
            if (r.web() == Resolution.Status.CASE_MISMATCH && r.file() != null) {
                out.report(page, ref.line(), ref.column(), "'" + ref.target() + "' differs in letter case from the file "
                        + r.file() + ": it shows on macOS and Windows, but Linux hosting (GitHub Pages) answers 404",
                        "write the name exactly as the file is named: '" + Refs.relativeFix(page, site, r.file())
                                + "', or rename the file");
            }
        });
    }
}
