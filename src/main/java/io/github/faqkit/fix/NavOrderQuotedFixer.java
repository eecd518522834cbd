package io.github.faqkit.fix;

import io.github.faqkit.core.Finding;
import io.github.faqkit.core.FrontMatter;
import io.github.faqkit.rules.frontmatter.FrontMatterRules;
import java.util.regex.Pattern;

/** FM009: {@code nav_order: "10"} → {@code nav_order: 10}, so the theme sorts it as a number. */
final class NavOrderQuotedFixer implements Fixer {
    /** Numbers Ruby's YAML reads back as the same value; a leading zero would be read as octal. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

    @Override
    public String ruleId() {
        return FrontMatterRules.FM009;
    }

    @Override
    public Proposal propose(Finding f, FixContext ctx) {
        FrontMatter.Entry e = ctx.page().frontMatter().entry("nav_order");
        if (e == null || e.valueLine() != f.line() || !ctx.text().exists(f.line())) {
            return Proposal.none("nav_order is no longer at this position");
        }
        String line = ctx.text().line(f.line());
        int open = e.valueColumn() - 1;
        if (open < 0 || open >= line.length() || (line.charAt(open) != '"' && line.charAt(open) != '\'')) {
            return Proposal.none("the value is not a simple quoted scalar");
        }
        int close = line.indexOf(line.charAt(open), open + 1);
        if (close < 0) {
            return Proposal.none("the quoted value continues on the next line");
        }
        String rest = line.substring(close + 1).strip();
        if (!rest.isEmpty() && !rest.startsWith("#")) {
            return Proposal.none("unexpected text after the quoted value");
        }
        String number = line.substring(open + 1, close).strip();
        if (!PLAIN_NUMBER.matcher(number).matches()) {
            return Proposal.none("'" + number + "' would not read back as the same number without quotes"
                    + " (write it as a plain decimal number)");
        }
        int base = ctx.text().start(f.line());
        return Proposal.fix("unquoted nav_order " + number, new Edit(base + open, base + close + 1, number));
    }
}
