package io.github.faqkit.core.liquid;

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
 * The Liquid tags the site's own {@code _plugins} register by a written name
 * ({@code Liquid::Template.register_tag("api_host", …)}): tags that exist only for this site's build, so a page that
 * writes one uses it, whatever it stands in.
 */
final class SitePluginTags {
    private static final Pattern REGISTER = Pattern.compile("register_tag[\\s(]*[\"':]([A-Za-z_][\\w-]*)[\"']?\\s*,");

    private SitePluginTags() {}

    /** The names registered under {@code siteRoot/_plugins}; empty when none or the folder cannot be read. */
    static Set<String> of(Path siteRoot) {
        Path dir = siteRoot.resolve("_plugins");
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        Set<String> out = new TreeSet<>();
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> files = s.filter(f -> f.getFileName().toString().endsWith(".rb"))
                    .filter(Files::isRegularFile)
                    .toList();
            for (Path f : files) {
                if (Files.size(f) > (1 << 20)) {
                    continue;
                }
                Matcher m = REGISTER.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Set.copyOf(out); // what was read; an unread file names no tag here
        }
        return Set.copyOf(out);
    }
}
