package io.github.faqkit.rules.frontmatter;

import io.github.faqkit.core.FrontMatter;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** FM005: just-the-docs leaves pages without a title out of the navigation. Also checks requiredKeys. */
public final class TitleMissing extends Rule {
    public TitleMissing() {
        super(
                FrontMatterRules.FM005,
                "title-missing",
                Severity.ERROR,
                "A page has no non-empty title (or another required key), so it vanishes from the navigation.");
    }

    /**
     * True for the site's error page: the page written to {@code 404.html} at the site root, which GitHub Pages (and
     * most hosts) serve for a URL that names no file. Its URL is {@code /404.html}, or {@code /404} (a permalink
     * without extension, which Jekyll writes to {@code 404.html}).
     */
    static boolean errorPage(Page page) {
        String url = page.url();
        return url != null && page.entry().collection() == null && (url.equals("/404.html") || url.equals("/404"));
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (page.frontMatter().status() != FrontMatter.Status.OK || !page.published()) {
            return;
        }
        int line = Math.max(1, page.frontMatter().startLine());
        for (String key : out.options().requiredKeys()) {
            if (page.scalar(key) != null
                    || (page.data().has(key)
                            && page.data().get(key).isContainerNode()
                            && !page.data().get(key).isEmpty())) {
                continue;
            }
            boolean present = page.frontMatter().entry(key) != null;
            int l = present ? page.keyLine(key) : line;
            if (key.equals("title")) {
                if (errorPage(page)) {
                    // the page the host serves for every missing URL: no reader navigates to it, and out of the
                    // navigation and the search is where it belongs (Jekyll's own 404.html has no title either)
                    continue;
                }
                String collection = page.entry().collection();
                if (collection != null && !site.nav().listsNamespace(collection)) {
                    // a document of a collection the theme lists nowhere is in no navigation and no search: the
                    // title names nothing the theme shows (the site's own layout decides what the page says)
                    continue;
                }
                String consequence;
                if (site.nav().excluded(page)) {
                    // left out of the navigation on purpose: what the title still gives is a place in the search
                    com.fasterxml.jackson.databind.JsonNode searchExclude =
                            page.data().path("search_exclude");
                    com.fasterxml.jackson.databind.JsonNode searchEnabled =
                            site.config().raw().path("search_enabled");
                    if ((searchExclude.isBoolean() && searchExclude.booleanValue())
                            || (searchEnabled.isBoolean() && !searchEnabled.booleanValue())) {
                        continue;
                    }
                    consequence = "nav_exclude keeps it out of the navigation anyway, but just-the-docs also leaves a "
                            + "page without a title out of the site search, and no page can name it as parent";
                } else {
                    consequence = "just-the-docs leaves it out of the navigation, and no page can name it as parent";
                }
                out.report(
                        page,
                        l,
                        1,
                        (present ? "the title is empty" : "the page has no title") + ": " + consequence,
                        "add 'title: …' to the front matter");
            } else {
                out.report(
                        page,
                        l,
                        1,
                        "the required key '" + key + "' is " + (present ? "empty" : "missing"),
                        "add '" + key + ": …' to the front matter (required by this project's configuration)");
            }
        }
    }
}
