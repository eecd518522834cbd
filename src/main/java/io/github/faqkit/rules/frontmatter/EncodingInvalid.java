package io.github.faqkit.rules.frontmatter;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;

/** SRC001: Jekyll reads pages as UTF-8 and stops the build on an invalid byte sequence. */
public final class EncodingInvalid extends Rule {
    public EncodingInvalid() {
        super(
                FrontMatterRules.SRC001,
                "encoding-invalid",
                Severity.ERROR,
                "The file is not valid UTF-8: Jekyll fails with 'invalid byte sequence in UTF-8'.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (page.source().hasInvalidBytes() && !page.source().utf16Bom()) {
            out.report(
                    page,
                    page.source().invalidLine(),
                    page.source().invalidColumn(),
                    "this byte is not valid UTF-8: Jekyll stops with 'invalid byte sequence in UTF-8' "
                            + "(the rest of the file was checked with the bad bytes replaced)",
                    "re-save the file as UTF-8 (it was probably written in GBK, Latin-1 or Windows-1252)");
        }
    }
}
