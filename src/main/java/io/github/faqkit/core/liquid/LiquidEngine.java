package io.github.faqkit.core.liquid;

import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.TemplateTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import liqp.Insertions;
import liqp.Template;
import liqp.TemplateParser;
import liqp.blocks.Block;
import liqp.filters.Filter;
import liqp.filters.Filters;
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

    private final SiteDrop drop;
    private final SiteConfig config;
    /** {@code liquid: error_mode: strict}: markup the strict parser refuses stops the build where it is parsed. */
    private final boolean strict;

    private final Map<String, String> layoutTexts;
    private final IncludeFiles includes;
    private final TemplateParser parser;
    /**
     * Jekyll's own filters left unevaluated: {@code sample} picks at random on every build, and the Sass
     * filters need a Sass compiler. They are opaque like a plugin's, but they are no plugin's.
     */
    public static final Set<String> JEKYLL_FILTERS_NOT_EVALUATED = Set.of("sample", "sassify", "scssify");

    private final Set<String> opaqueTags = new TreeSet<>();
    private final Set<String> opaqueFilters = new TreeSet<>();
    private final Set<String> opaqueBlocks = new TreeSet<>();

    private final List<String> templateTexts;
    /** Liquid 5 tags that stop this build ({@link Liquid4Tags}). */
    private final Set<String> unknownToLiquid4;
    /** The tags the site's own _plugins register ({@link SitePluginTags}). */
    private final Set<String> siteTags;

    /**
     * An engine for a build nothing is known of beyond its config ({@link LiquidBuild#unknown()}).
     *
     * @param texts the Liquid texts that will be rendered (page bodies); with the site's includes they
     *     tell which tag and filter names need an opaque stand-in
     */
    public LiquidEngine(Path siteRoot, SiteConfig config, SiteDrop drop, Collection<String> texts) {
        this(siteRoot, config, drop, texts, LiquidBuild.unknown());
    }

    /** The tags the site's own {@code _plugins} register by name. */
    Set<String> sitePluginTags() {
        return siteTags;
    }

    /**
     * @param texts the Liquid texts that will be rendered (page bodies); with the site's includes they
     *     tell which tag and filter names need an opaque stand-in
     * @param build what the site's build brings to Liquid: its plugins' tags and filters, its theme's includes, the
     *     files it reads
     */
    public LiquidEngine(Path siteRoot, SiteConfig config, SiteDrop drop, Collection<String> texts, LiquidBuild build) {
        this.unknownToLiquid4 = build.unknownToLiquid4();
        Set<String> pluginFilters = build.pluginFilters();
        Path includesDir = siteRoot.resolve(config.raw().path("includes_dir").asText("_includes"));
        this.drop = drop;
        this.config = config;
        this.siteTags = SitePluginTags.of(siteRoot);
        // Jekyll's default is 'warn': what the strict parser refuses is read again the lax way
        this.strict =
                config.raw().path("liquid").path("error_mode").asText("warn").equals("strict");
        Map<String, String> layoutsRead = new java.util.TreeMap<>();
        TemplateTexts templates = build.templates();
        List<String> read =
                new ArrayList<>(templateTexts(siteRoot, templates, layoutsRead, siteRoot.resolve("_layouts")));
        List<String> includeTexts = templateTexts(siteRoot, templates, null, includesDir);
        read.addAll(includeTexts);
        // a theme gem or remote theme brings its own _includes, which are not here
        boolean themeIncludes = config.raw().hasNonNull("theme") || config.raw().hasNonNull("remote_theme");
        this.includes = new IncludeFiles(
                this, siteRoot, includesDir, themeIncludes, build.themeLacks(), templates, List.copyOf(includeTexts));
        this.templateTexts = List.copyOf(read);
        this.layoutTexts = java.util.Collections.unmodifiableMap(layoutsRead);
        List<String> all = new ArrayList<>(texts);
        all.addAll(templateTexts);
        Insertions known = Insertions.JEKYLL_INSERTIONS;
        Filters knownFilters = Filters.JEKYLL_FILTERS;
        List<Tag> tags = new ArrayList<>(includes.tags());
        tags.addAll(new LinkTags(siteRoot, config, drop, build.files()).tags());
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
                blocks.add(new OpaqueInsertions.OpaqueBlock(name));
                opaqueBlocks.add(name);
            } else {
                tags.add(new OpaqueInsertions.OpaqueTag(name));
            }
        }
        // 'liquid: strict_filters: true' makes an undefined filter stop the render where it runs
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
                    filters.add(new OpaqueInsertions.OpaqueFilter(name));
                }
            } else if (pluginFilters != null && !pluginFilters.contains(name)) {
                filters.add(
                        strictFilters
                                ? new OpaqueInsertions.StrictStopFilter(name)
                                : new OpaqueInsertions.PassThroughFilter(name));
            } else {
                opaqueFilters.add(name);
                filters.add(new OpaqueInsertions.OpaqueFilter(name));
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
    private static List<String> templateTexts(
            Path siteRoot, TemplateTexts templates, Map<String, String> byPath, Path dir) {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile).sorted()::iterator) {
                if (Files.size(p) <= MAX_INCLUDE_BYTES) {
                    String text = templates.read(p);
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
        return includes.relativelyIncluded();
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

    /** Whether Liqp parses {@code markup} (what {@link LaxMarkup} asks of each piece it may rewrite). */
    boolean parses(String markup) {
        try {
            parser.parse(markup);
            return true;
        } catch (RuntimeException | StackOverflowError notParsed) {
            return false;
        }
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

    /** Whether the site's {@code _includes} has the include {@code name}. */
    boolean hasSiteInclude(String name) {
        return includes.hasSiteInclude(name);
    }

    /** Whether an include of the site holds a tag that stops the build's Liquid 4 ({@link Liquid4Tags}). */
    boolean includesStopLiquid4() {
        return includes.includesStopLiquid4();
    }

    /** Whether one of the site's includes names an include the site lacks ({@link LayoutIncludes#namesMissing}). */
    boolean includesNameMissing() {
        return includes.includesNameMissing();
    }

    /**
     * A layout's or include's text parsed in the form the renderer reads it (ranges in loops rewritten, lax markup
     * read the lax way), for reading what it looks up: null when it does not parse so either.
     */
    Template parseAsRendered(String text) {
        return includes.parseAsRendered(text);
    }

    static String oneLine(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
