package io.github.faqkit.core.platform;

import com.fasterxml.jackson.databind.JsonNode;

/** Scalar settings of {@code _config.yml} as text. */
final class SiteConfigText {
    private SiteConfigText() {}

    /** The value of {@code key} when it is a non-empty scalar; null otherwise. */
    static String scalar(JsonNode raw, String key) {
        JsonNode n = raw.get(key);
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        String s = n.asText().trim();
        return s.isEmpty() ? null : s;
    }
}
