package io.github.faqkit.rules.config;

import io.github.faqkit.core.BrokenDataFiles;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/**
 * CFG002: Jekyll reads every data file of {@code _data} at the start of a build, whether a page uses it or not, and
 * stops the whole build on one it cannot read. Not listed in {@code RuleInputs}: it runs on every rerun that checks.
 */
public final class DataFileInvalid extends Rule {
    public DataFileInvalid() {
        super(
                ConfigRules.CFG002,
                "data-file-invalid",
                Severity.ERROR,
                "A data file in _data (YAML, JSON, CSV, TSV) that Jekyll cannot read: it stops the whole build.");
    }

    @Override
    public void checkSite(Site site, Reporter out) {
        for (BrokenDataFiles.Problem p :
                site.derived(BrokenDataFiles.class, s -> BrokenDataFiles.NONE).problems()) {
            out.report(
                    p.file(),
                    p.line(),
                    p.column(),
                    p.reason() + ", so Jekyll stops building the site (it reads every data file, used or not)",
                    p.hint());
        }
    }
}
