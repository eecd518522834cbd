package io.github.faqkit.core.liquid;

import io.github.faqkit.core.SiteConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import liqp.Insertions;
import liqp.RenderTransformer;
import liqp.Template;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.blocks.Block;
import liqp.exceptions.LiquidException;
import liqp.filters.Filter;
import liqp.filters.Filters;
import liqp.nodes.LNode;
import liqp.parser.Flavor;
import liqp.tags.Tag;

/**
 * Liquid as Jekyll renders it, with Liqp in its Jekyll flavor: Jekyll's tags and filters that Liqp
 * lacks are registered here, tags and filters from Ruby plugins or themes are registered as opaque (they
 * write {@link LiquidText#OPAQUE}, meaning "unknown"), and every render is bounded in time, size and
 * nesting. One engine serves a whole run and may be used from several threads at once.
 */
public final class LiquidEngine {
    static final long MAX_RENDER_MILLIS = 10_000;
    static final int MAX_ITERATIONS = 200_000;
    static final int MAX_OUTPUT_CHARS = 4 << 20;
    static final long MAX_INCLUDE_BYTES = 1L << 20;
    static final int MAX_INCLUDE_DEPTH = 40;

    /** Names Liqp's grammar knows without an insertion (keywords and block ends). */
    private static final Set<String> GRAMMAR = Set.of(
            "if",
            "elsif",
            "else",
            "endif",
            "unless",
            "endunless",
            "case",
            "when",
            "endcase",
            "for",
            "endfor",
            "tablerow",
            "endtablerow",
            "capture",
            "endcapture",
            "raw",
            "endraw",
            "comment",
            "endcomment",
            "assign",
            "include",
            "include_relative",
            "break",
            "continue",
            "cycle",
            "increment",
            "decrement",
            "ifchanged",
            "endifchanged");

    private final Path siteRoot;
    private final Path includesDir;
    private final SiteDrop drop;
    private final SiteConfig config;
    /** {@code liquid: error_mode: strict}: markup the strict parser refuses stops the build where it is parsed. */
    private final boolean strict;

    private final boolean themeIncludes;
    private final java.util.function.Predicate<String> themeLacks;
    private final Map<String, String> layoutTexts;
    private final List<String> includeTexts;
    private Boolean includesNameMissing;
    private Boolean includesStopLiquid4;
    private final TemplateParser parser;
    /**
     * Jekyll's own filters left unevaluated: {@code sample} picks at random on every build, and the Sass
     * filters need a Sass compiler. They are opaque like a plugin's, but they are no plugin's.
     */
    public static final Set<String> JEKYLL_FILTERS_NOT_EVALUATED = Set.of("sample", "sassify", "scssify");

    private final Set<String> opaqueTags = new TreeSet<>();
    private final Set<String> opaqueFilters = new TreeSet<>();
    private final Set<String> opaqueBlocks = new TreeSet<>();
    private final Map<Path, Object> includeCache = new ConcurrentHashMap<>();
    /** The site files an {@code include_relative} of a rendered page pulled in, relative to the site root. */
    private final Set<String> relativelyIncluded = ConcurrentHashMap.newKeySet();

    private final List<String> templateTexts;
    /** Liquid 5 tags that stop this build ({@link Liquid4Tags}). */
    private final Set<String> unknownToLiquid4;
    /** The files the build reads, or null (then the disk). */
    private final io.github.faqkit.core.FileIndex files;

    /**
     * @param texts the Liquid texts that will be rendered (page bodies); with the site's includes they
     *     tell which tag and filter names need an opaque stand-in
     */
    public LiquidEngine(Path siteRoot, SiteConfig config, SiteDrop drop, Collection<String> texts) {
        this(siteRoot, config, drop, texts, null);
    }

    /**
     * The same where {@code files} lists the files the build reads (the content scan's index): {@code {% link %}}
     * looks its paths up there, as Jekyll looks them up among the site's pages and static files, and never on
     * disk (an excluded file is no target). Null: looked up on disk.
     */
    public LiquidEngine(
            Path siteRoot,
            SiteConfig config,
            SiteDrop drop,
            Collection<String> texts,
            io.github.faqkit.core.FileIndex files) {
        this(siteRoot, config, drop, texts, files, Set.of());
    }

    /**
     * The same where the tags of {@code unknownToLiquid4} (of {@link Liquid4Tags#LIQUID5}) are known to stop the
     * build: no plugin of it defines them, and the Liquid 4 every Jekyll runs does not know them.
     */
    public LiquidEngine(
            Path siteRoot,
            SiteConfig config,
            SiteDrop drop,
            Collection<String> texts,
            io.github.faqkit.core.FileIndex files,
            Set<String> unknownToLiquid4) {
        this(siteRoot, config, drop, texts, files, unknownToLiquid4, null, null);
    }

    /**
     * The same where {@code pluginFilters} are the only filter names the build's plugins may define (null: any name
     * may be one): a filter Liquid, Jekyll and they do not define hands its input on, as lax Liquid 4 does.
     *
     * @param themeLacks which includes the theme the site names certainly does not have (by name under
     *     {@code _includes}); null when that is not known (then a theme may have any include not nested in a folder)
     */
    public LiquidEngine(
            Path siteRoot,
            SiteConfig config,
            SiteDrop drop,
            Collection<String> texts,
            io.github.faqkit.core.FileIndex files,
            Set<String> unknownToLiquid4,
            Set<String> pluginFilters,
            java.util.function.Predicate<String> themeLacks) {
        this.themeLacks = themeLacks;
        this.unknownToLiquid4 = Set.copyOf(unknownToLiquid4);
        this.files = files;
        this.siteRoot = siteRoot;
        this.includesDir = siteRoot.resolve(config.raw().path("includes_dir").asText("_includes"));
        this.drop = drop;
        this.config = config;
        // a theme gem or remote theme brings its own _includes, which are not here
        this.themeIncludes = config.raw().hasNonNull("theme") || config.raw().hasNonNull("remote_theme");
        // Jekyll's default is 'warn': what the strict parser refuses is read again the lax way
        this.strict =
                config.raw().path("liquid").path("error_mode").asText("warn").equals("strict");
        Map<String, String> layoutsRead = new java.util.TreeMap<>();
        List<String> read = new ArrayList<>(templateTexts(siteRoot, layoutsRead, siteRoot.resolve("_layouts")));
        this.includeTexts = templateTexts(siteRoot, null, includesDir);
        read.addAll(includeTexts);
        this.templateTexts = List.copyOf(read);
        this.layoutTexts = java.util.Collections.unmodifiableMap(layoutsRead);
        List<String> all = new ArrayList<>(texts);
        all.addAll(templateTexts);
        Insertions known = Insertions.JEKYLL_INSERTIONS;
        Filters knownFilters = Filters.JEKYLL_FILTERS;
        List<Tag> tags = new ArrayList<>(List.of(
                new IncludeTag("include"),
                new IncludeTag("include_cached"),
                new IncludeRelativeTag(),
                new LinkTag(),
                new PostUrlTag()));
        List<Block> blocks = new ArrayList<>(List.of(new HighlightBlock(), new RubyFor(), new RubyTablerow()));
        // if, unless, case and capture keep what they wrote before a break or continue (Interrupts)
        blocks.addAll(Interrupts.blocks());
        List<Filter> filters = JekyllFilters.all();
        Set<String> ours = new java.util.HashSet<>();
        tags.forEach(t -> ours.add(t.name));
        blocks.forEach(b -> ours.add(b.name));
        filters.forEach(f -> ours.add(f.name));
        Set<String> tagNames = new TreeSet<>();
        Set<String> filterNames = new TreeSet<>();
        for (String t : all) {
            LiquidText.Names n = LiquidText.names(t);
            tagNames.addAll(n.tags().keySet());
            filterNames.addAll(n.filters().keySet());
        }
        for (String name : tagNames) {
            if (GRAMMAR.contains(name)
                    || known.get(name) != null
                    || ours.contains(name)
                    || name.startsWith("end")
                    || Character.isDigit(name.charAt(0))) {
                continue;
            }
            opaqueTags.add(name);
            if (tagNames.contains("end" + name)) {
                blocks.add(new OpaqueBlock(name));
                opaqueBlocks.add(name);
            } else {
                tags.add(new OpaqueTag(name));
            }
        }
        // 'liquid: strict_filters: true' makes an undefined filter stop the render (not modelled: left unknown)
        boolean strictFilters =
                config.raw().path("liquid").path("strict_filters").asBoolean(false);
        // the build knows Liquid 4.0.4's filters and its Jekyll's, not all that Liqp knows (Liquid4Filters)
        Set<String> buildKnows = Liquid4Filters.known(config.jekyllMajor());
        for (String name : filterNames) {
            boolean evaluated = knownFilters.get(name) != null || ours.contains(name);
            if (buildKnows.contains(name)) {
                if (!evaluated) {
                    // Jekyll's own, not computed here (sample, sassify, scssify): its output is unknown
                    opaqueFilters.add(name);
                    filters.add(new OpaqueFilter(name));
                }
            } else if (pluginFilters != null && !pluginFilters.contains(name) && !strictFilters) {
                filters.add(new PassThroughFilter(name));
            } else {
                opaqueFilters.add(name);
                filters.add(new OpaqueFilter(name));
            }
        }
        TemplateParser.Builder b = new TemplateParser.Builder()
                .withFlavor(Flavor.JEKYLL)
                .withSnippetsFolderName(includesDir.toString())
                .withShowExceptionsFromInclude(true)
                .withMaxIterations(MAX_ITERATIONS)
                .withMaxSizeRenderedString(MAX_OUTPUT_CHARS)
                .withRenderTransformer(new TimedTransformer());
        tags.forEach(b::withTag);
        blocks.forEach(b::withBlock);
        filters.forEach(b::withFilter);
        this.parser = b.build();
    }

    /** The texts of the files in {@code dir}, also put in {@code byPath} by their path in the site when given. */
    private static List<String> templateTexts(Path siteRoot, Map<String, String> byPath, Path dir) {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile).sorted()::iterator) {
                if (Files.size(p) <= MAX_INCLUDE_BYTES) {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    out.add(text);
                    if (byPath != null) {
                        byPath.put(siteRoot.relativize(p).toString().replace('\\', '/'), text);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable includes are reported where they are used
        }
        return out;
    }

    /** The site's layouts by their path in the site ({@code _layouts/default.html}), as read for the render. */
    Map<String, String> layoutTexts() {
        return layoutTexts;
    }

    /** The texts of the site's layouts and includes (each at most 1 MB). */
    List<String> templateTexts() {
        return templateTexts;
    }

    public SiteDrop drop() {
        return drop;
    }

    /** The Liquid 5 tags that stop this build where they stand (no plugin of it defines them). */
    Set<String> unknownToLiquid4() {
        return unknownToLiquid4;
    }

    /** Tag names from plugins or themes that render as unknown. */
    public Set<String> opaqueTags() {
        return opaqueTags;
    }

    Set<String> opaqueBlocks() {
        return opaqueBlocks;
    }

    /** The site files that {@code include_relative} tags of the renders so far pulled in (paths from the root). */
    public Set<String> relativelyIncluded() {
        return Set.copyOf(relativelyIncluded);
    }

    public Set<String> opaqueFilters() {
        return opaqueFilters;
    }

    /**
     * Renders a page body. The result keeps a map from each output offset to its source offset; on a
     * syntax error the text is returned unchanged (Jekyll stops the build) with the problem.
     *
     * @param page the page's {@code page} variable
     * @param pageDir the page's folder relative to the site root ("" for the root), for
     *     {@code include_relative}
     */
    public Rendered render(String body, Map<String, Object> page, String pageDir) {
        RenderState state = new RenderState(pageDir, RenderState.deadlineFromNow());
        RenderState outer = RenderState.current();
        RenderState.set(state);
        try {
            return new PageRender(this, body, state).run(page);
        } finally {
            RenderState.set(outer);
        }
    }

    /**
     * A page body as Jekyll hands it to kramdown: rendered when it holds Liquid and the page does not
     * say {@code render_with_liquid: false} (a Jekyll 4 setting: Jekyll 3, GitHub Pages' 3.10, renders the page all
     * the same; platform-golden pages-engine); with what went wrong and Liquid left in code (body lines).
     * Null when the body is used as it is.
     */
    public Rendered renderPage(String body, Map<String, Object> page, String pageDir) {
        if (!LiquidText.hasLiquid(body)
                || Boolean.FALSE.equals(page.get("render_with_liquid")) && config.jekyllMajor() >= 4) {
            return null;
        }
        Rendered r = render(body, page, pageDir);
        if (r.map() == null) {
            return r;
        }
        List<LiquidProblem> problems = new ArrayList<>(r.problems());
        try {
            problems.addAll(CodeLiquid.find(body, config, this, page, pageDir));
        } catch (RuntimeException | StackOverflowError e) {
            // code blocks are a hint only; the render itself stands
        }
        return new Rendered(r.text(), r.map(), List.copyOf(problems), r.opaque());
    }

    TemplateParser parser() {
        return parser;
    }

    /** Whether the site parses Liquid strictly ({@code liquid: error_mode: strict} in _config.yml). */
    boolean strict() {
        return strict;
    }

    /** Why the build stops on markup the strict parser refuses, as a writer reads it. */
    static final String STRICT_REFUSES = "Liquid's strict parser refuses this markup, and _config.yml sets "
            + "liquid: error_mode: strict, so the build stops here (Jekyll's default, warn, would read it the lax"
            + " way with a warning)";

    Map<String, Object> variables(Map<String, Object> page) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("site", drop.site());
        vars.put("page", drop.pageVariable(page));
        vars.put("jekyll", Map.of("environment", "development", "version", "4.3.1"));
        vars.put("layout", Map.of());
        vars.put("paginator", null);
        RenderState state = RenderState.current();
        if (state != null && state.layout != null) {
            // a layout's render: the page's content, the build's environment and Jekyll's version are not followed
            String unknown = String.valueOf(LiquidText.OPAQUE);
            vars.put("layout", state.layout);
            vars.put("content", unknown);
            vars.put("jekyll", Map.of("environment", unknown, "version", unknown));
        }
        return vars;
    }

    /**
     * The includes a layout certainly reaches and no folder has, when the layout is rendered for {@code page}
     * (Jekyll stops the build there): {@link LiquidProblem.Kind#INCLUDE_NOT_FOUND} problems at the layout's body
     * lines. Includes reached only through a branch or loop an unknown value decides are left out. Also the Liquid 5
     * tag that stops the build in the layout itself (Liquid 4 parses the whole layout before rendering it, an
     * untaken branch too) or in an include it certainly reaches (parsed when rendered): {@link
     * LiquidProblem.Kind#SYNTAX} problems named {@link LiquidProblem#LIQUID4} and the tag.
     *
     * @param layout the layout's front matter, its {@code layout} variable
     */
    public List<LiquidProblem> missingIncludes(String body, Map<String, Object> page, Map<String, Object> layout) {
        RenderState state = new RenderState("", RenderState.deadlineFromNow());
        state.certainOnly = true;
        state.layout = layout;
        RenderState outer = RenderState.current();
        RenderState.set(state);
        try {
            List<LiquidProblem> out = new ArrayList<>();
            for (LiquidProblem p : new PageRender(this, body, state).run(page).problems()) {
                if (p.kind() == LiquidProblem.Kind.INCLUDE_NOT_FOUND
                                && p.detail() != null
                                && !p.detail().startsWith("{%")
                        || p.kind() == LiquidProblem.Kind.SYNTAX && p.name().startsWith(LiquidProblem.LIQUID4)) {
                    out.add(p);
                }
            }
            return out;
        } finally {
            RenderState.set(outer);
        }
    }

    // ---- includes

    private Object include(Path file) {
        return includeCache.computeIfAbsent(file, f -> {
            try {
                if (!Files.isRegularFile(f)) {
                    return Missing.INSTANCE;
                }
                if (Files.size(f) > MAX_INCLUDE_BYTES) {
                    return new TooLarge(Files.size(f));
                }
                return parseInclude(HyphenNames.of(Files.readString(f, StandardCharsets.UTF_8))
                        .text());
            } catch (LiquidException e) {
                return new Broken(e.getMessage(), null);
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
        java.util.function.Predicate<String> parses = markup -> {
            try {
                parser.parse(markup);
                return true;
            } catch (RuntimeException | StackOverflowError notParsed) {
                return false;
            }
        };
        String read = text;
        Liquid4Tags.Stop unknown = Liquid4Tags.first(read, unknownToLiquid4);
        if (unknown != null) {
            return new Broken(unknown.message(), unknown.tag());
        }
        if (LaxMarkup.mayDifferWhereParsed(read)) {
            LaxMarkup.Result before = LaxMarkup.rewrite(read, parses, false);
            if (before.stopAt() >= 0) {
                return new Broken(before.stop(), null);
            }
            if (strict && before.firstChange() >= 0) {
                return new Broken(STRICT_REFUSES, null);
            }
            read = before.text() == null ? read : before.text();
        }
        try {
            return wrap ? wrapped(parser.parse(read), read) : parser.parse(read);
        } catch (LiquidException e) {
            LaxMarkup.Result lax = LaxMarkup.rewrite(read, parses, true);
            if (lax.stopAt() >= 0) {
                return new Broken(lax.stop(), null);
            }
            if (strict && lax.firstChange() >= 0) {
                return new Broken(STRICT_REFUSES, null);
            }
            if (lax.text() != null) {
                try {
                    return wrap ? wrapped(parser.parse(lax.text()), lax.text()) : parser.parse(lax.text());
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
            return parser.parse(wrapped);
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

    private Object renderInclude(TemplateContext context, String label, Path file, Map<String, Object> params) {
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
        if (cached instanceof Broken b) {
            if (b.liquid4Tag() != null && state.certainOnly && state.uncertain > 0) {
                // a layout's include that an unknown value may not reach: Jekyll parses an include when it renders it
                state.opaque = true;
                return String.valueOf(LiquidText.OPAQUE);
            }
            state.problem(
                    LiquidProblem.Kind.SYNTAX,
                    b.liquid4Tag() != null ? LiquidProblem.LIQUID4 + b.liquid4Tag() : label,
                    "the include " + chain(state, label) + " has a Liquid error: " + oneLine(b.message()));
            state.opaque = true;
            return String.valueOf(LiquidText.OPAQUE);
        }
        if (state.includes.size() >= MAX_INCLUDE_DEPTH) {
            state.problem(
                    LiquidProblem.Kind.SYNTAX,
                    label,
                    "includes nest too deep (" + String.join(" → ", state.includes)
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
    private static String unquoted(String name) {
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
                    name,
                    "'" + name + "' is no include name Jekyll accepts (letters, digits and _ / . - ( ) + ~ # @, without"
                            + " '..', '//', './' or '/.'): the build stops with \"Invalid syntax for include tag\"");
            state.opaque = true;
        }
        return "";
    }

    /**
     * The include's name as Jekyll joins it to its folder: Ruby's {@code File.join} drops the separator a name
     * starts with, so {@code {% include /parts/a.md %}} reads {@code _includes/parts/a.md} (and
     * {@code include_relative} the file beside the page), where a Java path would take it as absolute.
     */
    /** Whether one of the site's includes names an include the site lacks ({@link LayoutIncludes#namesMissing}). */
    /** Whether an include of the site holds a tag that stops the build's Liquid 4 ({@link Liquid4Tags}). */
    synchronized boolean includesStopLiquid4() {
        if (includesStopLiquid4 == null) {
            includesStopLiquid4 = includeTexts.stream().anyMatch(t -> Liquid4Tags.first(t, unknownToLiquid4) != null);
        }
        return includesStopLiquid4;
    }

    synchronized boolean includesNameMissing() {
        if (includesNameMissing == null) {
            includesNameMissing = includeTexts.stream().anyMatch(t -> LayoutIncludes.namesMissing(this, t));
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

    static String oneLine(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
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

    private final class IncludeTag extends Tag {
        IncludeTag(String name) {
            super(name);
        }

        /** An include name made with outputs, rendered as Jekyll's {@code render_variable} does; null when unknown. */
        private String renderedName(String name, TemplateContext context) {
            try {
                String out =
                        asString(parser.parse(name).renderToObjectUnguarded(new HashMap<>(), context, false), context);
                return out.indexOf(LiquidText.OPAQUE) >= 0 || out.contains("{{") ? null : out.strip();
            } catch (RuntimeException e) {
                return null;
            }
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            String name = unquoted(asString(nodes[0].render(context), context).strip());
            if (name.contains("{{")) {
                // a name made with outputs and text ({{page.inc}}.html): Jekyll renders it as Liquid
                name = renderedName(name, context);
                if (name == null) {
                    RenderState state = RenderState.current();
                    if (state != null) {
                        state.opaque = true;
                    }
                    return String.valueOf(LiquidText.OPAQUE);
                }
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
                        : renderInclude(context, name, file, params);
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
            return renderInclude(context, name, file, params);
        }
    }

    private final class IncludeRelativeTag extends Tag {
        IncludeRelativeTag() {
            super("include_relative");
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            String name = unquoted(asString(nodes[0].render(context), context).strip());
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
            } else if (RenderState.current() != null && java.nio.file.Files.isRegularFile(file)) {
                relativelyIncluded.add(siteRoot.relativize(file).toString().replace('\\', '/'));
            }
            return renderInclude(context, name, file, includeParams(context, nodes));
        }
    }

    /** {@code {% link path %}}: the URL of the page or file at that path; the build stops when none. */
    private final class LinkTag extends Tag {
        LinkTag() {
            super("link");
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            StringBuilder b = new StringBuilder();
            for (LNode n : nodes) {
                b.append(asString(n.render(context), context));
            }
            String written = b.toString().strip();
            boolean quoted = written.startsWith("\u0001") || written.startsWith(LaxMarkup.QUOTED_NAME);
            String path = (quoted ? unquoted(written).replaceFirst("^\u0001", "") : written).replaceFirst("^/+", "");
            if (!quoted && document(path) == null && !isFile(path)) {
                path = withSpaces(path);
            }
            Map<String, Object> page = document(path);
            if (page != null) {
                return config.linkTagPrefix() + page.get("url");
            }
            // a page's or document's source file is no static file: Jekyll finds it by its relative_path only
            if (drop.page(path) == null && isFile(path)) {
                return config.linkTagPrefix() + "/" + path;
            }
            RenderState state = RenderState.current();
            if (state != null) {
                state.problem(LiquidProblem.Kind.INCLUDE_NOT_FOUND, path, "{% link " + path + " %}");
            }
            return "";
        }
    }

    /**
     * The path a {@code {% link %}} names when its file or folder names hold spaces ({@code docs/Code
     * Generation/index.md}): Jekyll takes the tag's markup as it is, but Liquid's tokens reach this tag without
     * the spaces between them. Each folder and file is looked up with its spaces left out; the path as given when
     * none, or more than one, matches (then the build's answer is not known here and the path stands).
     */
    private String withSpaces(String joined) {
        String dir = "";
        StringBuilder out = new StringBuilder();
        for (String segment : joined.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return joined;
            }
            String name = segment;
            if (!exists(dir + segment)) {
                List<String> matching = children(dir).stream()
                        .filter(n -> n.replaceAll("\\s+", "").equals(segment))
                        .limit(2)
                        .toList();
                if (matching.size() != 1) {
                    return joined;
                }
                name = matching.get(0);
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(name);
            dir = dir + name + "/";
        }
        return out.toString();
    }

    /** True when the build reads a file at {@code path} (relative to the site). */
    private boolean isFile(String path) {
        return files != null ? files.exists(path) : Files.isRegularFile(siteRoot.resolve(path));
    }

    /** True when {@code path} is a file or a folder of the site. */
    private boolean exists(String path) {
        return files != null ? files.exists(path) || files.isDirectory(path) : Files.exists(siteRoot.resolve(path));
    }

    /** The names of the files and folders directly in folder {@code dir} ("" or ending in '/'). */
    private java.util.Collection<String> children(String dir) {
        Set<String> out = new java.util.TreeSet<>();
        if (files != null) {
            for (String p : files.paths().tailSet(dir)) {
                if (!p.startsWith(dir)) {
                    break;
                }
                int slash = p.indexOf('/', dir.length());
                out.add(slash < 0 ? p.substring(dir.length()) : p.substring(dir.length(), slash));
            }
            return out;
        }
        try (java.util.stream.Stream<Path> list = Files.list(dir.isEmpty() ? siteRoot : siteRoot.resolve(dir))) {
            list.forEach(c -> out.add(c.getFileName().toString()));
        } catch (java.io.IOException | RuntimeException e) {
            return List.of();
        }
        return out;
    }

    /**
     * The page or document {@code {% link %}} names. Jekyll compares with each item's {@code relative_path}, which
     * for a document leaves out {@code collections_dir} ({@code _notes/a.md}, not {@code docs/_notes/a.md}).
     */
    private Map<String, Object> document(String path) {
        String dir = config.collectionsDir().replaceAll("^/+|/+$", "");
        Map<String, Object> page = drop.page(path);
        if (dir.isEmpty()) {
            return page;
        }
        if (page != null && page.get("collection") == null) {
            return page;
        }
        Map<String, Object> inDir = drop.page(dir + "/" + path);
        return inDir != null && inDir.get("collection") != null ? inDir : null;
    }

    /** {@code {% post_url name %}}: the URL of the post {@code _posts/name.*}. */
    private final class PostUrlTag extends Tag {
        PostUrlTag() {
            super("post_url");
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object render(TemplateContext context, LNode... nodes) {
            StringBuilder b = new StringBuilder();
            for (LNode n : nodes) {
                b.append(asString(n.render(context), context));
            }
            String name = b.toString().strip();
            Object posts = drop.site().get("posts");
            if (posts instanceof List<?> l) {
                for (Object o : l) {
                    Map<String, Object> p = (Map<String, Object>) o;
                    String file = String.valueOf(p.get("name"));
                    int dot = file.lastIndexOf('.');
                    String stem = dot > 0 ? file.substring(0, dot) : file;
                    if (stem.equals(name)
                            || String.valueOf(p.get("path")).endsWith("/" + name + file.substring(Math.max(0, dot)))) {
                        return config.linkTagPrefix() + p.get("url");
                    }
                }
            }
            RenderState state = RenderState.current();
            if (state != null) {
                state.problem(LiquidProblem.Kind.INCLUDE_NOT_FOUND, name, "{% post_url " + name + " %}");
            }
            return "";
        }
    }

    /** Jekyll's {@code highlight} block: the rendered body, escaped, in Rouge's wrapper. */
    private static final class HighlightBlock extends Block {
        HighlightBlock() {
            super("highlight");
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            String lang = nodes.length > 1
                    ? asString(nodes[0].render(context), context).strip().split("\\s+")[0]
                    : "";
            // Jekyll removes only the line breaks around the code (LEADING_OR_TRAILING_LINE_TERMINATORS): the first
            // line's indentation stays (liquid-golden/code/highlight.md)
            String code = asString(nodes[nodes.length - 1].render(context), context)
                    .replaceAll("\\A[\\r\\n]+|[\\r\\n]+\\z", "");
            String escaped = code.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            return "<figure class=\"highlight\"><pre><code class=\"language-" + lang + "\" data-lang=\"" + lang + "\">"
                    + escaped + "</code></pre></figure>";
        }
    }

    private static void opaqueUse(LiquidProblem.Kind kind, String name) {
        RenderState state = RenderState.current();
        if (state != null) {
            state.opaque = true;
            state.problem(kind, name, null);
        }
    }

    private static final class OpaqueTag extends Tag {
        OpaqueTag(String name) {
            super(name);
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            opaqueUse(LiquidProblem.Kind.UNKNOWN_TAG, name);
            return String.valueOf(LiquidText.OPAQUE);
        }
    }

    private static final class OpaqueBlock extends Block {
        OpaqueBlock(String name) {
            super(name);
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            opaqueUse(LiquidProblem.Kind.UNKNOWN_TAG, name);
            renderBodyForItsPieces(context, nodes);
            return String.valueOf(LiquidText.OPAQUE);
        }

        /**
         * Most plugin blocks wrap their body ({@code "<details>" + super + "</details>"} in Ruby), so the files an
         * {@code include_relative} in it pulls in are pieces of the page. The body is rendered for that alone: its
         * output and its problems stay unknown, since the plugin may also treat the body as something else.
         */
        private static void renderBodyForItsPieces(TemplateContext context, LNode... nodes) {
            RenderState state = RenderState.current();
            if (state == null || nodes.length == 0) {
                return;
            }
            int problems = state.problems.size();
            try {
                nodes[nodes.length - 1].render(context);
            } catch (RenderState.LimitExceeded e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                // what the body does when rendered is unknown anyway
            } finally {
                state.problems.subList(problems, state.problems.size()).clear();
            }
        }
    }

    private static final class OpaqueFilter extends Filter {
        OpaqueFilter(String name) {
            super(name);
        }

        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            opaqueUse(LiquidProblem.Kind.UNKNOWN_FILTER, name);
            return String.valueOf(LiquidText.OPAQUE);
        }
    }

    /**
     * A filter nothing in the build defines: Liquid 4 with {@code strict_filters} off returns the filter's input,
     * whatever its arguments ({@code Strainer#invoke}: {@code args.first}).
     */
    private static final class PassThroughFilter extends Filter {
        PassThroughFilter(String name) {
            super(name);
        }

        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            return value;
        }
    }

    /** Liqp asks for an appender for every block it renders: the one place to stop a render on time. */
    private static final class TimedTransformer implements RenderTransformer {
        private final RenderTransformer inner = TemplateParser.DEFAULT.getRenderTransformer();

        @Override
        public ObjectAppender.Controller newObjectAppender(TemplateContext context, int estimatedNumberOfAppends) {
            RenderState state = RenderState.current();
            if (state != null) {
                state.checkTime();
            }
            return inner.newObjectAppender(context, estimatedNumberOfAppends);
        }

        @Override
        public Object transformObject(TemplateContext context, Object obj) {
            return inner.transformObject(context, obj);
        }
    }
}
