package io.github.faqkit.core.platform;

import io.github.faqkit.core.SiteConfig;
import java.util.Locale;

/**
 * A theme other than just-the-docs named by {@code _config.yml}: a fork under another name
 * ({@code remote_theme: someone/JTD-fork}) or another gem ({@code theme: minima}). Its layouts and includes
 * are not in the site folder, so what they read from a page cannot be known here.
 */
public final class OtherTheme {
    private static final String GEM = "just-the-docs";

    private OtherTheme() {}

    /**
     * The setting that names another theme ({@code "remote_theme: someone/fork"}), or null when the site
     * names just-the-docs (any owner's repository called just-the-docs, at any ref) or no theme at all.
     * {@code remote_theme} wins over {@code theme}, as jekyll-remote-theme replaces the gem theme.
     */
    public static String of(SiteConfig config) {
        String remote = SiteConfigText.scalar(config.raw(), "remote_theme");
        if (remote != null) {
            return GEM.equals(repositoryName(remote)) ? null : "remote_theme: " + remote;
        }
        String gem = SiteConfigText.scalar(config.raw(), "theme");
        if (gem != null) {
            return GEM.equals(gem.toLowerCase(Locale.ROOT)) ? null : "theme: " + gem;
        }
        return null;
    }

    /** {@code owner/name@ref} (or a GitHub URL) → {@code name}, lower case, without {@code .git}. */
    static String repositoryName(String remote) {
        String s = remote.trim();
        int at = s.indexOf('@');
        if (at >= 0) {
            s = s.substring(0, at);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        s = s.substring(s.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return s.endsWith(".git") ? s.substring(0, s.length() - 4) : s;
    }
}
