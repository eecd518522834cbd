package io.github.faqkit.rules.config;

import io.github.faqkit.rules.Rule;
import java.util.List;

/** The configuration family: what {@code _config.yml} makes Jekyll do with the site as a whole. */
public final class ConfigRules {
    // Public ids: users write them in the POM, -Dfaq.rules, suppression comments and baselines; never renamed.
    public static final String CFG001 = "CFG001";

    private ConfigRules() {}

    public static List<Rule> all() {
        return List.of(new BuildFilesPublished());
    }
}
