package io.github.faqkit.core.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gems a site's {@code Gemfile} names, read line by line (a Gemfile is Ruby, but the {@code gem "name"}
 * lines that matter here are written the same way in every site). Gems in a {@code :jekyll_plugins} group
 * are loaded by Jekyll without being listed in {@code plugins:}.
 */
public record Gemfile(Path file, Set<String> gems, Set<String> jekyllPlugins) {

    private static final Pattern GEM = Pattern.compile("^\\s*gem\\s*\\(?\\s*[\"']([^\"']+)[\"'](.*)$");
    private static final Pattern GROUP = Pattern.compile("^\\s*group\\s*\\(?(.*?)\\)?\\s*do\\b.*$");
    private static final Pattern BLOCK_START = Pattern.compile(
            "^\\s*(?:if|unless|platforms?|install_if|source)\\b.*\\bdo\\b.*$" + "|^\\s*(?:if|unless)\\b.*$");
    private static final Pattern END = Pattern.compile("^\\s*end\\b.*$");

    /** The Gemfile in {@code folder}; null when there is none or it cannot be read. */
    public static Gemfile in(Path folder) {
        if (folder == null) {
            return null;
        }
        Path file = folder.resolve("Gemfile");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    static Gemfile parse(Path file, String text) {
        Set<String> gems = new LinkedHashSet<>();
        Set<String> plugins = new LinkedHashSet<>();
        // one entry per open block: whether it is a :jekyll_plugins group
        java.util.ArrayDeque<Boolean> blocks = new java.util.ArrayDeque<>();
        for (String raw : text.split("\r?\n")) {
            String line = stripComment(raw);
            Matcher g = GEM.matcher(line);
            if (g.matches()) {
                String name = g.group(1);
                gems.add(name);
                if (blocks.contains(Boolean.TRUE) || g.group(2).contains("jekyll_plugins")) {
                    plugins.add(name);
                }
                continue;
            }
            Matcher group = GROUP.matcher(line);
            if (group.matches()) {
                blocks.push(group.group(1).contains("jekyll_plugins"));
            } else if (BLOCK_START.matcher(line).matches()) {
                blocks.push(Boolean.FALSE);
            } else if (END.matcher(line).matches() && !blocks.isEmpty()) {
                blocks.pop();
            }
        }
        return new Gemfile(file, Set.copyOf(gems), Set.copyOf(plugins));
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        if (hash < 0) {
            return line;
        }
        // a '#' inside quotes (rare in Gemfiles) is kept: only a '#' outside quotes starts a comment
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '#' && !single && !dbl) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    public boolean has(String gem) {
        return gems.contains(gem);
    }
}
