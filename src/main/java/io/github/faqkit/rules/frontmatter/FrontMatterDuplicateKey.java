package io.github.faqkit.rules.frontmatter;

import io.github.faqkit.core.FrontMatter;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** FM004: Ruby's YAML keeps the last of two equal keys and silently drops the first. */
public final class FrontMatterDuplicateKey extends Rule {
    public FrontMatterDuplicateKey() {
        super(
                FrontMatterRules.FM004,
                "front-matter-duplicate-key",
                Severity.ERROR,
                "A front matter key is given twice.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        for (FrontMatter.Duplicate d : page.frontMatter().duplicates()) {
            FrontMatter.Entry r = d.repeated();
            out.report(
                    page,
                    r.keyLine(),
                    r.keyColumn(),
                    "'" + r.key() + "' is given again here (first on line "
                            + d.first().keyLine() + "); Jekyll keeps only this last value and ignores line "
                            + d.first().keyLine(),
                    "delete one of the two '" + r.key() + "' lines");
        }
    }
}
