package io.github.faqkit.rules.kramdown;

import io.github.faqkit.rules.Rule;
import java.util.List;

/**
 * The kramdown family, IAL001–IAL002, TOC001–TOC004, HDR001, HDR002, HDR004: what kramdown (Jekyll's
 * GFM input) does with attribute lines, TOC markers and heading ids. HDR003 (fragment links) lives with
 * the link rules and reads the same {@code Page#kramdown()} model.
 */
public final class KramdownRules {
    private KramdownRules() {
    }

    public static List<Rule> all() {
        return List.of(new IalDetached(), new IalDropped(), new TocMarkerBroken(), new TocMarkerRepeated(),
                new TocEmpty(), new TocConvention(), new HeadingIdEmpty(), new HeadingIdDuplicate(),
                new HeadingNoSpace());
    }
}
