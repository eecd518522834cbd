package io.github.faqkit.core.platform;

import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.ThemeVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The includes the site's just-the-docs release brings: Jekyll looks an include up in the site's
 * {@code _includes}, then in the theme's, and stops the build when neither has it. A site that keeps its own copy of
 * an old release's layout while the theme moved on (its {@code default.html} includes {@code nav.html}, which the
 * releases from 0.7.0 on no longer ship) builds nothing. Read from {@code theme-includes.tsv}
 * ({@code scripts/theme-files/generate.sh}: every include of every release).
 */
public final class ThemeIncludes {
    /** Where the theme, or its release, is not known: every include may be the theme's. */
    public static final ThemeIncludes UNKNOWN = new ThemeIncludes(null, Map.of(), Set.of());

    private static final class Shipped {
        static final ThemeIncludes TABLE = load();
    }

    private final ThemeVersions.Span span;
    private final Map<String, List<ThemeVersion>> releasesByName;
    private final Set<ThemeVersion> releases;

    private ThemeIncludes(
            ThemeVersions.Span span, Map<String, List<ThemeVersion>> releasesByName, Set<ThemeVersion> releases) {
        this.span = span;
        this.releasesByName = releasesByName;
        this.releases = releases;
    }

    /**
     * The includes of the just-the-docs the site builds with: known when {@code _config.yml} names just-the-docs
     * ({@code theme} or {@code remote_theme}) and the site says which releases the build may install.
     */
    public static ThemeIncludes of(SiteConfig config, ThemeVersions.Found theme) {
        if (theme == null || theme.span() == null || OtherTheme.of(config) != null) {
            return UNKNOWN;
        }
        boolean named = SiteConfigText.scalar(config.raw(), "remote_theme") != null
                || SiteConfigText.scalar(config.raw(), "theme") != null;
        ThemeIncludes table = Shipped.TABLE;
        ThemeVersions.Span span = theme.span();
        if (!named || !span.orNewer() && !table.releases.contains(span.earliest())) {
            return UNKNOWN; // no theme in the build, or a release this plugin has no list of
        }
        return new ThemeIncludes(span, table.releasesByName, table.releases);
    }

    /**
     * True when no release the build may install has {@code _includes/name}. Where the build may take a release newer
     * than the ones recorded (a Gemfile requirement, a remote theme's default branch), only an include that the
     * releases stopped shipping before the earliest of them counts: a name no release has may come with a newer one.
     */
    public boolean lacks(String name) {
        if (span == null) {
            return false;
        }
        List<ThemeVersion> shipping = releasesByName.get(name);
        if (span.orNewer()) {
            return shipping != null && shipping.stream().allMatch(v -> v.compareTo(span.earliest()) < 0);
        }
        return shipping == null || !shipping.contains(span.earliest());
    }

    /** The releases the build may install, as a writer reads them ("0.12.0", "0.10.1 or newer"). */
    public String releases() {
        return span == null ? "" : span.earliest() + (span.orNewer() ? " or newer" : "");
    }

    private static ThemeIncludes load() {
        Map<String, List<ThemeVersion>> table = new HashMap<>();
        Set<ThemeVersion> all = new TreeSet<>();
        try (InputStream in = ThemeIncludes.class.getResourceAsStream("theme-includes.tsv")) {
            if (in == null) {
                return UNKNOWN;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                List<ThemeVersion> shipping = new ArrayList<>();
                for (String v : f[1].split(",")) {
                    shipping.add(ThemeVersion.parse(v));
                }
                all.addAll(shipping);
                table.put(f[0], List.copyOf(shipping));
            }
        } catch (IOException e) {
            return UNKNOWN;
        }
        return new ThemeIncludes(null, table, all);
    }
}
