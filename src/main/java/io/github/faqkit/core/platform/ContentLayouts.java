package io.github.faqkit.core.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.SiteConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a page's body reaches its built file. Jekyll renders the body, hands it to the page's layout as
 * {@code content}, hands that layout's output to the layout it names as {@code content} in turn, and writes what
 * the outermost layout makes. A layout of the site that never reads {@code content} (a home page template that
 * builds everything from includes and {@code site} keys) writes none of the body: whatever the body's images,
 * links, headings or attribute lines do, readers never see it.
 *
 * <p>Only a layout of the site's own {@code _layouts} can drop the body (also for the theme's {@code page},
 * {@code home}, {@code post} and {@code about}, which sit in {@code default}), and only when nothing of its template
 * can read {@code content}: no Liquid in it or in the site's includes it pulls in names {@code content} (also
 * {@code page.content}, or as an include's parameter), no include is named by a variable or relative to the
 * layout, and every include it names is the site's or one of just-the-docs (whose includes read the body only
 * from a parameter). A page without {@code layout}, a layout of the theme or of no one, another theme, or
 * {@code layouts_dir}/{@code includes_dir} elsewhere: the body is taken to be shown.
 */
public final class ContentLayouts {
    /** Where nothing was read: every body shown. */
    public static final ContentLayouts UNKNOWN = new ContentLayouts(null, true, true);

    /** What a layout chain does with the body. */
    private enum Verdict {
        SHOWN,
        DROPPED,
        UNKNOWN
    }

    /** {@code content} as a Liquid name: not {@code content_}, {@code my-content} or {@code contents}. */
    private static final Pattern CONTENT = Pattern.compile("(?<![\\w-])content(?![\\w-])");

    /** Liquid markup: an output or a tag, across lines. */
    private static final Pattern LIQUID = Pattern.compile("\\{\\{.*?\\}\\}|\\{%.*?%\\}", Pattern.DOTALL);

    /** Tags that pull in files this class does not follow. */
    private static final Pattern UNFOLLOWED = Pattern.compile("\\{%-?\\s*include_relative\\b");

    /**
     * just-the-docs' layouts that write {@code content} into {@code default} (every version from 0.2): a site that
     * replaces {@code default} decides for them too.
     */
    private static final Set<String> THEME_INTO_DEFAULT = Set.of("page", "home", "post", "about");

    private static final String DEFAULT = "default";
    private static final String NO_LAYOUT = "none";
    private static final int MAX_DEPTH = 24;

    private final Path root;
    private final boolean otherTheme;
    private final boolean unknown;
    private final Map<String, Verdict> layouts = new HashMap<>();
    private final Map<String, Verdict> includes = new HashMap<>();

    private ContentLayouts(Path root, boolean otherTheme, boolean unknown) {
        this.root = root;
        this.otherTheme = otherTheme;
        this.unknown = unknown;
    }

    /** The layouts of the site in {@code root}. */
    public static ContentLayouts of(Path root, SiteConfig config) {
        boolean moved = config.raw().has("layouts_dir") || config.raw().has("includes_dir");
        return new ContentLayouts(root, OtherTheme.of(config) != null, moved);
    }

    /** True when the page's layout chain provably writes nothing of its body. */
    public synchronized boolean dropsBody(Page page) {
        if (unknown) {
            return false;
        }
        JsonNode layout = page.data().get("layout");
        return layout != null && layout.isTextual() && layout(layout.asText(), 0) == Verdict.DROPPED;
    }

    private Verdict layout(String name, int depth) {
        if (NO_LAYOUT.equals(name) || name.isEmpty()) {
            return Verdict.SHOWN; // Jekyll writes the content alone
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
            if (!otherTheme && THEME_INTO_DEFAULT.contains(name)) {
                return layout(DEFAULT, depth + 1);
            }
            return Verdict.UNKNOWN; // the theme's own default or minimal, another theme's layout, or no one's
        }
        LayoutFiles.Layout parsed;
        try {
            parsed = LayoutFiles.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | java.io.UncheckedIOException e) {
            return Verdict.UNKNOWN;
        }
        Verdict own = template(parsed.body(), depth, new HashSet<>());
        if (own != Verdict.SHOWN || parsed.parent() == null) {
            return own;
        }
        return layout(parsed.parent(), depth + 1);
    }

    /** SHOWN when the template (with its includes) can read {@code content}, UNKNOWN when it cannot be followed. */
    private Verdict template(String text, int depth, Set<String> visiting) {
        if (UNFOLLOWED.matcher(text).find()) {
            return Verdict.UNKNOWN;
        }
        Matcher liquid = LIQUID.matcher(text);
        while (liquid.find()) {
            if (CONTENT.matcher(liquid.group()).find()) {
                return Verdict.SHOWN;
            }
        }
        Verdict out = Verdict.DROPPED;
        Matcher m = LayoutFiles.INCLUDE.matcher(text);
        while (m.find()) {
            Verdict v = include(m.group(1), depth, visiting);
            if (v == Verdict.SHOWN) {
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
        Verdict known = includes.get(name);
        if (known != null) {
            return known;
        }
        if (!visiting.add(name) || depth > MAX_DEPTH) {
            return Verdict.DROPPED; // already being read higher up: what it holds is counted there
        }
        Path file = LayoutFiles.include(root, name);
        Verdict v;
        if (file == null) {
            // just-the-docs' includes read the body only from a parameter, which the caller's tag names
            v = otherTheme ? Verdict.UNKNOWN : Verdict.DROPPED;
        } else {
            try {
                v = template(Files.readString(file, StandardCharsets.UTF_8), depth + 1, visiting);
            } catch (IOException | java.io.UncheckedIOException e) {
                v = Verdict.UNKNOWN;
            }
        }
        visiting.remove(name);
        includes.put(name, v);
        return v;
    }
}
