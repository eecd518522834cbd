package io.github.faqkit.rules;

import io.github.faqkit.rules.config.ConfigRules;
import io.github.faqkit.rules.frontmatter.FrontMatterRules;
import io.github.faqkit.rules.images.ImageRules;
import io.github.faqkit.rules.kramdown.KramdownRules;
import io.github.faqkit.rules.liquid.LiquidRules;
import io.github.faqkit.rules.nav.NavRules;
import io.github.faqkit.rules.suppress.SuppressionRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every rule of the plugin, in catalog order. Each family registers its rules in its own class. */
public final class RuleCatalog {
    private static final List<Rule> ALL;

    static {
        List<Rule> all = new ArrayList<>();
        all.addAll(FrontMatterRules.all());
        all.addAll(NavRules.all());
        all.addAll(KramdownRules.all());
        all.addAll(ImageRules.all());
        all.addAll(LiquidRules.all());
        all.addAll(ConfigRules.all());
        all.addAll(SuppressionRules.all());
        ALL = Collections.unmodifiableList(all);
    }

    private RuleCatalog() {}

    public static List<Rule> all() {
        return ALL;
    }

    public static Map<String, Rule> byId() {
        Map<String, Rule> m = new LinkedHashMap<>();
        for (Rule r : ALL) {
            m.put(r.id(), r);
        }
        return m;
    }
}
