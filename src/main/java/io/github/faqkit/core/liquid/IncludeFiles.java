package io.github.faqkit.core.liquid;

import io.github.faqkit.core.TemplateTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import liqp.Template;
import liqp.TemplateContext;
import liqp.exceptions.LiquidException;
import liqp.nodes.LNode;
import liqp.tags.Tag;

/**
 * The site's includes as Jekyll's {@code include}, {@code include_cached} and {@code include_relative} tags read them:
 * each file's text taken from the site load's reading ({@link TemplateTexts}), parsed once the way Ruby Liquid reads
 * it, and rendered with the tag's parameters; an include that is missing, too large or broken gives the problem the
 * build would have, and one the theme may bring is unknown.
 */
final class IncludeFiles {
    private final LiquidEngine engine;
    private final Path siteRoot;
    private final Path includesDir;
    /** Whether a theme gem or remote theme brings its own _includes, which are not here. */
    private final boolean themeIncludes;
    /** Which includes the theme certainly lacks; null when not known. */
    private final Predicate<String> themeLacks;

    private final TemplateTexts templates;
    private final List<String> includeTexts;
    private final Map<Path, Object> includeCache = new ConcurrentHashMap<>();
    /**
     * Include names made with outputs ({@code {{page.inc}}.html}), parsed once a run: a tag in a loop over the site's
     * pages renders the same name once for each page. A name that does not parse maps to its exception.
     */
    private final Map<String, Object> nameTemplates = new ConcurrentHashMap<>();
    /** The site files an {@code include_relative} of a rendered page pulled in, relative to the site root. */
    private final Set<String> relativelyIncluded = ConcurrentHashMap.newKeySet();

    private Boolean includesNameMissing;
    private Boolean includesStopLiquid4;

    /** @param includeTexts the texts of the site's includes, for {@link #includesNameMissing} */
    IncludeFiles(
            LiquidEngine engine,
            Path siteRoot,
            Path includesDir,
            boolean themeIncludes,
            Predicate<String> themeLacks,
            TemplateTexts templates,
            List<String> includeTexts) {
        this.engine = engine;
        this.siteRoot = siteRoot;
        this.includesDir = includesDir;
        this.themeIncludes = themeIncludes;
        this.themeLacks = themeLacks;
        this.templates = templates;
        this.includeTexts = includeTexts;
    }

    /** The tags that read these files. */
    List<Tag> tags() {
        return List.of(new IncludeTag("include"), new IncludeTag("include_cached"), new IncludeRelativeTag());
    }

    /** The site files that {@code include_relative} tags of the renders so far pulled in (paths from the root). */
    Set<String> relativelyIncluded() {
        return Set.copyOf(relativelyIncluded);
    }

    private Object include(Path file) {
        return includeCache.computeIfAbsent(file, f -> {
            try {
                if (!Files.isRegularFile(f)) {
                    return Missing.INSTANCE;
                }
                if (Files.size(f) > LiquidEngine.MAX_INCLUDE_BYTES) {
                    return new TooLarge(Files.size(f));
                }
                return parseInclude(HyphenNames.of(templates.read(f)).text());
            } catch (LiquidException e) {
                return new Broken(e.getMessage(), null);
            } catch (java.nio.charset.CharacterCodingException e) {
                return NotUtf8.INSTANCE;
            } catch (IOException | RuntimeException e) {
                return new Broken(String.valueOf(e.getMessage()), null);
            }
        });
    }

    /**
     * An include's template as Jekyll reads it: markup Ruby Liquid reads the lax way is rewritten to that reading
     * ({@link LaxMarkup}), markup it refuses even so is {@link Broken} with Liquid's words.
     */
    private Object parseInclude(String text) {
        return parseInclude(text, true);
    }

    /**
     * A layout's or include's text parsed in the form the renderer reads it (ranges in loops rewritten, lax markup
     * read the lax way), for reading what it looks up: null when it does not parse so either.
     */
    Template parseAsRendered(String text) {
        try {
            return parseInclude(text, false) instanceof Template t ? t : null;
        } catch (RuntimeException | StackOverflowError notParsed) {
            return null;
        }
    }

    /** @param wrap whether a text that may stop a loop is wrapped for rendering ({@link #wrapped}) */
    private Object parseInclude(String text, boolean wrap) {
        java.util.function.Predicate<String> parses = engine::parses;
        String read = text;
        Liquid4Tags.Stop unknown = Liquid4Tags.first(read, engine.unknownToLiquid4());
        if (unknown != null) {
            return new Broken(unknown.message(), unknown.tag());
        }
        if (LaxMarkup.mayDifferWhereParsed(read)) {
            LaxMarkup.Result before = LaxMarkup.rewrite(read, parses, false);
            if (before.stopAt() >= 0) {
                return new Broken(before.stop(), null);
            }
            if (engine.strict() && before.firstChange() >= 0) {
                return new Broken(LiquidEngine.STRICT_REFUSES, null);
            }
            read = before.text() == null ? read : before.text();
        }
        try {
            return wrap
                    ? wrapped(engine.parser().parse(read), read)
                    : engine.parser().parse(read);
        } catch (LiquidException e) {
            LaxMarkup.Result lax = LaxMarkup.rewrite(read, parses, true);
            if (lax.stopAt() >= 0) {
                return new Broken(lax.stop(), null);
            }
            if (engine.strict() && lax.firstChange() >= 0) {
                return new Broken(LiquidEngine.STRICT_REFUSES, null);
            }
            if (lax.text() != null) {
                try {
                    return wrap
                            ? wrapped(engine.parser().parse(lax.text()), lax.text())
                            : engine.parser().parse(lax.text());
                } catch (RuntimeException stillNot) {
                    // the include's own error is the one to report
                }
            }
            throw e;
        }
    }

    /**
     * The include {@code text} parsed with its body in {@link Interrupts.IncludeBody} when it holds a break or continue
     * tag, else {@code parsed}; the wrapping never makes a text that parses fail (then {@code parsed} stays).
     */
    private Object wrapped(Template parsed, String text) {
        String wrapped = Interrupts.wrappedInclude(text);
        if (wrapped == null) {
            return parsed;
        }
        try {
            return engine.parser().parse(wrapped);
        } catch (RuntimeException | StackOverflowError notParsed) {
            return parsed;
        }
    }

    private enum Missing {
        INSTANCE
    }

    private record TooLarge(long bytes) {}

    /** An include that does not parse as the build reads it; {@code liquid4Tag}: the Liquid 5 tag that stops it. */
    private record Broken(String message, String liquid4Tag) {}

    /** An include that is not valid UTF-8: Liquid's tokenizer fails on it (liquid-golden stop-include-bytes). */
    private enum NotUtf8 {
        INSTANCE
    }

    private Object renderFile(TemplateContext context, String label, Path file, Map<String, Object> params) {
        RenderState state = RenderState.current();
        if (state == null) {
            return String.valueOf(LiquidText.OPAQUE);
        }
        Path normal = file.normalize();
        Object cached = include(normal);
        if (cached == Missing.INSTANCE) {
            if (themeMayHave(joinable(label), normal)) {
                state.opaque = true;
                return String.valueOf(LiquidText.OPAQUE);
            }
            if (state.certainOnly && (state.uncertain > 0 || label.indexOf(LiquidText.OPAQUE) >= 0)) {
                state.opaque = true;
                return "";
            }
            state.problem(LiquidProblem.Kind.INCLUDE_NOT_FOUND, label, chain(state, label));
            state.opaque = true;
            return "";
        }
        if (cached instanceof TooLarge t) {
            state.problem(
                    LiquidProblem.Kind.LIMIT,
                    label,
                    "the include is " + (t.bytes() >> 10) + " KB, more than is rendered here");
            state.opaque = true;
            return String.valueOf(LiquidText.OPAQUE);
        }
        if (cached == NotUtf8.INSTANCE) {
            state.problem(
                    LiquidProblem.Kind.SYNTAX,
                    LiquidProblem.INCLUDE_TEXT,
                    "the include " + label + " is not valid UTF-8, and Liquid stops on it with \"invalid byte sequence"
                            + " in UTF-8\" (re-save it as UTF-8: it was probably written in another encoding)");
            state.opaque = true;
            return String.valueOf(LiquidText.OPAQUE);
        }
        if (cached instanceof Broken b) {
            if (b.liquid4Tag() != null && state.certainOnly && state.uncertain > 0) {
                // a layout's include that an unknown value may not reach: Jekyll parses an include when it renders it
                state.opaque = true;
                return String.valueOf(LiquidText.OPAQUE);
            }
            state.problem(
                    LiquidProblem.Kind.SYNTAX,
                    b.liquid4Tag() != null ? LiquidProblem.LIQUID4 + b.liquid4Tag() : LiquidProblem.INCLUDE_TEXT,
                    "the include " + chain(state, label) + " has a Liquid error: " + LiquidEngine.oneLine(b.message()));
            state.opaque = true;
            return String.valueOf(LiquidText.OPAQUE);
        }
        if (state.includes.size() >= LiquidEngine.MAX_INCLUDE_DEPTH) {
            state.problem(
                    LiquidProblem.Kind.SYNTAX,
                    LiquidProblem.INCLUDE_LOOP,
                    "includes nest too deep ("
                            + String.join(
                                    " → ", state.includes.stream().limit(6).toList())
                            + " → …): the build stops (Liquid 4, which Jekyll runs, runs out of Ruby's stack: \"stack"
                            + " level too deep\"; liquid-golden stop-self)");
            throw new RenderState.LimitExceeded("nesting too deep");
        }
        state.includes.addLast(label);
        try {
            Map<String, Object> vars = new HashMap<>();
            vars.put("include", params);
            Template template = (Template) cached;
            // Liqp keeps the context of a render in the template: pages rendered in parallel share the parsed
            // include, and without the lock one page's include renders with another page's parameters
            synchronized (template) {
                state.includeInterrupt = null;
                Object out = template.renderToObjectUnguarded(vars, context, false);
                Object stop = state.includeInterrupt;
                state.includeInterrupt = null;
                // a break or continue in the include stops or skips the loop around the include tag
                return stop == null ? out : new Interrupts.Interrupted(String.valueOf(out), stop);
            }
        } catch (RuntimeException e) {
            UnknownOperator u = UnknownOperator.in(e);
            if (u != null && u.include == null) {
                // the innermost include names it: the marker's number belongs to that file's text
                u.include = String.join(" → ", state.includes);
            }
            throw e;
        } finally {
            state.includes.removeLast();
        }
    }

    /** Jekyll's include tag's {@code INVALID_SEQUENCES}: two of '.' and '/' in a row. */
    private static final java.util.regex.Pattern INVALID_SEQUENCES = java.util.regex.Pattern.compile("[./]{2,}");

    /**
     * Ruby's {@code VALID_FILENAME_CHARS}, {@code ^[\w/.\-()+~\#@]+$}; letters beyond ASCII are taken as word
     * characters, as Ruby's {@code \w} may (what it does with them is unknown here, so they are never refused).
     */
    private static final java.util.regex.Pattern VALID_FILENAME_CHARS =
            java.util.regex.Pattern.compile("[\\w/.\\-()+~#@\\P{ASCII}]+");

    /**
     * Whether Jekyll's include tags accept the name: they check it before looking for the file, and stop the build on
     * one they refuse (liquid-golden stop-include-double-slash, stop-include-dot-slash, stop-include-relative-parent;
     * include-name-characters).
     */
    static boolean acceptedName(String name) {
        return !INVALID_SEQUENCES.matcher(name).find()
                && VALID_FILENAME_CHARS.matcher(name).matches();
    }

    /** An include name as written, where {@link LaxMarkup} quoted it for Liqp's lexer. */
    static String unquoted(String name) {
        if (name.startsWith("\u0001")) {
            return name.substring(1); // Liqp's string, without its quotes
        }
        return name.startsWith(LaxMarkup.QUOTED_NAME) && name.endsWith("'") && name.length() > 2
                ? name.substring(LaxMarkup.QUOTED_NAME.length(), name.length() - 1)
                : name;
    }

    /** A name the include tags refuse: the build stops there. */
    private static Object refusedName(String name) {
        RenderState state = RenderState.current();
        if (state != null) {
            state.problem(
                    LiquidProblem.Kind.SYNTAX,
                    LiquidProblem.INCLUDE_NAME,
                    "'" + name + "' is no include name Jekyll accepts (letters, digits and _ / . - ( ) + ~ # @, without"
                            + " '..', '//', './' or '/.'): the build stops with \"Invalid syntax for include tag\"");
            state.opaque = true;
        }
        return "";
    }

    /** Whether one of the site's includes names an include the site lacks ({@link LayoutIncludes#namesMissing}). */
    /** Whether an include of the site holds a tag that stops the build's Liquid 4 ({@link Liquid4Tags}). */
    synchronized boolean includesStopLiquid4() {
        if (includesStopLiquid4 == null) {
            includesStopLiquid4 =
                    includeTexts.stream().anyMatch(t -> Liquid4Tags.first(t, engine.unknownToLiquid4()) != null);
        }
        return includesStopLiquid4;
    }

    synchronized boolean includesNameMissing() {
        if (includesNameMissing == null) {
            includesNameMissing = includeTexts.stream().anyMatch(t -> LayoutIncludes.namesMissing(engine, t));
        }
        return includesNameMissing;
    }

    /** Whether the site's {@code _includes} has the include {@code name}. */
    boolean hasSiteInclude(String name) {
        Path file = includesDir.resolve(joinable(name)).normalize();
        return file.startsWith(includesDir) && Files.isRegularFile(file);
    }

    /** Whether the theme's {@code _includes} may hold an include the site's do not. */
    private boolean themeMayHave(String name, Path file) {
        if (!themeIncludes || !file.startsWith(includesDir)) {
            return false;
        }
        return themeLacks != null ? !themeLacks.test(name) : name.indexOf('/') < 0;
    }

    /**
     * The include's name as Jekyll joins it to its folder: Ruby's {@code File.join} drops the separator a name
     * starts with, so {@code {% include /parts/a.md %}} reads {@code _includes/parts/a.md} (and
     * {@code include_relative} the file beside the page), where a Java path would take it as absolute.
     */
    static String joinable(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) == '/') {
            i++;
        }
        return name.substring(i);
    }

    private static String chain(RenderState state, String label) {
        if (state.includes.isEmpty()) {
            return label;
        }
        return String.join(" → ", state.includes) + " → " + label;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> includeParams(TemplateContext context, LNode... nodes) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 1; i < nodes.length; i++) {
            Object v = nodes[i].render(context);
            if (v instanceof Map<?, ?> m) {
                params.putAll((Map<String, Object>) m);
            }
        }
        return params;
    }

    /** An include name made with outputs, rendered as Jekyll's {@code render_variable} does; null when unknown. */
    private String renderedName(Tag tag, String name, TemplateContext context) {
        try {
            Object parsed = nameTemplates.computeIfAbsent(name, n -> {
                try {
                    return engine.parser().parse(n);
                } catch (RuntimeException notParsed) {
                    return notParsed;
                }
            });
            if (!(parsed instanceof Template template)) {
                return null;
            }
            String out;
            // a parsed template keeps its render's context: pages rendered in parallel take turns (as includes do)
            synchronized (template) {
                out = tag.asString(template.renderToObjectUnguarded(new HashMap<>(), context, false), context);
            }
            return out.indexOf(LiquidText.OPAQUE) >= 0 || out.contains("{{") ? null : out.strip();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The name of an include tag as Jekyll reads it: one made with outputs and text ({@code {{page.inc}}.html},
     * {@code parts/{{ page.x }}.md}) is rendered as Liquid first ({@code render_variable}, for {@code include},
     * {@code include_cached} and {@code include_relative} alike: liquid-golden include-cached-names,
     * include-relative-output-name); null when what it renders to is unknown (then the page is marked opaque).
     */
    private String nameAsRead(Tag tag, String name, TemplateContext context) {
        if (!name.contains("{{")) {
            return name;
        }
        String rendered = renderedName(tag, name, context);
        if (rendered == null) {
            RenderState state = RenderState.current();
            if (state != null) {
                state.opaque = true;
            }
        }
        return rendered;
    }

    private final class IncludeTag extends Tag {
        IncludeTag(String name) {
            super(name);
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            String name = nameAsRead(
                    this, unquoted(asString(nodes[0].render(context), context).strip()), context);
            if (name == null) {
                return String.valueOf(LiquidText.OPAQUE);
            }
            Map<String, Object> params = includeParams(context, nodes);
            // an include_cached tag LaxMarkup gave Liqp's include grammar to read
            boolean cached = this.name.equals("include_cached") || params.remove(LaxMarkup.CACHED) != null;
            if (!cached && !acceptedName(name)) {
                return refusedName(name);
            }
            RenderState state = RenderState.current();
            Path file = includesDir.resolve(joinable(name));
            if (cached && !this.name.equals("include_cached") && !acceptedName(name)) {
                // jekyll-include-cache looks the file up first, then Jekyll's include checks the name
                // (liquid-golden stop-include-cached-dot-slash, stop-include-cached-missing)
                return Files.isRegularFile(file.normalize())
                        ? refusedName(name)
                        : renderFile(context, name, file, params);
            }
            if (this.name.equals("include_cached") && state != null && !Files.isRegularFile(file.normalize())) {
                // Liqp reads include_cached's file name as an expression ('favicon.html' gives 'favicon'): a name it
                // does not find may be one the site or the theme has
                state.opaque = true;
                return String.valueOf(LiquidText.OPAQUE);
            }
            if (state != null
                    && state.layout != null
                    && state.includes.isEmpty()
                    && params.get(LayoutIncludes.LINE) instanceof Number line) {
                // a layout's include, marked with its line: what it misses is reported there
                state.line = line.intValue();
                state.column = 1;
            }
            return renderFile(context, name, file, params);
        }
    }

    private final class IncludeRelativeTag extends Tag {
        IncludeRelativeTag() {
            super("include_relative");
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            String name = nameAsRead(
                    this, unquoted(asString(nodes[0].render(context), context).strip()), context);
            if (name == null) {
                return String.valueOf(LiquidText.OPAQUE);
            }
            if (!acceptedName(name)) {
                return refusedName(name);
            }
            RenderState state = RenderState.current();
            if (state != null && state.layout != null) {
                // a layout's include_relative is not followed
                state.opaque = true;
                return String.valueOf(LiquidText.OPAQUE);
            }
            String dir = state == null ? "" : state.pageDir;
            Path file = siteRoot.resolve(dir).resolve(joinable(name)).normalize();
            if (!file.startsWith(siteRoot)) {
                file = siteRoot.resolve("\u0000missing");
            } else if (RenderState.current() != null && Files.isRegularFile(file)) {
                relativelyIncluded.add(siteRoot.relativize(file).toString().replace('\\', '/'));
            }
            return renderFile(context, name, file, includeParams(context, nodes));
        }
    }
}
