package io.github.faqkit.rules.frontmatter;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.faqkit.core.FrontMatter;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.fix.Fix;
import io.github.faqkit.core.fix.PageText;
import io.github.faqkit.core.fix.Refusal;
import io.github.faqkit.core.fix.Repair;
import io.github.faqkit.core.fix.TextEdit;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.regex.Pattern;

/** FM009: just-the-docs sorts string nav_order values after all numbers, and as text ("10" before "2"). */
public final class NavOrderQuotedNumber extends Rule {
    public NavOrderQuotedNumber() {
        super(
                FrontMatterRules.FM009,
                "nav-order-quoted-number",
                Severity.WARNING,
                "nav_order is a number written as text (quoted, or with a leading 0 that YAML cannot read as an "
                        + "octal number), which sorts as text after every numeric nav_order.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (!page.published()) {
            return; // a document of a collection without output: data for templates, not a page of the theme
        }
        FrontMatter.Entry e = page.frontMatter().entry("nav_order");
        if (e == null || !io.github.faqkit.rules.nav.SortedLists.sorted(page, site)) {
            // no list readers see sorts this page: its nav_order, number or text, changes nothing
            return;
        }
        JsonNode v = e.value();
        if (!e.quoted()
                && v.isTextual()
                && LEADING_ZERO.matcher(v.asText().trim()).matches()) {
            String n = v.asText().trim();
            out.report(
                    page,
                    e.valueLine(),
                    e.valueColumn(),
                    "nav_order " + n + " is read as text, not as a number: YAML reads digits after a leading 0 as an "
                            + "octal number, and " + n + " is none (8 and 9 are no octal digits), so just-the-docs "
                            + "sorts it as text, after every page with a numeric nav_order",
                    "write it without the leading zero ('nav_order: " + n.replaceFirst("^([-+]?)0+(?=\\d)", "$1")
                            + "'), and drop the leading zeros of its siblings too: YAML reads 070 as the octal 56");
            return;
        }
        if (v.isTextual() && v.asText().trim().matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            out.report(
                    page,
                    e.valueLine(),
                    e.valueColumn(),
                    "nav_order \"" + v.asText() + "\" is quoted, so "
                            + "just-the-docs sorts it as text, after every page with a numeric nav_order (and \"10\" before \"2\")",
                    "remove the quotes: 'nav_order: " + v.asText().trim() + "'",
                    text -> unquote(text, e));
        }
    }

    /** Digits with a leading zero that are no octal number: YAML 1.1 (Ruby's, and SnakeYAML) leaves them text. */
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9]*[89][0-9]*");

    /** Numbers Ruby's YAML reads back as the same value; a leading zero would be read as octal. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

    /** {@code nav_order: "10"} → {@code nav_order: 10}, so the theme sorts it as a number. */
    private static Repair unquote(PageText text, FrontMatter.Entry e) {
        if (!text.exists(e.valueLine())) {
            return new Refusal("nav_order is no longer at this position");
        }
        String line = text.line(e.valueLine());
        int open = e.valueColumn() - 1;
        if (open < 0 || open >= line.length() || (line.charAt(open) != '"' && line.charAt(open) != '\'')) {
            return new Refusal("the value is not a simple quoted scalar");
        }
        int close = line.indexOf(line.charAt(open), open + 1);
        if (close < 0) {
            return new Refusal("the quoted value continues on the next line");
        }
        String rest = line.substring(close + 1).strip();
        if (!rest.isEmpty() && !rest.startsWith("#")) {
            return new Refusal("unexpected text after the quoted value");
        }
        String number = line.substring(open + 1, close).strip();
        if (!PLAIN_NUMBER.matcher(number).matches()) {
            return new Refusal("'" + number + "' would not read back as the same number without quotes"
                    + " (write it as a plain decimal number)");
        }
        int base = text.start(e.valueLine());
        return new Fix("unquoted nav_order " + number, TextEdit.replace(text, base + open, base + close + 1, number));
    }
}
