package io.github.faqkit.rules.images;

import io.github.faqkit.rules.Rule;
import java.util.List;

/** Images and links, IMG001–IMG009, LNK001, LNK002 and HDR003: checked where the built site will request them. */
public final class ImageRules {
    // Public ids: users write them in the POM, -Dfaq.rules, suppression comments and baselines; never renamed.
    public static final String IMG001 = "IMG001";
    public static final String IMG002 = "IMG002";
    public static final String IMG003 = "IMG003";
    public static final String IMG004 = "IMG004";
    public static final String IMG005 = "IMG005";
    public static final String IMG006 = "IMG006";
    public static final String IMG007 = "IMG007";
    public static final String IMG008 = "IMG008";
    public static final String IMG009 = "IMG009";
    public static final String LNK001 = "LNK001";
    public static final String LNK002 = "LNK002";
    public static final String HDR003 = "HDR003";

    private ImageRules() {}

    public static List<Rule> all() {
        return List.of(
                new ImageNotFound(),
                new ImageCaseMismatch(),
                new ImageOutsideSite(),
                new ImagePreviewBroken(),
                new ImageAltMissing(),
                new ImageOrphan(),
                new ImageLiquidUnresolved(),
                new ImagePathPortability(),
                new ImageAltIsFilename(),
                new LinkTargetNotFound(),
                new LinkExternal(),
                new FragmentNotFound());
    }
}
