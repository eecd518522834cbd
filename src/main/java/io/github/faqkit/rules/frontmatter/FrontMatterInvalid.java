package io.github.faqkit.rules.frontmatter;

import io.github.faqkit.core.ConfigProblem;
import io.github.faqkit.core.DataFiles;
import io.github.faqkit.core.FrontMatter;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/**
 * FM003: Jekyll logs a YAML error and renders the page with no front matter data at all; a broken
 * {@code _config.yml}, or a data file of {@code _data} that Jekyll cannot read (YAML, JSON, CSV, TSV), stops the build.
 */
public final class FrontMatterInvalid extends Rule {
    public FrontMatterInvalid() {
        super(
                FrontMatterRules.FM003,
                "front-matter-invalid",
                Severity.ERROR,
                "The front matter is not valid YAML (syntax error, tab indentation) or not a mapping; also _config.yml "
                        + "and the data files of _data that Jekyll cannot read (they stop the build).");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        FrontMatter fm = page.frontMatter();
        if (fm.status() == FrontMatter.Status.INVALID) {
            FrontMatter.Problem p = fm.problem();
            out.report(
                    page,
                    p.line(),
                    p.column(),
                    "the front matter is not valid YAML: " + p.message()
                            + "; Jekyll ignores the whole block, so the page loses its title, parent and permalink",
                    "fix the YAML here: indent with spaces, quote values containing ': ' or starting with a "
                            + "special character such as '*', '&', '!', '{' or '['");
        }
    }

    @Override
    public void checkSite(Site site, Reporter out) {
        ConfigProblem p = site.configProblem();
        if (p != null) {
            out.report(site.config().file(), p.line(), p.column(), p.message(), p.hint());
        }
        for (DataFiles.Problem d :
                site.derived(DataFiles.class, s -> DataFiles.NONE).problems()) {
            out.report(
                    d.file(),
                    d.line(),
                    d.column(),
                    d.reason() + ", so Jekyll stops building the site (it reads every data file, used or not)",
                    d.hint());
        }
    }
}
