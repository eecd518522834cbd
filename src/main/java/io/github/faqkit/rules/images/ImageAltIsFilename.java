package io.github.faqkit.rules.images;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.platform.SpaceshipMedia;
import io.github.faqkit.core.refs.Resolver;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** IMG009: alt text equal to the file name (the editor's default). */
public final class ImageAltIsFilename extends Rule {
    public ImageAltIsFilename() {
        super(
                ImageRules.IMG009,
                "image-alt-is-filename",
                Severity.INFO,
                "Alt text equal to the file name (editor default, useless to readers).");
    }

    @Override
    public boolean checksShownBody() {
        return true;
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        Refs.images(page, site, (ref, r) -> {
            if (ref.alt() == null || ref.alt().isBlank() || SpaceshipMedia.embeds(site, ref.target())) {
                return;
            }
            String path = Resolver.decode(ref.path());
            String name = path.substring(path.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            String alt = ref.alt().strip();
            if (alt.equalsIgnoreCase(name) || alt.equalsIgnoreCase(stem)) {
                out.report(
                        page,
                        ref.line(),
                        ref.column(),
                        "the alt text '" + alt + "' is just the file name "
                                + "(an editor's default): screen readers and search learn nothing from it",
                        "describe what the image shows");
            }
        });
    }
}
