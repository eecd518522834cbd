package io.github.faqkit.rules.frontmatter;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.faqkit.core.DocumentDate;
import io.github.faqkit.core.FrontMatter;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** FM006: values the theme reads with a type it cannot use (a quoted boolean is always true in Liquid). */
public final class KeyType extends Rule {
    private static final List<String> BOOLEANS =
            List.of("has_children", "nav_exclude", "has_toc", "search_exclude", "nav_enabled");
    /** Ruby's YAML 1.1 reads these plain words as booleans; Jackson leaves them strings. */
    private static final Set<String> YAML11_BOOLEANS = Set.of("yes", "no", "on", "off", "true", "false");

    public KeyType() {
        super(
                FrontMatterRules.FM006,
                "key-type",
                Severity.ERROR,
                "A just-the-docs or Jekyll key has a value of the wrong type: "
                        + "nav_order number or string; booleans for has_children, nav_exclude, has_toc, search_exclude, "
                        + "nav_enabled; child_nav_order 'reversed' or 'desc'; permalink a string; a document's date one Jekyll"
                        + " can read.");
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        // Jekyll reads every document before it asks whether it is written: a collection without output or
        // 'published: false' stops the build on a bad date too (post-date-golden/invalid.txt, _notes)
        date(page, out);
        if (!page.published()) {
            return; // a document of a collection without output: data for templates, not a page of the theme
        }
        FrontMatter fm = page.frontMatter();
        FrontMatter.Entry e = fm.entry("nav_order");
        // nil (a key without a value) is no nav_order at all: the theme orders the page by title
        if (e != null
                && !(e.value().isNumber() || e.value().isTextual() || e.value().isNull())) {
            report(
                    out,
                    page,
                    e,
                    "nav_order must be a number (or a string); " + describe(e.value())
                            + " makes just-the-docs' sort fail or misplace the page",
                    "write e.g. 'nav_order: 3'");
        }
        for (String key : BOOLEANS) {
            FrontMatter.Entry b = fm.entry(key);
            if (b == null || b.value().isBoolean() || b.value().isNull()) {
                continue;
            }
            String text = b.value().asText().toLowerCase(Locale.ROOT);
            if (b.value().isTextual() && !b.quoted() && YAML11_BOOLEANS.contains(text)) {
                continue;
            }
            report(
                    out,
                    page,
                    b,
                    key + " must be true or false; " + describe(b.value())
                            + (b.value().isTextual() ? stringEffect(key, site) : ""),
                    "write '" + key + ": "
                            + (text.startsWith("f") || text.equals("no") || text.equals("0") ? "false" : "true")
                            + "' without quotes");
        }
        FrontMatter.Entry c = fm.entry("child_nav_order");
        if (c != null
                && !c.value().isNull()
                && !(c.value().isTextual()
                        && (c.value().asText().equals("reversed")
                                || c.value().asText().equals("desc")))) {
            report(
                    out,
                    page,
                    c,
                    "child_nav_order must be 'reversed' (or the deprecated 'desc'); " + describe(c.value())
                            + " is ignored by just-the-docs",
                    "write 'child_nav_order: reversed' or remove it");
        }
        FrontMatter.Entry p = fm.entry("permalink");
        // 'docs/x' without the leading slash is fine: Jekyll's URL sanitizing makes it '/docs/x'
        if (p != null && !p.value().isNull() && !p.value().isTextual()) {
            report(
                    out,
                    page,
                    p,
                    "permalink must be a string; " + describe(p.value()) + " gives Jekyll no usable URL",
                    "write e.g. 'permalink: /docs/faq/'");
        }
        FrontMatter.Entry t = fm.entry("title");
        if (t != null && t.value().isContainerNode()) {
            report(
                    out,
                    page,
                    t,
                    "title must be text; " + describe(t.value()) + " is shown as raw data in the "
                            + "navigation and cannot be matched by a child's 'parent'",
                    "write 'title: …' on one line");
        }
    }

    private void date(Page page, Reporter out) {
        FrontMatter.Entry d = page.frontMatter().entry("date");
        // Jekyll parses the date of a document of a collection (not of a page) and stops the whole build on one
        // it cannot read (post-date-golden/invalid.txt)
        if (d != null
                && DocumentDate.readByJekyll(page.path(), page.entry().collection())
                && DocumentDate.stopsJekyll(d.value())) {
            report(
                    out,
                    page,
                    d,
                    "date must be a date Jekyll can read; "
                            + (d.value() == null || d.value().isNull() ? "an empty value" : describe(d.value()))
                            + " stops the whole build with \"does not have a valid date in the YAML front matter\"",
                    "write e.g. 'date: 2023-09-30' or 'date: 2023-09-30 10:00:00 +0200', or remove the key");
        }
    }

    /** What the theme makes of a string where it expects a boolean. */
    private static String stringEffect(String key, Site site) {
        if (key.equals("nav_exclude") && site.nav().excludesOnlyTrue()) {
            // components/nav: `nav_exclude != true` is false only for the boolean itself
            return " is a string, not the boolean true: just-the-docs " + site.themeVersion()
                    + " keeps this page in the navigation whatever the string says";
        }
        return " is a string, which Liquid treats as true whatever it says";
    }

    private static void report(Reporter out, Page page, FrontMatter.Entry e, String message, String hint) {
        out.report(page, e.valueLine(), e.valueColumn(), message, hint);
    }

    static String describe(JsonNode v) {
        if (v.isObject()) {
            return "a mapping";
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isTextual()) {
            return "\"" + v.asText() + "\"";
        }
        return "'" + v.asText() + "'";
    }
}
