package io.github.faqkit.rules.kramdown;

import io.github.faqkit.rules.Rule;
import java.util.List;

/**
 * The kramdown family, IAL001–IAL002, TOC001–TOC004, HDR001, HDR002, HDR004, SRC002: what kramdown (Jekyll's
 * GFM input) does with attribute lines, TOC markers and heading ids, and where it stops. HDR003 (fragment links) lives with
 * the link rules and reads the same {@code Page#kramdown()} model.
 */
public final class KramdownRules {
    // Public ids: users write them in the POM, -Dfaq.rules, suppression comments and baselines; never renamed.
    public static final String IAL001 = "IAL001";
    public static final String IAL002 = "IAL002";
    public static final String TOC001 = "TOC001";
    public static final String TOC002 = "TOC002";
    public static final String TOC003 = "TOC003";
    public static final String TOC004 = "TOC004";
    public static final String HDR001 = "HDR001";
    public static final String HDR002 = "HDR002";
    public static final String HDR004 = "HDR004";
    public static final String SRC002 = "SRC002";

    private KramdownRules() {}

    public static List<Rule> all() {
        return List.of(
                new IalDetached(),
                new IalDropped(),
                new TocMarkerBroken(),
                new TocMarkerRepeated(),
                new TocEmpty(),
                new TocConvention(),
                new HeadingIdEmpty(),
                new HeadingIdDuplicate(),
                new HeadingNoSpace(),
                new NestingTooDeep());
    }
}
