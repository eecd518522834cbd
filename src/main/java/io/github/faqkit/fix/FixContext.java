package io.github.faqkit.fix;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Site;
import io.github.faqkit.rules.RuleOptions;

/** What a fixer may look at: the parsed page, its text by file lines, the site, the rule options. */
public record FixContext(Page page, PageText text, Site site, RuleOptions options) {
}
