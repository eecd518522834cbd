package io.github.faqkit.core.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Ruby files of the site's {@code _plugins} folder (and its subfolders, as Jekyll loads them), listed and read
 * once a run by the site load and handed to everything that asks what they define or read. {@code unreadable}: the
 * folder could not be listed, so it may hold anything.
 */
public record SitePluginSources(List<Source> sources, boolean unreadable) {

    /** One Ruby file; {@code text} is null when it could not be read or is larger than {@link #MAX_BYTES}. */
    public record Source(Path file, String text) {}

    /** Ruby files larger than this are not read (no plugin of a documentation site is). */
    static final long MAX_BYTES = 1 << 20;

    static final SitePluginSources NONE = new SitePluginSources(List.of(), false);

    public SitePluginSources {
        sources = List.copyOf(sources);
    }

    /** True when the folder holds a Ruby file, or could not be listed. */
    public boolean any() {
        return unreadable || !sources.isEmpty();
    }

    /** True when every file was read: the texts say all the folder defines. */
    public boolean allRead() {
        return !unreadable && sources.stream().allMatch(s -> s.text() != null);
    }

    /** The plugins of {@code site}: those its load read, or read now for a site no load made (read once). */
    public static SitePluginSources of(io.github.faqkit.core.Site site) {
        return site.derived(SitePluginSources.class, s -> read(s.contentDirectory()));
    }

    public static SitePluginSources read(Path siteRoot) {
        Path dir = siteRoot.resolve("_plugins");
        if (!Files.isDirectory(dir)) {
            return NONE;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".rb"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return new SitePluginSources(List.of(), true);
        }
        List<Source> out = new ArrayList<>();
        for (Path f : files) {
            String text;
            try {
                text = Files.size(f) > MAX_BYTES ? null : Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                text = null; // unreadable or not UTF-8: no evidence of what it does
            }
            out.add(new Source(f, text));
        }
        return new SitePluginSources(out, false);
    }
}
