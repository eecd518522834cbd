package io.github.faqkit.core;

import io.github.faqkit.core.liquid.LiquidPages;
import io.github.faqkit.core.liquid.LiquidText;
import io.github.faqkit.core.liquid.TemplateKeys;
import io.github.faqkit.core.platform.HtmlPages;
import io.github.faqkit.core.platform.PluginPages;
import io.github.faqkit.core.platform.SiteSetup;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Builds the {@link Site} model of a Jekyll source: reads {@code _config.yml}, discovers the files Jekyll
 * would read, reads and parses every page once (in parallel) and scans layouts and includes for image
 * references. Runs no rule. Never throws on content: a file that cannot be read or parsed becomes a notice,
 * a broken {@code _config.yml} becomes the site's {@link Site#configProblem() config problem}.
 *
 * <p>Each page is summarised as soon as it is parsed: its text is dropped and only the parsed model is
 * kept, so memory does not grow with the size of the Markdown. {@link #keepingPageText()} keeps the texts
 * (for tools that edit pages). With {@link #withPageCache} unchanged pages are rebuilt from their stored
 * summaries ({@link PageCache}) instead of parsed; the model is the same either way.
 */
public final class SiteLoader {

    /** How far the parse got: {@code done} of {@code total} pages read and parsed. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> {};

        void parsed(int done, int total);
    }

    private SourceReader reader;
    private boolean keepText;
    private Path cacheDirectory;
    private String toolVersion;
    private Consumer<String> cacheLog;
    private Progress progress;
    private BiConsumer<SourceEntry, String> digests;
    /** The repository's Markdown around the site as the caller listed it; null: listed by the load. */
    private List<AssetReferences.RepositoryFile> repositoryMarkdown;
    /** Pages whose recorded version is wanted (path to the SHA-256 of its bytes then); null: none. */
    private Map<String, String> previousOf;

    /** No one asks for the digests of the pages: they are computed only for the page cache. */
    private static final BiConsumer<SourceEntry, String> NO_DIGESTS = (entry, sha256) -> {};

    public SiteLoader() {
        this(SourceReader.FILES, false, null, ToolInfo.identity(), notice -> {}, Progress.NONE, NO_DIGESTS, null, null);
    }

    private SiteLoader(
            SourceReader reader,
            boolean keepText,
            Path cacheDirectory,
            String toolVersion,
            Consumer<String> cacheLog,
            Progress progress,
            BiConsumer<SourceEntry, String> digests,
            List<AssetReferences.RepositoryFile> repositoryMarkdown,
            Map<String, String> previousOf) {
        this.repositoryMarkdown = repositoryMarkdown;
        this.previousOf = previousOf;
        this.reader = reader;
        this.keepText = keepText;
        this.cacheDirectory = cacheDirectory;
        this.toolVersion = toolVersion;
        this.cacheLog = cacheLog;
        this.progress = progress;
        this.digests = digests;
    }

    /**
     * A loader with the same settings, for a {@code with…} method to change one of them before it returns it: the
     * fields are set only there, before the loader is handed out, so a loader never changes once a caller has it.
     */
    private SiteLoader copy() {
        return new SiteLoader(
                reader,
                keepText,
                cacheDirectory,
                toolVersion,
                cacheLog,
                progress,
                digests,
                repositoryMarkdown,
                previousOf);
    }

    /** A loader whose pages keep their source and body text (and which therefore parses every page). */
    public SiteLoader keepingPageText() {
        SiteLoader copy = copy();
        copy.keepText = true;
        return copy;
    }

    /** A loader reusing the page summaries kept in {@code directory} (null: none); ignored when keeping text. */
    public SiteLoader withPageCache(Path directory) {
        SiteLoader copy = copy();
        copy.cacheDirectory = directory;
        return copy;
    }

    /** The tool version that keys the page summaries (normally {@link ToolInfo#identity()}). */
    public SiteLoader withToolVersion(String version) {
        SiteLoader copy = copy();
        copy.toolVersion = version;
        return copy;
    }

    /**
     * A loader that tells {@code log} about the page summaries (ignored or unwritable files). These are
     * not notices of the result: a report must not depend on whether summaries were reused.
     */
    public SiteLoader withCacheLog(Consumer<String> log) {
        SiteLoader copy = copy();
        copy.cacheLog = log;
        return copy;
    }

    public SiteLoader withProgress(Progress listener) {
        SiteLoader copy = copy();
        copy.progress = listener;
        return copy;
    }

    /** The same loader reading through {@code other} (a seam for files that vanish during a run). */
    public SiteLoader readingWith(SourceReader other) {
        SiteLoader copy = copy();
        copy.reader = other;
        return copy;
    }

    /**
     * The same loader, telling {@code observer} the SHA-256 (lower-case hex) of the bytes of every Markdown
     * page it loads: hashed as read, or, for a page taken from the page cache by its stamp without reading
     * it, the digest stored with it.
     */
    public SiteLoader observingDigests(BiConsumer<SourceEntry, String> observer) {
        SiteLoader copy = copy();
        copy.digests = observer;
        return copy;
    }

    /**
     * The same loader, reading the repository's own Markdown files around the site from this list (see
     * {@link AssetReferences#repositoryMarkdown}) instead of walking the repository again: a caller that
     * fingerprints them listed them already.
     */
    public SiteLoader withRepositoryMarkdown(List<AssetReferences.RepositoryFile> listed) {
        SiteLoader copy = copy();
        copy.repositoryMarkdown = listed;
        return copy;
    }

    /**
     * The same loader, also giving ({@link LoadedSite#previousPages()}) the pages named in {@code recorded} as
     * they were built from the bytes with the SHA-256 given for each, taken from the page summaries that the page
     * cache still holds: what an edited page showed the site before, at no cost to a run that does not ask.
     */
    public SiteLoader withPreviousPages(Map<String, String> recorded) {
        SiteLoader copy = copy();
        copy.previousOf = recorded;
        return copy;
    }

    /**
     * The configuration of the site in {@code root}, read with this loader's reader like every page, so that a
     * dry run of faq:fix sees the configuration as the fixes leave it.
     */
    public SiteConfigs.Loaded loadConfig(Path root, String baseUrl) {
        return SiteConfigs.load(root, baseUrl, reader);
    }

    /** Loads the site in {@code root}; {@code baseUrl} overrides the configuration's when not null. */
    public LoadedSite load(Path root, String baseUrl, ThemeVersion themeVersion) throws IOException {
        SiteConfigs.Loaded loaded = loadConfig(root, baseUrl);
        return load(root, loaded, new ContentScanner(root, loaded.config()).scan(), themeVersion, null, baseUrl);
    }

    /**
     * Loads the site from a configuration and file scan the caller already made, for the platform its files
     * name.
     */
    public LoadedSite load(Path root, SiteConfigs.Loaded loaded, ContentScanner.Result scan, ThemeVersion themeVersion)
            throws IOException {
        return load(root, loaded, scan, themeVersion, null, null);
    }

    /**
     * Loads the site from a configuration and file scan the caller already made.
     *
     * @param themeVersion null: the version the site names
     * @param platformSetting auto (or null), github-pages or jekyll
     * @param baseUrlOverride the baseurl the user set (already in {@code loaded}), null when none: a project
     *     site on GitHub Pages then gets its implicit one
     */
    public LoadedSite load(
            Path root,
            SiteConfigs.Loaded loaded,
            ContentScanner.Result scan,
            ThemeVersion themeVersion,
            String platformSetting,
            String baseUrlOverride)
            throws IOException {
        return load(
                root,
                loaded,
                scan,
                SiteSetup.of(
                        root,
                        loaded.config(),
                        platformSetting,
                        baseUrlOverride,
                        themeVersion,
                        System.getenv(),
                        loaded.workflows()));
    }

    /**
     * Loads the site from a configuration, file scan and build set-up (platform, served configuration,
     * theme version) the caller already made: a run decides the set-up once, for the fingerprint of its
     * inputs, this load and the console.
     */
    public LoadedSite load(Path root, SiteConfigs.Loaded loaded, ContentScanner.Result scan, SiteSetup setup)
            throws IOException {
        SiteConfig config = setup.config();
        List<SourceEntry> markdown = new ArrayList<>();
        for (SourceEntry e : scan.entries()) {
            if (e.markdown()) {
                markdown.add(e);
            }
        }
        List<String> notices = Collections.synchronizedList(new ArrayList<>(scan.skippedNotices()));
        if (loaded.notice() != null) {
            notices.add(loaded.notice());
        }
        boolean optionalFrontMatter =
                setup.platform().runs(io.github.faqkit.core.platform.PagesPlugins.OPTIONAL_FRONT_MATTER);
        PageParser parser =
                new PageParser(config, e -> optionalFrontMatter && !PluginPages.leftRaw(e.path(), config.include()));
        // pages whose text holds Liquid: rendered once every page's front matter is known (site.pages)
        Map<SourceEntry, byte[]> liquid = new ConcurrentHashMap<>();
        Map<String, Page> previous = new HashMap<>();
        List<Page> parsed = readAll(markdown, scan, parser, config, notices, liquid, previous);
        parsed.sort((a, b) -> a.path().compareTo(b.path()));
        DataFiles data = DataFiles.read(root);
        // the site's _plugins: read here once, for the Liquid set-up now and for the rules through the site
        io.github.faqkit.core.platform.SitePluginSources sitePlugins =
                io.github.faqkit.core.platform.SitePluginSources.read(root);
        io.github.faqkit.core.platform.ThemeIncludes themeIncludes =
                io.github.faqkit.core.platform.ThemeIncludes.of(config, setup.theme());
        // one reading of the site's layouts and includes for the Liquid engine and every walker of layout chains
        io.github.faqkit.core.TemplateTexts templates = new io.github.faqkit.core.TemplateTexts();
        io.github.faqkit.core.liquid.LiquidBuild liquidBuild = new io.github.faqkit.core.liquid.LiquidBuild(
                io.github.faqkit.core.platform.PluginSiteKeys.unknown(setup.platform(), sitePlugins),
                io.github.faqkit.core.platform.PluginPageKeys.of(setup.platform()),
                io.github.faqkit.core.platform.PluginSiteKeys.setBy(setup.platform(), config.raw()),
                io.github.faqkit.core.platform.Liquid4Plugins.unknownTags(
                        setup.platform(), sitePlugins, config, setup.theme()),
                io.github.faqkit.core.platform.Liquid4Plugins.pluginFilters(
                        setup.platform(), sitePlugins, config.raw()),
                themeIncludes::lacks,
                io.github.faqkit.core.platform.OtherTheme.of(config) == null,
                themeIncludes.releases().isEmpty() ? "" : "just-the-docs " + themeIncludes.releases(),
                new FileIndex(scan.entries()),
                templates);
        LiquidPages.Result rendered =
                LiquidPages.render(root, config, parsed, liquid, parser, keepText, data, notices, liquidBuild);
        List<Page> pages = PluginPages.applyAll(
                rendered.pages(),
                scan.entries(),
                setup.platform(),
                config.include(),
                config.raw().path("readme_index").path("with_frontmatter").asBoolean(false)
                        && config.raw()
                                .path("readme_index")
                                .path("with_frontmatter")
                                .isBoolean());
        pages.sort((a, b) -> a.path().compareTo(b.path()));
        List<Page> htmlPages = htmlPages(scan, parser, notices);
        AssetReferences assets;
        try {
            assets = AssetReferences.scan(
                    root,
                    config.digest() == SiteConfig.NO_FILE ? null : config.file(),
                    scan.entries(),
                    repositoryMarkdown,
                    templates);
        } catch (IOException | RuntimeException e) {
            notices.add("layouts, includes and styles could not be read for image references (" + e + "): no image"
                    + " is reported unreferenced (IMG006) in this run");
            assets = AssetReferences.unknown();
        }
        Site site = new Site(
                root,
                config,
                pages,
                scan.entries(),
                setup.theme(),
                assets,
                htmlPages,
                setup.platform(),
                setup.ownNavigation(),
                loaded.problem() != null
                                && loaded.problem()
                                        .stops(
                                                setup.platform().jekyllMajor(),
                                                setup.platform().guessed())
                        ? loaded.problem()
                        : null);
        site.derived(TemplateKeys.class, s -> rendered.keys());
        site.derived(io.github.faqkit.core.liquid.RelativeIncludes.class, s -> rendered.includes());
        site.derived(io.github.faqkit.core.liquid.LayoutIncludes.class, s -> rendered.layouts());
        site.derived(
                io.github.faqkit.core.platform.NavigationLayouts.class,
                s -> io.github.faqkit.core.platform.NavigationLayouts.of(root, config, templates));
        site.derived(DataFiles.class, s -> data);
        site.derived(io.github.faqkit.core.platform.SitePluginSources.class, s -> sitePlugins);
        site.derived(
                io.github.faqkit.core.platform.WorkflowOutputs.class,
                s -> loaded.workflows().outputs());
        site.derived(
                io.github.faqkit.core.platform.ContentLayouts.class,
                s -> io.github.faqkit.core.platform.ContentLayouts.of(root, config, templates));
        site.derived(
                io.github.faqkit.core.platform.LayoutIds.class,
                s -> io.github.faqkit.core.platform.LayoutIds.of(root, config, templates));
        site.derived(
                io.github.faqkit.core.platform.UnnamedKeyLayouts.class,
                s -> io.github.faqkit.core.platform.UnnamedKeyLayouts.of(root, config, templates));
        List<String> sortedNotices = new ArrayList<>(notices);
        Collections.sort(sortedNotices);
        java.util.Set<String> liquidPaths = new java.util.HashSet<>();
        liquid.keySet().forEach(e -> liquidPaths.add(e.path()));
        Map<String, Page> previousBuilt = new HashMap<>();
        previous.forEach((path, page) -> {
            // a README that jekyll-readme-index may make its folder's index depends on the other pages: not known
            if (!PluginPages.mayBecomeIndex(page, setup.platform())) {
                previousBuilt.put(path, PluginPages.apply(page, setup.platform(), config.include()));
            }
        });
        return new LoadedSite(site, sortedNotices, liquidPaths, previousBuilt);
    }

    /** The {@code .html} files with front matter: pages of the navigation and link targets (bodies unchecked). */
    private List<Page> htmlPages(ContentScanner.Result scan, PageParser parser, List<String> notices) {
        List<Page> out = new ArrayList<>();
        for (SourceEntry e : scan.entries()) {
            if (!HtmlPages.candidate(e)) {
                continue;
            }
            try {
                Page p = HtmlPages.parse(e, reader.read(e), parser);
                if (p != null) {
                    out.add(p);
                }
            } catch (IOException ex) {
                notices.add(e.path() + ": skipped, " + ReadFailures.describe(ex));
            }
        }
        return out;
    }

    private List<Page> readAll(
            List<SourceEntry> markdown,
            ContentScanner.Result scan,
            PageParser parser,
            SiteConfig config,
            List<String> notices,
            Map<SourceEntry, byte[]> liquid,
            Map<String, Page> previous) {
        List<Page> pages = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger parsed = new AtomicInteger();
        // A loader that keeps texts must parse: a stored summary has none.
        PageCache cache = cacheDirectory == null || keepText
                ? null
                : PageCache.open(cacheDirectory, toolVersion, config, scan.startedAtNanos(), cacheLog);
        markdown.parallelStream().forEach(scanned -> {
            SourceEntry e = scanned;
            try {
                // the stamp the walk saw, taken before the bytes are read: a later write moves it
                FileStamp stamp = scan.stamp(e.path());
                PageCache.Hit unread = cache == null ? null : cache.lookupUnread(e, stamp);
                if (unread != null) {
                    digests.accept(e, unread.sha256());
                    pages.add(unread.page());
                    return;
                }
                // taken before the read too: a write after it moves it
                long changed = cache == null ? -1 : FileStamp.changeTime(e.file());
                byte[] bytes;
                try {
                    bytes = reader.read(e);
                } catch (IOException ex) {
                    notices.add(e.path() + ": skipped, " + ReadFailures.describe(ex));
                    return;
                }
                // keyed, stored and rendered as the page it is built as (its key then differs from the scan's
                // entry, so lookupUnread never binds it as a document)
                e = parser.asBuilt(e, bytes);
                String sha256 = cache != null || digests != NO_DIGESTS ? Sha256.hex(bytes) : null;
                if (sha256 != null) {
                    digests.accept(e, sha256);
                }
                boolean hasLiquid = LiquidText.hasLiquid(bytes);
                if (hasLiquid) {
                    liquid.put(e, bytes);
                }
                // the platform decides how a file behind a byte order mark is read, and the cache key does not
                // know the platform: such (rare) files are always parsed
                PageCache.Key key = cache == null || parser.readsBehindBom(e, bytes) ? null : cache.keyOf(e, sha256);
                Page cached = key == null ? null : cache.lookup(e, key, stamp, changed, hasLiquid);
                if (cached != null) {
                    pages.add(cached);
                    return;
                }
                Page page = parser.parse(e, bytes);
                Page kept = keepText ? page : page.withoutText();
                pages.add(kept);
                if (key != null) {
                    cache.store(e, key, stamp, changed, hasLiquid, kept);
                }
            } catch (RuntimeException | StackOverflowError ex) {
                notices.add(e.path() + ": skipped, it could not be parsed (internal error: "
                        + ReadFailures.oneLine(String.valueOf(ex)) + "); please report this as a bug");
            } finally {
                progress.parsed(parsed.incrementAndGet(), markdown.size());
            }
        });
        if (cache != null && previousOf != null) {
            for (SourceEntry e : markdown) {
                String sha256 = previousOf.get(e.path());
                Page page = sha256 == null ? null : cache.previous(e, sha256);
                if (page != null) {
                    previous.put(e.path(), page);
                }
            }
        }
        if (cache != null) {
            cache.save();
            cacheLog.accept("faq cache: reused the parsed summaries of " + cache.hits() + " of " + markdown.size()
                    + " pages (" + cacheDirectory + "), " + cache.unread() + " of them without reading the file");
        }
        return new ArrayList<>(pages);
    }
}
