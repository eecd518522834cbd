package io.github.faqkit.rules.images;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.platform.SpaceshipMedia;
import io.github.faqkit.core.refs.Reference;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** IMG005: an image without alternative text. */
public final class ImageAltMissing extends Rule {
    public ImageAltMissing() {
        super(
                ImageRules.IMG005,
                "image-alt-missing",
                Severity.WARNING,
                "<img> without alt, or ![](…) with empty alt (an explicit alt=\"\" on <img> is decorative and fine).");
    }

    @Override
    public boolean checksShownBody() {
        return true;
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (!page.rendered()) {
            return;
        }
        for (Reference ref : page.references()) {
            if (ref.kind() != Reference.Kind.IMAGE) {
                continue;
            }
            if (SpaceshipMedia.embeds(site, ref.target())) {
                // jekyll-spaceship puts a video or audio player there: no image, no alt text to miss
                continue;
            }
            if (ref.html() && ref.alt() == null) {
                out.report(
                        page,
                        ref.line(),
                        ref.column(),
                        "<img src=\"" + ref.target() + "\"> has no alt attribute: "
                                + "screen readers read the file name, and search has nothing to index",
                        "add alt=\"what the image shows\" (or alt=\"\" if it is purely decorative)");
            } else if (!ref.html() && ref.alt() != null && ref.alt().isBlank()) {
                out.report(
                        page,
                        ref.line(),
                        ref.column(),
                        "![](" + ref.target() + ") has an empty alt text",
                        "describe the image between the brackets: ![what it shows](" + ref.target() + ")");
            }
        }
    }
}
