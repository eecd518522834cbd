package io.github.faqkit.core.platform;

import io.github.faqkit.core.TemplateTexts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Follows a layout's chain as Jekyll does (the page's {@code layout}, that layout's own {@code layout:}, and so on,
 * a layout of the site's {@code _layouts} replacing the theme's of the same name) and the includes each layout of the
 * site pulls in (the site's {@code _includes} replacing the theme's), asking of each template whether it has what a
 * caller looks for. Each layout and include is decided once; a chain or include that loops back, or goes deeper than
 * {@value #MAX_DEPTH}, is not followed again. The subclass says what counts, how a layout and the one it names
 * combine, and what the theme's files do.
 */
abstract class LayoutChains {
    /** Whether a chain has what is looked for. */
    enum Verdict {
        FOUND,
        NOT_FOUND,
        UNKNOWN
    }

    private static final int MAX_DEPTH = 24;

    private final Path root;
    private final TemplateTexts texts;
    private final Map<String, Verdict> layouts = new HashMap<>();
    private final Map<String, Verdict> includes = new HashMap<>();

    LayoutChains(Path root, TemplateTexts texts) {
        this.root = root;
        this.texts = texts;
    }

    /**
     * The verdict of a layout's own template that leaves the decision to the layout it names: FOUND where every
     * layout of the chain must have it (the body reaches the page only if each one writes it), NOT_FOUND where one
     * is enough.
     */
    abstract Verdict parentDecidesOn();

    /** The verdict for a layout that no file of the site's {@code _layouts} holds (the theme's, or no one's). */
    abstract Verdict themeLayout(String name, int depth);

    /** The verdict for an include that no file of the site's {@code _includes} holds (the theme's, or no one's). */
    abstract Verdict themeInclude(String name);

    /** The verdict for layout {@code name} before any file is read (e.g. {@code none}), or null. */
    Verdict byLayoutName(String name) {
        return null;
    }

    /** The verdict for include {@code name} before any file is read (a theme include that has it), or null. */
    Verdict byIncludeName(String name) {
        return null;
    }

    /** The verdict a template's own text gives, whatever it includes, or null to follow its includes. */
    Verdict byText(String text) {
        return null;
    }

    /** The verdict for layout {@code name}, {@code depth} layouts down a chain. */
    final Verdict layout(String name, int depth) {
        Verdict named = byLayoutName(name);
        if (named != null) {
            return named;
        }
        Verdict known = layouts.get(name);
        if (known != null) {
            return known;
        }
        if (depth > MAX_DEPTH) {
            return Verdict.UNKNOWN;
        }
        layouts.put(name, Verdict.UNKNOWN); // a chain that loops back is not followed twice
        Verdict v = resolve(name, depth);
        layouts.put(name, v);
        return v;
    }

    private Verdict resolve(String name, int depth) {
        Path file = LayoutFiles.find(root.resolve("_layouts"), name);
        if (file == null) {
            return themeLayout(name, depth);
        }
        LayoutFiles.Layout parsed;
        try {
            parsed = LayoutFiles.parse(texts.read(file));
        } catch (IOException | java.io.UncheckedIOException e) {
            return Verdict.UNKNOWN;
        }
        Verdict own = template(parsed.body(), depth, new HashSet<>());
        if (own != parentDecidesOn()
                || parsed.parent() == null
                || parsed.parent().isEmpty()) {
            return own;
        }
        return layout(parsed.parent(), depth + 1);
    }

    /** FOUND when the template or an include it pulls in has it, UNKNOWN when one cannot be followed. */
    private Verdict template(String text, int depth, Set<String> visiting) {
        Verdict own = byText(text);
        if (own != null) {
            return own;
        }
        Verdict out = Verdict.NOT_FOUND;
        Matcher m = LayoutFiles.INCLUDE.matcher(text);
        while (m.find()) {
            Verdict v = include(m.group(1), depth, visiting);
            if (v == Verdict.FOUND) {
                return v;
            }
            if (v == Verdict.UNKNOWN) {
                out = v;
            }
        }
        return out;
    }

    private Verdict include(String name, int depth, Set<String> visiting) {
        if (name.contains("{{") || name.contains("{%")) {
            return Verdict.UNKNOWN;
        }
        Verdict named = byIncludeName(name);
        if (named != null) {
            return named;
        }
        Verdict known = includes.get(name);
        if (known != null) {
            return known;
        }
        if (!visiting.add(name) || depth > MAX_DEPTH) {
            return Verdict.NOT_FOUND; // already being read higher up: what it holds is counted there
        }
        Path file = LayoutFiles.include(root, name);
        Verdict v;
        if (file == null) {
            v = themeInclude(name);
        } else {
            try {
                v = template(texts.read(file), depth + 1, visiting);
            } catch (IOException | java.io.UncheckedIOException e) {
                v = Verdict.UNKNOWN;
            }
        }
        visiting.remove(name);
        includes.put(name, v);
        return v;
    }
}
