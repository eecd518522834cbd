package io.github.faqkit.rules.images;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.refs.Liquid;
import io.github.faqkit.core.refs.Reference;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** IMG007: Liquid in an image path that cannot be evaluated from the source. */
public final class ImageLiquidUnresolved extends Rule {
    public ImageLiquidUnresolved() {
        super(
                ImageRules.IMG007,
                "image-liquid-unresolved",
                Severity.WARNING,
                "Liquid in an image path that cannot be evaluated, so the image cannot be checked.");
    }

    @Override
    public boolean checksShownBody() {
        return true;
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (page.liquid().rendered()) {
            renderedPage(page, out);
            return;
        }
        Refs.images(page, site, (ref, r) -> {
            if (r.liquid() != null
                    && r.liquid().problem() != null
                    && !Liquid.fromLoopVariable(ref.target(), page.loopVariables())) {
                out.report(
                        page,
                        ref.line(),
                        ref.column(),
                        "the image path '" + ref.target() + "' uses Liquid that " + "only Jekyll knows: "
                                + r.liquid().problem() + ", so the image cannot be checked",
                        "use {{ site.baseurl }}, {{ \"/path\" | relative_url }}, absolute_url or "
                                // Jekyll 3's {% link %} gives the URL without the baseurl
                                + (site.config().jekyllMajor() >= 4 ? "" : "{{ site.baseurl }}")
                                + "{% link path %}, or a plain relative path");
            }
        });
    }

    /** A page whose Liquid was rendered: image paths that came out empty or from a plugin. */
    private static void renderedPage(Page page, Reporter out) {
        if (!page.rendered()) {
            return;
        }
        for (Reference ref : page.references()) {
            if (ref.kind() != Reference.Kind.IMAGE) {
                continue;
            }
            if (ref.target().isBlank() && !page.liquid().opaque()) {
                out.report(
                        page,
                        ref.line(),
                        ref.column(),
                        "the image path is empty once Jekyll has rendered the "
                                + "Liquid on this line (the value it uses is not set for this page), so the image is broken",
                        "set the value in the front matter or _data, or write the path itself");
            } else if (ref.target().indexOf(io.github.faqkit.core.liquid.LiquidText.OPAQUE) >= 0) {
                out.report(
                        page,
                        ref.line(),
                        ref.column(),
                        "the image path comes from a tag, a filter, or a site or page value that only "
                                + "Jekyll's plugins provide, so the image cannot be checked",
                        "check this image on the built site");
            }
        }
    }
}
