package io.github.faqkit.rules.nav;

import io.github.faqkit.rules.Rule;
import java.util.List;

/** The navigation family, NAV001–NAV009: what just-the-docs does with titles, parents and orders. */
public final class NavRules {
    private NavRules() {
    }

    public static List<Rule> all() {
        return List.of(new ParentNotFound(), new ParentAmbiguous(), new AncestryMismatch(), new UrlCollision(),
                new NavOrderTie(), new TitleConflict(), new LegacyNav(), new ChildrenHidden(), new ParentIsSelf());
    }
}
