package io.github.faqkit.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.faqkit.core.kramdown.KramdownAnalyzer;
import io.github.faqkit.core.markdown.MarkdownBody;
import io.github.faqkit.core.refs.Reference;
import io.github.faqkit.core.refs.ReferenceScanner;
import java.util.List;

/** Turns the bytes of one Markdown file into a {@link Page}: the only place a page is parsed. */
public final class PageParser {
    private final SiteConfig config;
    private final java.util.function.Predicate<SourceEntry> optionalFrontMatterRenders;

    public PageParser(SiteConfig config) {
        this(config, e -> false);
    }

    /**
     * @param optionalFrontMatterRenders the Markdown files jekyll-optional-front-matter renders where the build runs
     *     it (not a README, LICENSE …): without front matter it renders them, Liquid included; and Jekyll's own test
     *     for a page sees a UTF-8 byte order mark and takes the file as static, but the plugin then renders it,
     *     reading the file without the BOM, front matter included
     */
    public PageParser(SiteConfig config, java.util.function.Predicate<SourceEntry> optionalFrontMatterRenders) {
        this.config = config;
        this.optionalFrontMatterRenders = optionalFrontMatterRenders;
    }

    /** Whether the build reads {@code bytes} of {@code entry} behind their BOM: the post reader, or a plugin that renders the page. */
    public boolean readsBehindBom(SourceEntry entry, byte[] bytes) {
        if (!SourceText.startsWithUtf8Bom(bytes)) {
            return false;
        }
        if ("posts".equals(entry.collection())) {
            // the post reader asks for no front matter: it reads the file as UTF-8 with its BOM dropped and finds
            // the front matter behind it (platform-golden documents-titles-and-posts)
            return true;
        }
        return entry.markdown() && entry.collection() == null && optionalFrontMatterRenders.test(entry);
    }

    /**
     * The entry as the build takes the file. Jekyll reads a Markdown file of a collection without front matter as a
     * static file, and jekyll-optional-front-matter makes a page of every Markdown static file: where the build runs
     * it, that file is a page at its source path ({@code _guides/plain.md} at {@code /_guides/plain.html}), whether
     * the collection has output or not, beside the raw copy the collection writes (platform-golden
     * collection-no-front-matter). Only Jekyll 4 lists a collection's static files in {@code site.static_files},
     * where the plugin looks: under Jekyll 3 (GitHub Pages) the file stays the raw copy alone.
     */
    public SourceEntry asBuilt(SourceEntry entry, byte[] bytes) {
        return entry.collection() != null
                        && config.jekyllMajor() >= 4
                        // the post reader takes _posts' files itself, front matter or not: none is a static file
                        && !entry.collection().equals("posts")
                        && entry.markdown()
                        && optionalFrontMatterRenders.test(entry)
                        && !SourceText.startsWithUtf8Bom(bytes)
                        && !FrontMatterParser.hasYamlHeader(bytes, 0)
                ? entry.asPage()
                : entry;
    }

    /**
     * A Markdown page of the site (not of a collection) without front matter that jekyll-optional-front-matter
     * renders: Jekyll renders its Liquid like any page's (recorded: liquid-golden/optional-front-matter).
     */
    private boolean rendersWithoutFrontMatter(SourceEntry entry, FrontMatter fm) {
        return fm.status() == FrontMatter.Status.MISSING
                && entry.markdown()
                && entry.collection() == null
                && optionalFrontMatterRenders.test(entry);
    }

    /** A post's {@code categories} (list or space-separated) and {@code category}, as Jekyll reads them. */
    static List<String> categories(ObjectNode data) {
        List<String> out = new java.util.ArrayList<>();
        for (String key : List.of("category", "categories")) {
            com.fasterxml.jackson.databind.JsonNode n = data.get(key);
            if (n == null || n.isNull()) {
                continue;
            }
            if (n.isArray()) {
                n.forEach(c -> out.add(c.asText()));
            } else if (!n.isContainerNode()) {
                for (String c : n.asText().trim().split("\\s+")) {
                    if (!c.isEmpty()) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    public Page parse(SourceEntry entry, byte[] bytes) {
        return parse(entry, bytes, null);
    }

    /**
     * The same, rendering the body's Liquid first (as Jekyll does) when {@code liquid} is given and the
     * body holds any; a body without Liquid is parsed exactly as without an engine.
     */
    public Page parse(SourceEntry scanned, byte[] bytes, io.github.faqkit.core.liquid.LiquidEngine liquid) {
        SourceEntry entry = asBuilt(scanned, bytes);
        // Decode the front matter and the body straight from the bytes, each once; only a file that is not
        // clean UTF-8 is decoded whole first, to find the position of its first bad byte.
        boolean bom = SourceText.startsWithUtf8Bom(bytes);
        boolean behindBom = readsBehindBom(entry, bytes);
        int start = bom ? 3 : 0;
        FrontMatterParser.Split split = FrontMatterParser.split(bytes, start, bom && !behindBom);
        String bodyText = null;
        if (split != null) {
            int from = start + split.bodyOffset();
            bodyText = Utf8.decodeValid(bytes, from, bytes.length - from);
        }
        SourceText source;
        if (bodyText != null) {
            source = SourceText.ofValidUtf8(bytes);
        } else {
            source = SourceText.decode(bytes);
            String text = source.text();
            split = FrontMatterParser.split(text, source.utf8Bom() && !behindBom);
            bodyText = text.substring(split.bodyOffset());
        }
        FrontMatter fm = split.frontMatter();
        if (Documents.postWithoutBlock(entry, fm)) {
            fm = FrontMatter.absent(FrontMatter.Status.POST_WITHOUT_BLOCK);
        }
        String type = entry.collection() == null ? "pages" : entry.collection();
        ObjectNode data = config.defaultsFor(entry.path(), type);
        data.setAll(fm.toObjectNode());
        if (entry.collection() != null && fm.isPage()) {
            Documents.giveTitle(data, entry.path(), config.jekyllMajor() < 4);
        }
        String permalink = data.hasNonNull("permalink") && data.get("permalink").isTextual()
                ? data.get("permalink").asText()
                : null;
        String url = entry.collection() == null
                ? Urls.pageUrl(entry.path(), permalink, config.permalink(), config.jekyllMajor() < 4)
                : Urls.documentUrl(new Urls.Document(
                        entry.collection(),
                        entry.pathInCollection(),
                        permalink,
                        SiteConfig.text(
                                config.raw()
                                        .path("collections")
                                        .path(entry.collection())
                                        .get("permalink"),
                                null),
                        config.permalink(),
                        Documents.withFolderCategories(entry, categories(data), config.collectionsDir()),
                        data.hasNonNull("slug") && data.get("slug").isValueNode()
                                ? data.get("slug").asText()
                                : null,
                        DocumentDate.of(entry, fm, data, config.publishing().zone()),
                        config.jekyllMajor() < 4));
        // Liquid first, as Jekyll does, then the kramdown model of its output. Jekyll renders Liquid only in
        // files it renders (front matter, or a Markdown page jekyll-optional-front-matter renders; published);
        // others are copied as they are, or left out.
        io.github.faqkit.core.liquid.Rendered rendered = liquid == null
                        || !(fm.isPage() || rendersWithoutFrontMatter(entry, fm))
                        || !entry.published()
                        || config.publishing().leftOut(entry, fm, data) != null
                ? null
                : liquid.renderPage(
                        bodyText,
                        io.github.faqkit.core.liquid.SiteDrop.pageDrop(
                                entry,
                                data,
                                url,
                                io.github.faqkit.core.liquid.SiteDrop.pageDate(
                                        entry,
                                        fm,
                                        data,
                                        config,
                                        java.time.ZonedDateTime.now(
                                                config.publishing().zone()))),
                        entry.path().contains("/")
                                ? entry.path().substring(0, entry.path().lastIndexOf('/'))
                                : "");
        MarkdownBody body = rendered == null || rendered.map() == null
                ? MarkdownBody.parse(bodyText, split.bodyStartLine() - 1)
                : MarkdownBody.rendered(rendered.text(), split.bodyStartLine() - 1, rendered.map(), bodyText);
        KramdownAnalyzer.Result kramdown = KramdownAnalyzer.parse(body, config);
        // a page kramdown stops on is never rendered: its links and images reach no reader
        List<Reference> refs =
                kramdown.model().stop() != null ? List.of() : ReferenceScanner.scan(body, kramdown.spans());
        Page page = new Page(
                entry,
                source,
                fm,
                data,
                url,
                body,
                kramdown.model(),
                refs,
                Suppressions.scan(body, kramdown.spans()),
                LiquidLoops.variables(bodyText),
                Page.digestOf(bytes),
                config.publishing());
        Page built = behindBom && fm.isPage() ? page.asBuilt(page.data(), page.url(), true) : page;
        return rendered == null
                ? built
                : built.withLiquid(
                        io.github.faqkit.core.liquid.PageLiquid.of(rendered, split.bodyStartLine() - 1, bodyText));
    }
}
