package io.github.faqkit.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole site as Jekyll and the theme see it: configuration, every Markdown file, every other
 * file, and the page graph (URLs, titles, navigation tree).
 */
public final class Site {
    private final List<Page> listedUnwritten;
    private final Path contentDirectory;
    private final SiteConfig config;
    private final List<Page> markdownFiles;
    private final List<Page> pages;
    private final List<SourceEntry> staticFiles;
    private final FileIndex files;
    private final Map<String, Page> pagesByUrl = new HashMap<>();
    private final Map<String, List<Page>> allByUrl = new HashMap<>();
    private final Map<String, Page> pagesByPath = new HashMap<>();
    private final Map<String, List<Page>> pagesByTitle = new LinkedHashMap<>();
    private final NavTree nav;
    private final LanguageBuilds languages;
    private final ThemeVersion themeVersion;
    private final String themeSource;
    private final AssetReferences assetReferences;
    private final ConfigProblem configProblem;
    private final io.github.faqkit.core.platform.PlatformChoice platform;
    private final String ownNavigation;
    private final Map<Class<?>, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A site built on {@code platform}; {@code htmlPages} are the {@code .html} files with front matter (pages
     * with a URL and a place in the navigation, whose body is not checked).
     *
     * @param ownNavigation the site's own navigation include (null: the theme's builds the navigation)
     * @param configProblem why {@code _config.yml} could not be used (null: it could, or there is none)
     */
    public Site(
            Path contentDirectory,
            SiteConfig config,
            List<Page> markdownFiles,
            List<SourceEntry> allFiles,
            io.github.faqkit.core.platform.ThemeVersions.Found theme,
            AssetReferences assetReferences,
            List<Page> htmlPages,
            io.github.faqkit.core.platform.PlatformChoice platform,
            String ownNavigation,
            ConfigProblem configProblem) {
        this.platform = platform;
        this.ownNavigation = ownNavigation;
        this.assetReferences = assetReferences;
        this.configProblem = configProblem;
        this.contentDirectory = contentDirectory;
        this.config = config;
        this.markdownFiles = List.copyOf(markdownFiles);
        this.themeVersion = theme.version();
        this.themeSource = theme.source();
        List<Page> rendered = new ArrayList<>();
        List<Page> all = new ArrayList<>(markdownFiles);
        all.addAll(htmlPages);
        all.sort((a, b) -> a.path().compareTo(b.path()));
        for (Page p : all) {
            pagesByPath.put(p.path(), p);
            if (p.rendered()) {
                rendered.add(p);
                pagesByUrl.putIfAbsent(p.url(), p);
                allByUrl.computeIfAbsent(p.url(), k -> new ArrayList<>()).add(p);
                String t = p.title();
                if (t != null) {
                    pagesByTitle.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
                }
            }
        }
        this.pages = Collections.unmodifiableList(rendered);
        // a document Jekyll does not write (dated after the build) stays in site.<collection>, from which the theme
        // builds that collection's navigation: it is listed there, its link a 404 (nav-golden future)
        List<Page> listed = new ArrayList<>(rendered);
        List<Page> unwritten = new ArrayList<>();
        for (Page p : all) {
            if (!p.rendered() && p.listedInCollection() && p.entry().collection() != null) {
                listed.add(p);
                unwritten.add(p);
            }
        }
        this.listedUnwritten = Collections.unmodifiableList(unwritten);
        this.staticFiles = SourceEntries.withoutMarkdown(allFiles);
        this.files = new FileIndex(allFiles);
        this.languages =
                LanguageBuilds.of(listed, config.raw(), platform != null && platform.runs(LanguageBuilds.POLYGLOT));
        this.nav = new NavTree(
                listed,
                themeVersion,
                "case_insensitive".equals(config.raw().path("nav_sort").asText()),
                NavSections.of(config.raw()),
                languages);
    }

    public Path contentDirectory() {
        return contentDirectory;
    }

    /** Why {@code _config.yml} could not be used (its settings are then the defaults); null when it could. */
    public ConfigProblem configProblem() {
        return configProblem;
    }

    public SiteConfig config() {
        return config;
    }

    /** Every Markdown file found, rendered or not (files without front matter are static to Jekyll). */
    public List<Page> markdownFiles() {
        return markdownFiles;
    }

    /** The platform that builds the site, and its plugins. */
    /**
     * The site's own include that builds the navigation instead of the theme's
     * ({@link io.github.faqkit.core.platform.OwnNavigation}), or null.
     */
    public String ownNavigation() {
        return ownNavigation;
    }

    public io.github.faqkit.core.platform.PlatformChoice platform() {
        return platform;
    }

    /** The files Jekyll renders as pages: Markdown files, and {@code .html} files with front matter. */
    public List<Page> pages() {
        return pages;
    }

    /** Files other than Markdown (images, attachments, layouts are not included). */
    public List<SourceEntry> staticFiles() {
        return staticFiles;
    }

    public FileIndex files() {
        return files;
    }

    public Page pageByUrl(String url) {
        return pagesByUrl.get(url);
    }

    /**
     * The page at {@code url} that a link from {@code from} reaches: with jekyll-polyglot, the one of the builds
     * {@code from} is in (the French page links to the French translation at the same URL).
     */
    public Page pageByUrl(String url, Page from) {
        Page first = pagesByUrl.get(url);
        if (first == null || from == null || !languages.split() || languages.share(from, first)) {
            return first;
        }
        for (Page p : allByUrl.getOrDefault(url, List.of())) {
            if (languages.share(from, p)) {
                return p;
            }
        }
        return first;
    }

    public Page pageByPath(String path) {
        return pagesByPath.get(path);
    }

    /** Rendered pages carrying exactly this title. */
    /**
     * Documents Jekyll does not write (dated after the build) but keeps in {@code site.<collection>}: the theme's
     * navigation of that collection lists them, and pages name them as parent.
     */
    public List<Page> listedUnwritten() {
        return listedUnwritten;
    }

    public List<Page> pagesTitled(String title) {
        return pagesByTitle.getOrDefault(title, List.of());
    }

    public Map<String, List<Page>> pagesByTitle() {
        return pagesByTitle;
    }

    /** The language builds of jekyll-polyglot: which pages meet in one build. */
    public LanguageBuilds languages() {
        return languages;
    }

    public NavTree nav() {
        return nav;
    }

    /** Image paths that layouts, includes, Sass, HTML files and {@code _config.yml} name. */
    public AssetReferences assetReferences() {
        return assetReferences;
    }

    public ThemeVersion themeVersion() {
        return themeVersion;
    }

    /** Where {@link #themeVersion()} comes from (the file or setting that names it, or why it is assumed). */
    public String themeSource() {
        return themeSource;
    }

    /**
     * An index or cache computed from this site once and kept with it (so it lives exactly as long as
     * the site, unlike a static map keyed by the site).
     */
    public <T> T derived(Class<T> type, java.util.function.Function<Site, T> factory) {
        Object known = derived.get(type);
        if (known != null) {
            return type.cast(known);
        }
        // made outside the map: a factory may ask for another derived value, which computeIfAbsent forbids ("Recursive
        // update" whenever the two keys share a bin, so only in some runs); two threads may both make it, the first
        // one kept
        T made = factory.apply(this);
        if (made == null) {
            return null;
        }
        Object first = derived.putIfAbsent(type, made);
        return type.cast(first != null ? first : made);
    }
}
