package io.github.faqkit.core;

import com.fasterxml.jackson.databind.JsonNode;

/** Site configurations from a parsed tree, for tests in other packages; main code reads {@code _config.yml}. */
public final class TestConfigs {
    private TestConfigs() {}

    public static SiteConfig of(JsonNode raw) {
        return SiteConfig.of(raw);
    }
}
