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
                out.report(
                        page,
                        l,
                        1,
                        (present ? "the title is empty" : "the page has no title")
                                + ": just-the-docs leaves it out of the navigation, and no page can name it as parent",
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
