package io.github.faqkit.rules.images;

import io.github.faqkit.rules.Rule;
import java.util.List;

/** Images and links, IMG001–IMG009, LNK001, LNK002 and HDR003: checked where the built site will request them. */
public final class ImageRules {
    private ImageRules() {
    }

    public static List<Rule> all() {
        return List.of(new ImageNotFound(), new ImageCaseMismatch(), new ImageOutsideSite(), new ImagePreviewBroken(),
                new ImageAltMissing(), new ImageOrphan(), new ImageLiquidUnresolved(), new ImagePathPortability(),
                new ImageAltIsFilename(), new LinkTargetNotFound(), new LinkExternal(), new FragmentNotFound());
    }
}
