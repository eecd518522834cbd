package io.github.faqkit.core.liquid;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.PageParser;
import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.SourceEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second phase of loading a site with Liquid. The first phase parsed every page as it is, which
 * gives every page's front matter and URL (what {@code site.pages} shows); this one renders the bodies
 * that hold Liquid with that site and parses them again from the output. Pages without Liquid are not
 * touched.
 */
public final class LiquidPages {
    private LiquidPages() {}

    /**
     * The pages after Liquid, the front matter keys the site's templates read, and the files the pages pulled in
     * with {@code include_relative}.
     */
    public record Result(List<Page> pages, TemplateKeys keys, RelativeIncludes includes, LayoutIncludes layouts) {}

    /**
     * @param pages the pages of the first phase (texts may be released)
     * @param liquid bytes of the files whose text holds {@code {{} or {@code {%}, by entry
     * @param keepText whether the result keeps page texts
     * @param data {@code _data}, read once for {@code site.data} and for the files that stop the build
     * @param notes where to say what could not be rendered
     * @param build what the site's build brings to Liquid: plugins' keys, tags and filters, the theme's includes
     * @return {@code pages} with the Liquid pages replaced, in the same order
     */
    public static Result render(
            Path siteRoot,
            SiteConfig config,
            List<Page> pages,
            Map<SourceEntry, byte[]> liquid,
            PageParser parser,
            boolean keepText,
            io.github.faqkit.core.DataFiles data,
            List<String> notes,
            LiquidBuild build) {
        List<String> texts = new ArrayList<>();
        // the pages whose own Liquid reads keys it does not name: any key of theirs may show
        java.util.Set<String> unnamed = new java.util.HashSet<>();
        liquid.forEach((e, b) -> {
            String text = new String(b, StandardCharsets.UTF_8);
            texts.add(text);
            if (PageKeyReads.readsUnnamedKeys(text)) {
                unnamed.add(e.path());
            }
        });
        java.util.Set<String> collections = new java.util.HashSet<>();
        config.raw().path("collections").fieldNames().forEachRemaining(collections::add);
        if (liquid.isEmpty()
                && !java.nio.file.Files.isDirectory(siteRoot.resolve("_layouts"))
                && !java.nio.file.Files.isDirectory(siteRoot.resolve("_includes"))) {
            return new Result(pages, TemplateKeys.NONE, RelativeIncludes.NONE, LayoutIncludes.NONE);
        }
        SiteDrop drop = liquid.isEmpty()
                ? SiteDrop.build(
                        data, config, List.of(), build.pluginKeys(), build.pluginPageKeys(), build.pluginSiteKeys())
                : SiteDrop.build(
                        data, config, pages, build.pluginKeys(), build.pluginPageKeys(), build.pluginSiteKeys());
        notes.addAll(drop.notes());
        LiquidEngine engine = new LiquidEngine(siteRoot, config, drop, texts, build);
        TemplateKeys keys = TemplateKeys.of(engine, texts, collections).withUnnamedReaders(unnamed);
        if (liquid.isEmpty()) {
            LayoutIncludes layouts = LayoutIncludes.NONE;
            if (LayoutIncludes.worthRendering(engine, config)) {
                // layouts loop over site.pages, which the drop of a site without Liquid pages leaves out
                SiteDrop full = SiteDrop.build(
                        data, config, pages, build.pluginKeys(), build.pluginPageKeys(), build.pluginSiteKeys());
                LiquidEngine withPages = new LiquidEngine(siteRoot, config, full, texts, build);
                layouts = LayoutIncludes.find(withPages, config, pages, build.themeIsJustTheDocs(), build.theme());
            }
            return new Result(pages, keys, RelativeIncludes.NONE, layouts);
        }
        Map<String, Page> replaced = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, SourceEntry> byPath = new HashMap<>();
        liquid.keySet().forEach(e -> byPath.put(e.path(), e));
        byPath.values().parallelStream().forEach(e -> {
            try {
                Page p = parser.parse(e, liquid.get(e), engine);
                replaced.put(e.path(), keepText ? p : p.withoutText());
            } catch (RuntimeException | StackOverflowError ex) {
                notes.add(e.path() + ": its Liquid could not be rendered (internal error: " + ex
                        + "); it was checked as written");
            }
        });
        List<Page> out = new ArrayList<>(pages.size());
        for (Page p : pages) {
            out.add(replaced.getOrDefault(p.path(), p));
        }
        LayoutIncludes layouts = LayoutIncludes.worthRendering(engine, config)
                ? LayoutIncludes.find(engine, config, out, build.themeIsJustTheDocs(), build.theme())
                : LayoutIncludes.NONE;
        return new Result(out, keys, new RelativeIncludes(engine.relativelyIncluded()), layouts);
    }
}
