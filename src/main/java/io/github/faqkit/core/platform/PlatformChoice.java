package io.github.faqkit.core.platform;

import java.util.Set;

/**
 * The platform a site is checked for, the plugins that run on it, why it was chosen, and the baseurl the
 * platform gives a site whose {@code _config.yml} sets none ({@code implicitBaseurl}, null when it gives none
 * or it cannot be known; {@code baseurlNote} then says what is missing).
 */
public record PlatformChoice(Platform platform, Set<String> plugins, String reason, String implicitBaseurl,
        String baseurlNote) {

    public PlatformChoice {
        plugins = Set.copyOf(plugins);
    }

    /** Plain Jekyll with the given plugins (tests, and sites that say nothing about their build). */
    public static PlatformChoice jekyll(Set<String> plugins, String reason) {
        return new PlatformChoice(Platform.JEKYLL, plugins, reason, null, null);
    }

    /** What the plugin assumed before platforms were modelled: plain Jekyll with jekyll-relative-links. */
    public static final PlatformChoice LEGACY = jekyll(Set.of(PagesPlugins.RELATIVE_LINKS), "not detected");

    public boolean runs(String plugin) {
        return plugins.contains(plugin);
    }

    /** The one console line that says which platform was chosen and why. */
    public String consoleLine() {
        StringBuilder sb = new StringBuilder("faq platform: ").append(platform).append(" (").append(reason).append(')');
        if (implicitBaseurl != null) {
            sb.append("; served under baseurl '").append(implicitBaseurl).append('\'');
        }
        if (baseurlNote != null) {
            sb.append("; ").append(baseurlNote);
        }
        return sb.toString();
    }
}
