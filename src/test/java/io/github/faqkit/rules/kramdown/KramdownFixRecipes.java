package io.github.faqkit.rules.kramdown;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.fix.FixRecipe;

/**
 * For fix tests in other packages: the repair HDR004, IAL001 or TOC001 attaches to a finding at a file
 * line, also where the rule itself would not report (a proper heading, an indented marker, the second
 * line of a marker), to show what the repair does with such text.
 */
public final class KramdownFixRecipes {
    private KramdownFixRecipes() {}

    public static FixRecipe at(String ruleId, Page page, int line) {
        return switch (ruleId) {
            case "HDR004" -> HeadingNoSpace.fixAt(line);
            case "IAL001" -> IalDetached.fixAt(page, line);
            case "TOC001" -> TocMarkerBroken.fixAt(line);
            default -> throw new IllegalArgumentException("no position-only repair for " + ruleId);
        };
    }
}
