package io.github.faqkit.core.platform;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;

/** What a page rendered by a platform plugin gets, in words for writers. */
public final class PlatformPages {

    private PlatformPages() {}

    /**
     * The problem of a Markdown file that a plugin renders without front matter; null when there is none (it
     * gets a title from its first heading, so the theme lists it like any page).
     */
    public static String withoutFrontMatter(Page page, Site site) {
        if (page.title() != null) {
            return null;
        }
        String layout = site.platform().runs(PagesPlugins.DEFAULT_LAYOUT)
                ? "with the site's default layout (jekyll-default-layout)"
                : "without a layout";
        // a README is left to jekyll-readme-index, which makes it its folder's index
        String renders = PluginPages.leftRaw(page.path(), site.config().include())
                ? " renders this README without front matter as its folder's index (jekyll-readme-index) "
                : " renders this file without front matter (jekyll-optional-front-matter) ";
        return site.platform().platform().displayName()
                + renders
                + layout + ", but it gets no title"
                + (site.platform().runs(PagesPlugins.TITLES_FROM_HEADINGS)
                        ? ": it does not start with a heading of level 1 to 3, which jekyll-titles-from-headings "
                                + "would take,"
                        : ",")
                + " so just-the-docs leaves it out of the navigation";
    }
}
