package io.github.faqkit.rules.images;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.refs.Resolution;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** IMG004: the image resolves on the site but not from the source file (previews show it broken). */
public final class ImagePreviewBroken extends Rule {
    public ImagePreviewBroken() {
        super(
                ImageRules.IMG004,
                "image-preview-broken",
                Severity.WARNING,
                "The image resolves on the site but not from the source file (editor and repository previews show it broken).");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        Refs.images(page, site, (ref, r) -> {
            if (r.web() == Resolution.Status.FOUND && r.source() != null && r.source() != Resolution.Status.FOUND) {
                String where = r.source() == Resolution.Status.OUTSIDE
                        ? "climbs out of the site folder"
                        : "names no file (" + r.sourceFile() + ")";
                out.report(
                        page,
                        ref.line(),
                        ref.column(),
                        "'" + ref.target() + "' works on the site, but from the " + "source file " + page.path()
                                + " it " + where + ": editors and GitHub show a broken image",
                        Refs.whyDepthDiffers(page, site) + "; give the page a permalink at its source folder's depth, "
                                + "so one relative path works in both places");
            }
        });
    }
}
