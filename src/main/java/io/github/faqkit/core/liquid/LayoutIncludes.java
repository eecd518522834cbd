package io.github.faqkit.core.liquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.faqkit.core.FrontMatter;
import io.github.faqkit.core.FrontMatterParser;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.SiteConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Includes that the site's own layouts reach and that neither the site's {@code _includes} nor its theme has. Jekyll
 * renders a page's layouts after its body, and an include it cannot find stops the build: a site that keeps a copy of
 * an old release's {@code default.html} (with {@code {% include nav.html %}}) while its remote theme or gem moved on
 * publishes nothing. Each layout of the site that a page uses is rendered for up to {@link #PAGES_PER_LAYOUT} of its
 * pages; an include counts only where the render certainly reaches it ({@link Doubt}). Only layouts that name an
 * include the site lacks, or name one by a variable, are rendered.
 */
public final class LayoutIncludes {
    /**
     * An include a layout reaches that no folder has.
     *
     * @param layout the layout's path in the site ({@code _layouts/default.html})
     * @param line the line of the layout file
     * @param include the include's name, as written
     * @param via the chain of includes that leads to it ({@code nav.html}, or {@code a.html → nav.html})
     * @param page a page whose build stops there
     */
    public record Missing(String layout, int line, int column, String include, String via, String page) {}

    /**
     * A tag Liquid 4 does not know ({@link Liquid4Tags}) in a layout a page uses, or in an include the layout
     * certainly reaches: Liquid 4 parses a layout (an untaken branch too) when it first renders it, and an include when
     * it renders it, so the build stops for that page.
     *
     * @param line the line of the layout file (of its include tag when the stop is in an include)
     * @param tag the tag ({@code render}, {@code echo}, {@code liquid}, {@code #})
     * @param detail what the build does, as the writer reads it
     * @param page a page whose build stops there
     */
    public record Stop(String layout, int line, int column, String tag, String detail, String page) {}

    /** No layout reaches a missing include (or nothing was looked at). */
    public static final LayoutIncludes NONE = new LayoutIncludes(List.of(), List.of(), "");

    private final List<Missing> missing;
    private final List<Stop> stops;
    private final String theme;

    private LayoutIncludes(List<Missing> missing, List<Stop> stops, String theme) {
        this.missing = missing;
        this.stops = stops;
        this.theme = theme;
    }

    /** The Liquid 5 tags that stop the build where a page's layouts reach them, one per layout. */
    public List<Stop> stops() {
        return stops;
    }

    /** The theme whose includes were looked in, as a writer reads it ("just-the-docs 0.10.1 or newer"); "": none. */
    public String theme() {
        return theme;
    }

    /** The includes missing where layouts reach them, one per layout line and column. */
    public List<Missing> missing() {
        return missing;
    }

    static final int PAGES_PER_LAYOUT = 5;

    private static final Pattern INCLUDE = Pattern.compile("\\{%-?\\s*include\\s+(\\S+)");

    /** An include tag of a layout: its name, its parameters, its close. */
    private static final Pattern INCLUDE_TAG =
            Pattern.compile("(\\{%-?\\s*include\\s+)([\\w./-]+)((?:[^%]|%(?!\\}))*?)(-?%\\})");

    /** The parameter the layout's include tags are marked with: the body line the tag starts on. */
    static final String LINE = "faq_layout_line";

    private static final Pattern LITERAL = Pattern.compile("[\\w./-]+");

    /** just-the-docs' layouts that put their output into {@code default} (every release from 0.2). */
    private static final Set<String> THEME_INTO_DEFAULT = Set.of("page", "home", "post", "about");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * @param themeIsJustTheDocs whether a layout the site lacks is just-the-docs' (then {@code page}, {@code home},
     *     {@code post} and {@code about} lead to {@code default})
     * @param theme the theme whose includes the engine looks in, as a writer reads it; "": none
     */
    /**
     * Whether a layout of the site names an include the site's {@code _includes} lacks (else none can miss one), or
     * holds or includes a tag the build's Liquid 4 does not know.
     */
    static boolean worthRendering(LiquidEngine engine, SiteConfig config) {
        if (config.raw().has("layouts_dir") || config.raw().has("includes_dir")) {
            return false;
        }
        for (Map.Entry<String, String> e : engine.layoutTexts().entrySet()) {
            if (Layout.of(e.getKey(), e.getValue()).suspect(engine)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} names an include the site's {@code _includes} lacks, or one by a variable. */
    static boolean namesMissing(LiquidEngine engine, String text) {
        Matcher m = INCLUDE.matcher(text);
        while (m.find()) {
            // a name given by a variable may be any include
            if (!LITERAL.matcher(m.group(1)).matches() || !engine.hasSiteInclude(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    static LayoutIncludes find(
            LiquidEngine engine, SiteConfig config, List<Page> pages, boolean themeIsJustTheDocs, String theme) {
        Map<String, Layout> layouts = new LinkedHashMap<>();
        engine.layoutTexts().forEach((path, text) -> {
            String file = path.substring(path.indexOf('/') + 1);
            int dot = file.lastIndexOf('.');
            layouts.putIfAbsent(dot > 0 ? file.substring(0, dot) : file, Layout.of(path, text));
        });
        Map<String, Integer> tried = new LinkedHashMap<>();
        Map<String, Missing> found = new LinkedHashMap<>();
        Map<String, Stop> stops = new LinkedHashMap<>();
        for (Page page : pages) {
            if (!page.rendered() || page.data() == null) {
                continue;
            }
            for (String name : chain(page.data().get("layout"), layouts, themeIsJustTheDocs)) {
                Layout layout = layouts.get(name);
                if (!layout.suspect(engine) || tried.merge(name, 1, Integer::sum) > PAGES_PER_LAYOUT) {
                    continue;
                }
                for (LiquidProblem p :
                        engine.missingIncludes(layout.prepared(engine), SiteDrop.pageDrop(page), layout.data)) {
                    int line = layout.bodyStartLine + p.line() - 1;
                    if (p.kind() == LiquidProblem.Kind.SYNTAX) {
                        String tag = p.name().substring(LiquidProblem.LIQUID4.length());
                        stops.putIfAbsent(
                                layout.path, new Stop(layout.path, line, p.column(), tag, p.detail(), page.path()));
                        continue;
                    }
                    found.putIfAbsent(
                            layout.path + ":" + line + ":" + p.column(),
                            new Missing(layout.path, line, p.column(), p.name(), p.detail(), page.path()));
                }
            }
        }
        return found.isEmpty() && stops.isEmpty()
                ? NONE
                : new LayoutIncludes(List.copyOf(found.values()), List.copyOf(stops.values()), theme);
    }

    /** The site's layouts a page's build renders, innermost first. */
    private static List<String> chain(JsonNode first, Map<String, Layout> layouts, boolean themeIsJustTheDocs) {
        Set<String> out = new LinkedHashSet<>();
        String name = first != null && first.isTextual() ? first.asText() : null;
        while (name != null && !name.isEmpty() && out.size() < 24) {
            Layout layout = layouts.get(name);
            if (layout == null) {
                name = themeIsJustTheDocs && THEME_INTO_DEFAULT.contains(name) ? "default" : null;
                if (name != null && !layouts.containsKey(name)) {
                    break;
                }
                continue;
            }
            if (!out.add(name)) {
                break;
            }
            name = layout.data.get("layout") instanceof String s ? s : null;
        }
        return new ArrayList<>(out);
    }

    /** A layout of the site: its front matter (its {@code layout} variable) and body. */
    private static final class Layout {
        final String path;
        final String body;
        final int bodyStartLine;
        final Map<String, Object> data;
        private Boolean suspect;

        private Layout(String path, String body, int bodyStartLine, Map<String, Object> data) {
            this.path = path;
            this.body = body;
            this.bodyStartLine = bodyStartLine;
            this.data = data;
        }

        @SuppressWarnings("unchecked")
        static Layout of(String path, String text) {
            FrontMatterParser.Split split = FrontMatterParser.split(text, false);
            FrontMatter fm = split.frontMatter();
            Map<String, Object> data = Map.of();
            if (fm.isPage() && fm.problem() == null) {
                data = MAPPER.convertValue(fm.toObjectNode(), Map.class);
            }
            return new Layout(path, text.substring(split.bodyOffset()), split.bodyStartLine(), data);
        }

        /**
         * The body to render: each include tag named literally marked with its line ({@link #LINE}), and the
         * parameters of an include the site does not have dropped when they hold an escaped quote (Jekyll reads
         * {@code anchorBody="<svg viewBox=\\"0 0 16 16\\">"}, Liqp's lexer does not; such an include is the
         * theme's, whose output is unknown here, or a missing one, reported by its name).
         */
        String prepared(LiquidEngine engine) {
            Matcher m = INCLUDE_TAG.matcher(body);
            StringBuilder out = new StringBuilder(body.length() + 256);
            int line = 1;
            int from = 0;
            while (m.find()) {
                line += count(body, from, m.start());
                from = m.start();
                String params = m.group(3);
                if ((params.contains("\\\"") || params.contains("\\'")) && !engine.hasSiteInclude(m.group(2))) {
                    params = params.replaceAll("[^\\n]", "");
                }
                m.appendReplacement(
                        out,
                        Matcher.quoteReplacement(
                                m.group(1) + m.group(2) + params + " " + LINE + "=" + line + " " + m.group(4)));
            }
            m.appendTail(out);
            return out.toString();
        }

        private static int count(String text, int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                if (text.charAt(i) == '\n') {
                    n++;
                }
            }
            return n;
        }

        /**
         * Whether rendering the layout can meet an include the site lacks: it names one, or it includes one of the
         * site's while some include of the site names one.
         */
        boolean suspect(LiquidEngine engine) {
            if (suspect == null) {
                // an include of the site's may name a missing one in turn
                suspect = namesMissing(engine, body)
                        || INCLUDE.matcher(body).find() && engine.includesNameMissing()
                        // a tag the build's Liquid 4 does not know, here or in an include of the site's
                        || Liquid4Tags.first(body, engine.unknownToLiquid4()) != null
                        || INCLUDE.matcher(body).find() && engine.includesStopLiquid4();
            }
            return suspect;
        }
    }
}
