package io.github.faqkit.core.liquid;

import io.github.faqkit.core.FileIndex;
import io.github.faqkit.core.TemplateTexts;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the site's build brings to its Liquid beyond {@code _config.yml}, as the site load found it from the platform,
 * the plugins and the theme.
 *
 * @param pluginKeys whether the build runs plugins that may add {@code site} keys (then unset ones are unknown)
 * @param pluginPageKeys page keys the build's plugins set (unknown where the front matter has none)
 * @param pluginSiteKeys site keys the build's plugins set in place of {@code _config.yml}'s (unknown)
 * @param unknownToLiquid4 the tags that stop this build: the Liquid 5 tags no plugin of it defines, which the Liquid 4
 *     every Jekyll runs does not know, and {@code include_cached} where jekyll-include-cache is certainly not loaded
 *     ({@link Liquid4Tags})
 * @param pluginFilters the only filter names the build's plugins may define; null when any name may be one (a
 *     filter Liquid, Jekyll and they do not define hands its input on, as lax Liquid 4 does)
 * @param themeLacks which includes the theme the site names certainly does not have (by name under
 *     {@code _includes}); null when that is not known (then a theme may have any include not nested in a folder)
 * @param themeIsJustTheDocs whether the layouts the site lacks are just-the-docs' ({@link LayoutIncludes})
 * @param theme the theme release(s) whose includes {@code themeLacks} knows, as a writer reads them ("" if none)
 * @param files the files the build reads (the content scan's index): {@code {% link %}} looks its paths up there, as
 *     Jekyll looks them up among the site's pages and static files (an excluded file is no target); null: the disk
 * @param templates the texts of the site's layouts and includes, read once a run for every reader of them
 */
public record LiquidBuild(
        boolean pluginKeys,
        Set<String> pluginPageKeys,
        Set<String> pluginSiteKeys,
        Set<String> unknownToLiquid4,
        Set<String> pluginFilters,
        Predicate<String> themeLacks,
        boolean themeIsJustTheDocs,
        String theme,
        FileIndex files,
        TemplateTexts templates) {

    public LiquidBuild {
        pluginPageKeys = Set.copyOf(pluginPageKeys);
        pluginSiteKeys = Set.copyOf(pluginSiteKeys);
        unknownToLiquid4 = Set.copyOf(unknownToLiquid4);
        pluginFilters = pluginFilters == null ? null : Set.copyOf(pluginFilters);
    }

    /**
     * A build nothing is known of beyond the config: no plugin keys, every Liquid 5 tag taken as defined, any filter
     * a plugin's, any include outside a folder the theme's, files looked up on disk.
     */
    public static LiquidBuild unknown() {
        return new LiquidBuild(false, Set.of(), Set.of(), Set.of(), null, null, true, "", null, new TemplateTexts());
    }

    /** The same build where the plugins may define only {@code filters} (null: any). */
    public LiquidBuild withPluginFilters(Set<String> filters) {
        return new LiquidBuild(
                pluginKeys,
                pluginPageKeys,
                pluginSiteKeys,
                unknownToLiquid4,
                filters,
                themeLacks,
                themeIsJustTheDocs,
                theme,
                files,
                templates);
    }
}
