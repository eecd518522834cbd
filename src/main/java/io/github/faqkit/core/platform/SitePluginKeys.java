package io.github.faqkit.core.platform;

import io.github.faqkit.core.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Front matter keys that the site's own Ruby plugins ({@code _plugins/*.rb}) read: {@code page['tutorials']},
 * {@code doc.data["lessons"]}, {@code page.data.fetch('key')}. A build that loads that folder (plain Jekyll, a
 * workflow; GitHub Pages' safe mode loads none) gives such a key an effect no layout shows, e.g. neu-se's course
 * site syncs each module's {@code tutorials:} to Canvas. Jekyll's {@code exclude:} does not stop the folder from
 * being loaded.
 */
public final class SitePluginKeys {
    /** A string key looked up by brackets or {@code fetch}/{@code key?}/{@code dig}: the key is group 1. */
    private static final Pattern READ = Pattern.compile(
            "(?:\\[\\s*|\\.(?:fetch|key\\?|has_key\\?|include\\?|dig)\\(\\s*)[\"':]([A-Za-z_][\\w-]*)[\"']?\\s*[],)]");

    /** Ruby files larger than this are not read (no plugin of a documentation site is). */
    private static final long MAX_BYTES = 1 << 20;

    private final Set<String> keys;

    private SitePluginKeys(Set<String> keys) {
        this.keys = keys;
    }

    /** The keys the site's plugins read; empty when the build does not load {@code _plugins}. */
    public Set<String> keys() {
        return keys;
    }

    /** The plugins of {@code site}, read once. */
    public static SitePluginKeys of(Site site) {
        return site.derived(SitePluginKeys.class, s -> {
            if (s.platform() == null || s.platform().platform() == Platform.GITHUB_PAGES) {
                return new SitePluginKeys(Set.of()); // safe mode: the folder is not loaded
            }
            return new SitePluginKeys(keysIn(s.contentDirectory().resolve("_plugins")));
        });
    }

    static Set<String> keysIn(Path dir) {
        Set<String> found = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".rb"))
                    .filter(Files::isRegularFile)
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return found;
        }
        for (Path f : files) {
            try {
                if (Files.size(f) > MAX_BYTES) {
                    continue;
                }
                Matcher m = READ.matcher(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(m.group(1));
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable plugin gives no evidence
            }
        }
        return found;
    }
}
