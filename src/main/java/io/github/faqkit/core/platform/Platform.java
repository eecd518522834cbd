package io.github.faqkit.core.platform;

import java.util.Locale;

/** Who builds the site: GitHub Pages (its fixed plugin set) or Jekyll with the site's own Gemfile. */
public enum Platform {
    GITHUB_PAGES("github-pages"),
    JEKYLL("jekyll");

    private final String setting;

    Platform(String setting) {
        this.setting = setting;
    }

    /** The name writers know: GitHub Pages, Jekyll. */
    public String displayName() {
        return this == GITHUB_PAGES ? "GitHub Pages" : "Jekyll";
    }

    /** The value of {@code faq.platform} that selects this platform. */
    public String setting() {
        return setting;
    }

    /**
     * The platform {@code faq.platform} names; null for {@code auto} (or nothing): decide from the site's files.
     *
     * @throws IllegalArgumentException for any other value
     */
    public static Platform parseSetting(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.equals("auto")) {
            return null;
        }
        for (Platform p : values()) {
            if (p.setting.equals(s) || p.name().toLowerCase(Locale.ROOT).equals(s)) {
                return p;
            }
        }
        throw new IllegalArgumentException("faq.platform must be auto, github-pages or jekyll, not '" + text + "'");
    }

    @Override
    public String toString() {
        return setting;
    }
}
