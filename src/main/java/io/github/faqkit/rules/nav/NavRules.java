package io.github.faqkit.rules.nav;

import io.github.faqkit.rules.Rule;
import java.util.List;

/** The navigation family, NAV001–NAV009: what just-the-docs does with titles, parents and orders. */
public final class NavRules {
    // Public ids: users write them in the POM, -Dfaq.rules, suppression comments and baselines; never renamed.
    public static final String NAV001 = "NAV001";
    public static final String NAV002 = "NAV002";
    public static final String NAV003 = "NAV003";
    public static final String NAV004 = "NAV004";
    public static final String NAV005 = "NAV005";
    public static final String NAV006 = "NAV006";
    public static final String NAV007 = "NAV007";
    public static final String NAV008 = "NAV008";
    public static final String NAV009 = "NAV009";

    private NavRules() {}

    public static List<Rule> all() {
        return List.of(
                new ParentNotFound(),
                new ParentAmbiguous(),
                new AncestryMismatch(),
                new UrlCollision(),
                new NavOrderTie(),
                new TitleConflict(),
                new LegacyNav(),
                new ChildrenHidden(),
                new ParentIsSelf());
    }
}
