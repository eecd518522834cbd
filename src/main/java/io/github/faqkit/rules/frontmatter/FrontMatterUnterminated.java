package io.github.faqkit.rules.frontmatter;

import io.github.faqkit.core.FrontMatter;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** FM002: an opening {@code ---} that is never closed makes the whole file body text with no data. */
public final class FrontMatterUnterminated extends Rule {
    public FrontMatterUnterminated() {
        super(
                FrontMatterRules.FM002,
                "front-matter-unterminated",
                Severity.ERROR,
                "The opening '---' of the front matter is never closed by '---' or '...'.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (page.frontMatter().status() == FrontMatter.Status.UNTERMINATED) {
            out.report(
                    page,
                    1,
                    1,
                    "the front matter opened by '---' on line 1 is never closed, so Jekyll renders "
                            + "the settings as page text and the page gets no title, parent or permalink",
                    "add a line containing only '---' after the last front matter key");
        }
    }
}
