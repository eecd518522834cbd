package io.github.faqkit.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.faqkit.core.kramdown.KramdownModel;
import io.github.faqkit.core.markdown.MarkdownBody;
import io.github.faqkit.core.refs.Reference;
import java.util.List;

/**
 * A Markdown file of the site, parsed once: its front matter (own keys with positions, and the
 * effective data after {@code _config.yml} defaults), its URL, its body structure, what kramdown makes
 * of it, and its references. Rules read this model and never the file.
 */
public final class Page {
    private final SourceEntry entry;
    private final SourceText source;
    private final FrontMatter frontMatter;
    private final ObjectNode data;
    private final String url;
    private final MarkdownBody body;
    /** Decoded on first use when the page comes from a stored summary (see {@link Deferred}). */
    private final Deferred<KramdownModel> kramdown;

    /** Decoded on first use as the kramdown model is. */
    private final Deferred<List<Reference>> references;

    private final Suppressions suppressions;
    private final java.util.Set<String> loopVariables;
    private final long digest;
    /** Rendered by a platform plugin although it has no front matter (jekyll-optional-front-matter). */
    private final boolean renderedByPlugin;

    private final io.github.faqkit.core.liquid.PageLiquid liquid;
    /** The site's publishing settings, and why they leave this page out (null: they do not). */
    private final Publishing publishing;

    private final Publishing.LeftOut leftOut;

    Page(
            SourceEntry entry,
            SourceText source,
            FrontMatter frontMatter,
            ObjectNode data,
            String url,
            MarkdownBody body,
            KramdownModel kramdown,
            List<Reference> references) {
        this(entry, source, frontMatter, data, url, body, kramdown, references, Suppressions.NONE);
    }

    Page(
            SourceEntry entry,
            SourceText source,
            FrontMatter frontMatter,
            ObjectNode data,
            String url,
            MarkdownBody body,
            KramdownModel kramdown,
            List<Reference> references,
            Suppressions suppressions) {
        this(
                entry,
                source,
                frontMatter,
                data,
                url,
                body,
                kramdown,
                references,
                suppressions,
                LiquidLoops.variables(body.text()),
                0,
                Publishing.DEFAULT);
    }

    Page(
            SourceEntry entry,
            SourceText source,
            FrontMatter frontMatter,
            ObjectNode data,
            String url,
            MarkdownBody body,
            KramdownModel kramdown,
            List<Reference> references,
            Suppressions suppressions,
            java.util.Set<String> loopVariables,
            long digest,
            Publishing publishing) {
        this(
                entry,
                source,
                frontMatter,
                data,
                url,
                body,
                Deferred.of(kramdown),
                Deferred.of(references),
                suppressions,
                loopVariables,
                digest,
                publishing);
    }

    /**
     * A page whose kramdown model and references are made when a rule first asks for them (a page rebuilt from its
     * summary).
     */
    Page(
            SourceEntry entry,
            SourceText source,
            FrontMatter frontMatter,
            ObjectNode data,
            String url,
            MarkdownBody body,
            Deferred<KramdownModel> kramdown,
            Deferred<List<Reference>> references,
            Suppressions suppressions,
            java.util.Set<String> loopVariables,
            long digest,
            Publishing publishing) {
        this(
                entry,
                source,
                frontMatter,
                data,
                url,
                body,
                kramdown,
                references,
                suppressions,
                loopVariables,
                digest,
                false,
                io.github.faqkit.core.liquid.PageLiquid.NONE,
                publishing,
                publishing.leftOut(entry, frontMatter, data));
    }

    private Page(
            SourceEntry entry,
            SourceText source,
            FrontMatter frontMatter,
            ObjectNode data,
            String url,
            MarkdownBody body,
            Deferred<KramdownModel> kramdown,
            Deferred<List<Reference>> references,
            Suppressions suppressions,
            java.util.Set<String> loopVariables,
            long digest,
            boolean renderedByPlugin,
            io.github.faqkit.core.liquid.PageLiquid liquid,
            Publishing publishing,
            Publishing.LeftOut leftOut) {
        this.publishing = publishing;
        this.leftOut = leftOut;
        this.renderedByPlugin = renderedByPlugin;
        this.liquid = liquid;
        this.suppressions = suppressions;
        this.loopVariables = loopVariables;
        this.entry = entry;
        this.source = source;
        this.frontMatter = frontMatter;
        this.data = data;
        this.url = url;
        this.body = body;
        this.kramdown = kramdown;
        this.references = references;
        this.digest = digest;
    }

    /**
     * This page without its text (source and body keep their facts and line numbering): the summary the
     * rules run on. Rules must not need the text; {@link SourceText#text()} and
     * {@link MarkdownBody#text()} throw on it.
     */
    public Page withoutText() {
        // every summary keeps its data for as long as the site lives: in one array, not a hash map
        return copy(
                source.withoutText(),
                ArrayMap.compact(data),
                url,
                body.withoutText(),
                Deferred.of(kramdown.get().withoutBlocks()),
                renderedByPlugin,
                liquid);
    }

    /**
     * This page as the platform's plugins build it: {@code data} is what the theme sees in {@code page}
     * (e.g. a title taken from the first heading), {@code renderedByPlugin} makes a file without front matter
     * a rendered page (jekyll-optional-front-matter).
     */
    public Page asBuilt(ObjectNode data, boolean renderedByPlugin) {
        return asBuilt(data, url, renderedByPlugin);
    }

    /** As {@link #asBuilt(ObjectNode, boolean)}, served at {@code url} (jekyll-readme-index: a folder's index). */
    public Page asBuilt(ObjectNode data, String url, boolean renderedByPlugin) {
        ObjectNode kept = data == this.data || hasText() ? data : ArrayMap.compact(data);
        return copy(source, kept, url, body, kramdown, renderedByPlugin, liquid);
    }

    /** True when a platform plugin renders this file although it has no front matter. */
    public boolean renderedByPlugin() {
        return renderedByPlugin;
    }

    /** This page with what Liquid did to it. */
    public Page withLiquid(io.github.faqkit.core.liquid.PageLiquid facts) {
        return copy(source, data, url, body, kramdown, renderedByPlugin, facts);
    }

    /** This page with the parts that differ between its versions replaced; the rest is shared. */
    private Page copy(
            SourceText source,
            ObjectNode data,
            String url,
            MarkdownBody body,
            Deferred<KramdownModel> kramdown,
            boolean renderedByPlugin,
            io.github.faqkit.core.liquid.PageLiquid liquid) {
        return new Page(
                entry,
                source,
                frontMatter,
                data,
                url,
                body,
                kramdown,
                references,
                suppressions,
                loopVariables,
                digest,
                renderedByPlugin,
                liquid,
                publishing,
                leftOut);
    }

    /** What Liquid did to this page ({@link io.github.faqkit.core.liquid.PageLiquid#NONE} when it has none). */
    public io.github.faqkit.core.liquid.PageLiquid liquid() {
        return liquid;
    }

    /**
     * Names bound by a {@code {% for name in … %}} anywhere in the page: an image path built from one has
     * a value per item, so there is no single path to check.
     */
    public java.util.Set<String> loopVariables() {
        return loopVariables;
    }

    /** True when this page still holds its text (see {@link #withoutText()}). */
    public boolean hasText() {
        return source.hasText();
    }

    /** Fingerprint of the file's bytes when it was parsed (length and CRC-32C), to tell whether it changed. */
    public long digest() {
        return digest;
    }

    /** The fingerprint {@link #digest()} of these bytes. */
    public static long digestOf(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return ((long) bytes.length << 32) ^ crc.getValue();
    }

    /** Path relative to the content directory, with {@code /} separators. */
    public String path() {
        return entry.path();
    }

    public SourceEntry entry() {
        return entry;
    }

    public SourceText source() {
        return source;
    }

    public FrontMatter frontMatter() {
        return frontMatter;
    }

    /** Front matter after defaults: what the theme sees in {@code page}. */
    public ObjectNode data() {
        return data;
    }

    /** True when Jekyll renders this file (it has a front matter block). */
    public boolean rendered() {
        return (frontMatter.isPage() || renderedByPlugin) && published();
    }

    /**
     * False when Jekyll leaves this file out of the site: its collection is not written, it says
     * {@code published: false} (or an empty {@code published:}, which Jekyll's publisher reads as false), or it is a
     * document dated in the future; {@code unpublished} and {@code future} of {@code _config.yml} lift the last two
     * ({@link Publishing}). Such a page is not written, not in {@code site.pages}, and not copied as a file either.
     */
    public boolean published() {
        return entry.published() && leftOut == null;
    }

    /** True when Jekyll leaves this page out because of its {@code published} setting or its date. */
    public boolean unpublishedByFrontMatter() {
        return leftOut != null;
    }

    /** Why Jekyll leaves this page out by its front matter (null when it does not), for messages. */
    public Publishing.LeftOut leftOut() {
        return leftOut;
    }

    /** True when Liquid finds this document in {@code site.<collection>} (see {@link Publishing#listed}). */
    public boolean listedInCollection() {
        return entry.collection() != null && frontMatter.isPage() && publishing.listed(entry, data, leftOut);
    }

    /** The page URL without {@code baseurl}, e.g. {@code /docs/gpt/ai} or {@code /docs/}. */
    public String url() {
        return url;
    }

    public MarkdownBody body() {
        return body;
    }

    public KramdownModel kramdown() {
        return kramdown.get();
    }

    public List<Reference> references() {
        return references.get();
    }

    /** The faq-disable comments of the body, applied by the validator after the rules ran. */
    public Suppressions suppressions() {
        return suppressions;
    }

    /** The {@code title} as the theme compares it (numbers become their text); null when absent or empty. */
    public String title() {
        return scalar("title");
    }

    public String parent() {
        return scalar("parent");
    }

    public String grandParent() {
        return scalar("grand_parent");
    }

    public String ancestor() {
        return scalar("ancestor");
    }

    /** A scalar key as text; null when absent, null, empty or not a scalar. */
    public String scalar(String key) {
        JsonNode n = data.get(key);
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        String s = n.asText();
        return s.isEmpty() ? null : s;
    }

    public boolean flag(String key, boolean dflt) {
        JsonNode n = data.get(key);
        return n != null && n.isBoolean() ? n.asBoolean() : dflt;
    }

    /** Line of the key in this page's own front matter, or 1 when the key came from defaults or is absent. */
    public int keyLine(String key) {
        FrontMatter.Entry e = frontMatter.entry(key);
        return e == null ? 1 : e.keyLine();
    }

    public int valueLine(String key) {
        FrontMatter.Entry e = frontMatter.entry(key);
        return e == null ? 1 : e.valueLine();
    }

    public int valueColumn(String key) {
        FrontMatter.Entry e = frontMatter.entry(key);
        return e == null ? 1 : e.valueColumn();
    }

    @Override
    public String toString() {
        return path();
    }
}
