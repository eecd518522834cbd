package io.github.faqkit.core.liquid;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.SiteConfig;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code site} and {@code page} variables as Jekyll hands them to Liquid: {@code _config.yml}'s
 * values, {@code site.data} from {@code _data}, the pages, documents and collections with their front
 * matter (after defaults) and URLs. Built once per run from the front matter of every page, before any
 * body is rendered.
 */
public final class SiteDrop {
    /** A data file larger than this is not read (it would be unknown, not absent). */
    private final Map<String, Object> site;

    private final Map<String, Map<String, Object>> pagesByPath;
    /** Page keys the build's plugins set (see {@link #build(Path, SiteConfig, List, boolean, java.util.Set)}). */
    private final java.util.Set<String> pageKeys;

    private final List<String> notes;

    private SiteDrop(
            Map<String, Object> site,
            Map<String, Map<String, Object>> pagesByPath,
            java.util.Set<String> pageKeys,
            List<String> notes) {
        this.site = site;
        this.pagesByPath = pagesByPath;
        this.pageKeys = java.util.Set.copyOf(pageKeys);
        this.notes = notes;
    }

    public static SiteDrop build(Path siteRoot, SiteConfig config, List<Page> pages) {
        return build(siteRoot, config, pages, false);
    }

    /**
     * The same for a build that runs plugins whose additions to {@code site} are not known ({@code pluginKeys}):
     * there a key that neither {@code _config.yml} nor Jekyll sets may still have a value (a language plugin's
     * {@code site.lang}), so reading it gives the opaque mark, not nil.
     */
    public static SiteDrop build(Path siteRoot, SiteConfig config, List<Page> pages, boolean pluginKeys) {
        return build(siteRoot, config, pages, pluginKeys, java.util.Set.of());
    }

    /**
     * The same where the build's plugins set the page keys {@code pageKeys} (jekyll-last-modified-at's
     * {@code last_modified_at}): a page, or an item of {@code site.pages}, without one in its front matter reads it
     * as unknown, not nil.
     */
    public static SiteDrop build(
            Path siteRoot, SiteConfig config, List<Page> pages, boolean pluginKeys, java.util.Set<String> pageKeys) {
        return build(siteRoot, config, pages, pluginKeys, pageKeys, java.util.Set.of());
    }

    /**
     * The same where the build's plugins set the site keys {@code siteKeys} in place of {@code _config.yml}'s
     * (jekyll-github-metadata's {@code site.title} fallback): reading one gives the opaque mark, not nil.
     */
    public static SiteDrop build(
            Path siteRoot,
            SiteConfig config,
            List<Page> pages,
            boolean pluginKeys,
            java.util.Set<String> pageKeys,
            java.util.Set<String> siteKeys) {
        return build(io.github.faqkit.core.DataFiles.read(siteRoot), config, pages, pluginKeys, pageKeys, siteKeys);
    }

    /** The same with {@code _data} read already. */
    public static SiteDrop build(
            io.github.faqkit.core.DataFiles data,
            SiteConfig config,
            List<Page> pages,
            boolean pluginKeys,
            java.util.Set<String> pageKeys,
            java.util.Set<String> siteKeys) {
        List<String> notes = new ArrayList<>();
        Map<String, Object> site = Plain.map(config.raw());
        site.put("baseurl", config.printedBaseurl());
        site.put("url", config.url());
        ZonedDateTime now = ZonedDateTime.now(config.publishing().zone());
        site.put("time", now);
        notes.addAll(data.notes());
        site.put("data", data(data.root()));
        // jekyll-github-metadata (GitHub Pages) fills site.github from the GitHub API: unknown here, not empty
        site.putIfAbsent("github", new Unknown());
        List<Object> plainPages = new ArrayList<>();
        List<Object> documents = new ArrayList<>();
        Map<String, List<Dated>> byCollection = new LinkedHashMap<>();
        Map<String, Map<String, Object>> byPath = new LinkedHashMap<>();
        for (Page p : pages) {
            // a collection's documents are all in site.<label>, written or not (output: false keeps them as data)
            // a document with published: false is read by no one: Jekyll drops it while reading the collection (a
            // post it does not publish too, e.g. one dated in the future)
            boolean document = p.listedInCollection();
            if (!p.rendered() && !document) {
                continue;
            }
            ZonedDateTime date = pageDate(p.entry(), p.frontMatter(), p.data(), config, now);
            Map<String, Object> drop = pageDrop(p.entry(), p.data(), p.url(), date);
            if (!pageKeys.isEmpty()) {
                drop = new PluginFilled(drop, pageKeys);
            }
            byPath.put(p.path(), drop);
            String collection = p.entry().collection();
            if (collection == null) {
                plainPages.add(drop);
            } else {
                documents.add(drop);
                byCollection.computeIfAbsent(collection, k -> new ArrayList<>()).add(new Dated(drop, date, p.path()));
            }
        }
        site.put("pages", Collections.unmodifiableList(plainPages));
        site.put("html_pages", Collections.unmodifiableList(plainPages));
        site.put("documents", Collections.unmodifiableList(documents));
        List<Object> collections = new ArrayList<>();
        for (Map.Entry<String, List<Dated>> e : byCollection.entrySet()) {
            // Jekyll sorts each collection's documents by date, then path (Document#<=>); site.posts is the
            // posts newest first, the same date by path backwards (liquid-golden post-dates)
            List<Dated> sorted = new ArrayList<>(e.getValue());
            sorted.sort(Dated.ORDER);
            List<Object> docs = Collections.unmodifiableList(
                    sorted.stream().map(Dated::drop).toList());
            List<Object> listed = new ArrayList<>(docs);
            if (e.getKey().equals("posts")) {
                Collections.reverse(listed);
            }
            site.put(e.getKey(), Collections.unmodifiableList(listed));
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("label", e.getKey());
            c.put("docs", docs);
            collections.add(Collections.unmodifiableMap(c));
        }
        site.putIfAbsent("posts", List.of());
        site.put("collections", Collections.unmodifiableList(collections));
        siteKeys.forEach(site::remove);
        Map<String, Object> frozen = Collections.unmodifiableMap(site);
        Map<String, Object> variable = pluginKeys
                ? new PluginFilled(frozen, null)
                : siteKeys.isEmpty() ? frozen : new PluginFilled(frozen, java.util.Set.copyOf(siteKeys));
        return new SiteDrop(variable, byPath, pageKeys, List.copyOf(notes));
    }

    /** A document with its date, for the order Jekyll gives a collection. */
    private record Dated(Map<String, Object> drop, ZonedDateTime date, String path) {
        static final java.util.Comparator<Dated> ORDER = java.util.Comparator.comparing(
                        (Dated d) -> d.date().toInstant())
                .thenComparing(Dated::path);
    }

    /**
     * A document's {@code date} as Jekyll gives it ({@code Document#date}): its front matter date or the one in its
     * file name, a time in the site's zone that prints as Ruby prints one ({@code 2023-09-30 00:00:00 -0400}); without
     * either the build's time ({@code site.time}).
     */
    public static ZonedDateTime documentDate(
            io.github.faqkit.core.SourceEntry entry,
            io.github.faqkit.core.FrontMatter fm,
            com.fasterxml.jackson.databind.JsonNode data,
            java.time.ZoneId zone,
            ZonedDateTime now) {
        ZonedDateTime date = io.github.faqkit.core.DocumentDate.of(entry, fm, data, zone);
        return date != null ? date.withZoneSameInstant(zone) : now;
    }

    /**
     * The {@code date} a page or document shows in Liquid where it is not the front matter text as written: a
     * document's ({@link #documentDate}); a page's front matter {@code date} written as an unquoted YAML timestamp
     * with a time of day, which YAML makes a Time, printed in the site's zone by Jekyll 4 and in UTC by GitHub Pages'
     * Jekyll 3 (liquid-golden post-dates stamp.md, golden-pages.txt). Null: the front matter's value as it is (a
     * plain date prints as written, {@code 2023-05-06}).
     */
    public static ZonedDateTime pageDate(
            io.github.faqkit.core.SourceEntry entry,
            io.github.faqkit.core.FrontMatter fm,
            com.fasterxml.jackson.databind.JsonNode data,
            SiteConfig config,
            ZonedDateTime now) {
        java.time.ZoneId zone = config.publishing().zone();
        if (entry.collection() != null) {
            return documentDate(entry, fm, data, zone, now);
        }
        io.github.faqkit.core.FrontMatter.Entry own = fm == null ? null : fm.entry("date");
        com.fasterxml.jackson.databind.JsonNode d = data == null ? null : data.get("date");
        if (own == null
                || own.quoted()
                || d == null
                || !d.isTextual()
                || !io.github.faqkit.core.DocumentDate.yamlTimestamp(d.asText())) {
            return null;
        }
        ZonedDateTime time = io.github.faqkit.core.DocumentDate.of(entry.path(), data, false, zone);
        return time == null
                ? null
                : time.withZoneSameInstant(config.jekyllMajor() >= 4 ? zone : java.time.ZoneOffset.UTC);
    }

    /** A page as {@code page} (and as an item of {@code site.pages}) shows it. */
    public static Map<String, Object> pageDrop(Page p) {
        return pageDrop(p.entry(), p.data(), p.url());
    }

    /** The same from a page's parts, before the page exists. */
    public static Map<String, Object> pageDrop(
            io.github.faqkit.core.SourceEntry entry, com.fasterxml.jackson.databind.node.ObjectNode data, String url) {
        return pageDrop(entry, data, url, null);
    }

    /** The same with a document's {@code date} ({@link #documentDate}; null: the front matter's, as written). */
    public static Map<String, Object> pageDrop(
            io.github.faqkit.core.SourceEntry entry,
            com.fasterxml.jackson.databind.node.ObjectNode data,
            String url,
            ZonedDateTime date) {
        Map<String, Object> drop = Plain.map(data);
        if (date != null) {
            drop.put("date", date);
        }
        String path = entry.path();
        int slash = path.lastIndexOf('/');
        drop.put("url", url);
        drop.put("path", path);
        drop.put("name", path.substring(slash + 1));
        drop.put("dir", dirOf(url));
        if (entry.collection() != null) {
            drop.put("collection", entry.collection());
            drop.put("id", stripExtension(url));
        }
        return new PageValue(Collections.unmodifiableMap(drop));
    }

    /**
     * A page or document as a Liquid value. Its keys are known (front matter, URL); its text is not: Jekyll gives
     * {@code {{ doc }}}, {@code doc.content} and {@code doc.output} as that page's rendered HTML (with its layout,
     * when it was rendered first, as a collection's documents are before the pages), which is not computed here.
     * Headings, links and images in it are then unknown, not absent.
     */
    static final class PageValue extends java.util.AbstractMap<String, Object> {
        private static final java.util.Set<String> RENDERED = java.util.Set.of("content", "output");
        private final Map<String, Object> data;

        PageValue(Map<String, Object> data) {
            this.data = data;
        }

        @Override
        public Object get(Object key) {
            if (RENDERED.contains(key) && !data.containsKey(key)) {
                return unknown();
            }
            return data.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return RENDERED.contains(key) || data.containsKey(key);
        }

        @Override
        public java.util.Set<Map.Entry<String, Object>> entrySet() {
            return data.entrySet();
        }

        @Override
        public String toString() {
            return unknown();
        }

        private static String unknown() {
            RenderState state = RenderState.current();
            if (state != null) {
                state.opaque = true;
            }
            return String.valueOf(LiquidText.OPAQUE);
        }
    }

    private static String dirOf(String url) {
        int slash = url.lastIndexOf('/');
        return slash < 0 ? "/" : url.substring(0, slash + 1);
    }

    private static String stripExtension(String url) {
        int dot = url.lastIndexOf('.');
        return dot > url.lastIndexOf('/') ? url.substring(0, dot) : url;
    }

    public Map<String, Object> site() {
        return site;
    }

    /**
     * Whether the build runs plugins that may set values no source file holds: then a {@code site} key, and a
     * {@code page} key, that nothing here sets is unknown, not nil (a generator or hook may set page data).
     */
    public boolean pluginKeys() {
        return site instanceof PluginFilled filled && filled.added == null;
    }

    /** The {@code page} variable of {@code page}'s render: as it is, or with unset keys unknown (see pluginKeys). */
    Map<String, Object> pageVariable(Map<String, Object> page) {
        if (pluginKeys()) {
            return new PluginFilled(page, null);
        }
        return pageKeys.isEmpty() ? page : new PluginFilled(page, pageKeys);
    }

    /** The drop of a rendered page by its content-relative path, or null. */
    public Map<String, Object> page(String path) {
        return pagesByPath.get(path);
    }

    /** Data files that could not be read (they are left out of {@code site.data}). */
    public List<String> notes() {
        return notes;
    }

    /**
     * {@code site} or {@code page} where plugins may add keys: the known ones as they are, the ones plugins may set
     * ({@code added}; null: any) unknown.
     */
    static final class PluginFilled extends java.util.AbstractMap<String, Object> {
        private final Map<String, Object> known;
        private final java.util.Set<String> added;

        PluginFilled(Map<String, Object> known, java.util.Set<String> added) {
            this.known = known;
            this.added = added;
        }

        @Override
        public Object get(Object key) {
            Object v = known.get(key);
            if (v != null || known.containsKey(key)) {
                return v;
            }
            return added == null || added.contains(key) ? Unknown.opaqueValue() : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return added == null || added.contains(key) || known.containsKey(key);
        }

        @Override
        public String toString() {
            return known.toString();
        }

        @Override
        public java.util.Set<Map.Entry<String, Object>> entrySet() {
            return known.entrySet();
        }
    }

    /** A drop whose every value is unknown (what a plugin computes): each lookup gives the opaque mark. */
    static final class Unknown extends java.util.AbstractMap<String, Object> {
        @Override
        public Object get(Object key) {
            return opaqueValue();
        }

        /** The opaque mark, noted in the page being rendered: what it shows cannot be known here. */
        static Object opaqueValue() {
            RenderState state = RenderState.current();
            if (state != null) {
                state.opaque = true;
            }
            return String.valueOf(LiquidText.OPAQUE);
        }

        @Override
        public boolean containsKey(Object key) {
            return true;
        }

        @Override
        public java.util.Set<Map.Entry<String, Object>> entrySet() {
            return java.util.Set.of();
        }

        @Override
        public String toString() {
            return String.valueOf(LiquidText.OPAQUE);
        }
    }

    /** {@code site.data}: one key per file (without extension) and per folder. */
    static Map<String, Object> data(io.github.faqkit.core.DataFiles.Folder folder) {
        Map<String, Object> out = new LinkedHashMap<>();
        // Jekyll reads these; unread or refused here, what they hold is unknown, not absent
        java.util.Set<String> unknown = new java.util.HashSet<>();
        folder.entries().forEach((name, d) -> {
            if (d instanceof io.github.faqkit.core.DataFiles.Tree t) {
                out.put(name, Plain.of(t.value()));
            } else if (d instanceof io.github.faqkit.core.DataFiles.Table t) {
                out.put(name, Delimited.read(t.rows()));
            } else if (d instanceof io.github.faqkit.core.DataFiles.Folder f) {
                out.put(name, data(f));
            } else {
                unknown.add(name);
            }
        });
        return unknown.isEmpty()
                ? Collections.unmodifiableMap(out)
                : new PluginFilled(Collections.unmodifiableMap(out), java.util.Set.copyOf(unknown));
    }

    /**
     * CSV/TSV with a header row, as Ruby's CSV with {@code headers: true} gives them: one map per row. An empty
     * field is nil there (false in a Liquid condition), a quoted empty one ({@code ""}) the empty string (true).
     */
    static final class Delimited {
        private Delimited() {}

        static List<Object> read(List<List<String>> rows) {
            List<Object> out = new ArrayList<>();
            if (rows.isEmpty()) {
                return out;
            }
            List<String> header = rows.get(0);
            for (List<String> row : rows.subList(1, rows.size())) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    m.put(header.get(i), i < row.size() ? row.get(i) : null);
                }
                out.add(Collections.unmodifiableMap(m));
            }
            return Collections.unmodifiableList(out);
        }
    }
}
