package io.github.faqkit.rules.kramdown;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.fix.Fix;
import io.github.faqkit.core.fix.FixRecipe;
import io.github.faqkit.core.fix.PageText;
import io.github.faqkit.core.fix.Refusal;
import io.github.faqkit.core.fix.Repair;
import io.github.faqkit.core.fix.TextEdit;
import io.github.faqkit.core.kramdown.AttributeLine;
import io.github.faqkit.core.kramdown.BlockRef;
import io.github.faqkit.core.kramdown.KramdownModel;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** IAL001: An attribute line separated by blank lines from the block above lands on the next block instead. */
public final class IalDetached extends Rule {
    public IalDetached() {
        super(
                KramdownRules.IAL001,
                "ial-detached",
                Severity.ERROR,
                "An attribute line separated by blank lines from the block above lands on the next block instead.");
    }

    /**
     * A detached '{: .no_toc }' or '{: .no_toc .text-delta }' is why TOC004 sees a listed title or a styled TOC
     * list on that line: one mistake.
     */
    @Override
    public Set<String> absorbs() {
        return Set.of(KramdownRules.TOC004);
    }

    @Override
    public boolean checksShownBody() {
        return true;
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        if (!page.rendered()) {
            return;
        }
        KramdownModel k = page.kramdown();
        for (AttributeLine a : k.attributeLines()) {
            if (a.placement() != AttributeLine.Placement.DETACHED
                    || a.above() == null
                    || a.above().type().equals("html_element")
                    || calloutForTheBlockBelow(a, site)) {
                continue;
            }
            out.report(
                    page,
                    a.line(),
                    a.column(),
                    "'" + a.text() + "' is separated by a blank line from "
                            + a.above().description() + ", so kramdown does not apply it there: it lands on "
                            + a.target().description(),
                    hint(a),
                    fix(page, a));
        }
    }

    // A raw HTML block above (a '<div markdown="block">', '<details>', '<summary>') is skipped: such a block
    // takes its attributes in its own tag, so a line under it after a blank line is written for the block
    // below, kramdown's attribute-line-before-a-block form; kramdown puts it there.

    /**
     * True when every class of the line is a callout for the block it lands on, which is not a heading: a
     * callout the site configures ({@code callouts:} in {@code _config.yml}, or its {@code -title} form), a
     * variant the line names beside its callout ({@code .info .info-icon}, a class the site's stylesheet makes
     * per callout in a Sass loop), or a class the site's own stylesheet styles for that kind of block
     * ({@code p.important} over a paragraph, as sites made their callouts before the theme had them).
     * just-the-docs writes a callout line above the paragraph or quote it styles, so kramdown applying it to
     * the block below, across a blank line, is what the writer asked for.
     */
    private static boolean calloutForTheBlockBelow(AttributeLine a, Site site) {
        JsonNode callouts = site.config().raw().path("callouts");
        if (a.target() == null || a.target().type().equals("header")) {
            return false;
        }
        String element = ELEMENTS.get(a.target().type());
        List<String> names = new ArrayList<>();
        Matcher m = CLASS.matcher(a.text());
        while (m.find()) {
            names.add(m.group(1));
        }
        int classes = 0;
        for (String name : names) {
            String callout = name.endsWith("-title") ? name.substring(0, name.length() - "-title".length()) : name;
            boolean configured = callouts.isObject() && callouts.has(callout);
            boolean variant = callouts.isObject() && variantOfNamedCallout(name, names, callouts);
            boolean styled = element != null && site.assetReferences().styles(element, name);
            if (!configured && !variant && !styled) {
                return false;
            }
            classes++;
        }
        String rest = CLASS.matcher(a.text()).replaceAll("").replaceAll("[{}:\\s]", "");
        return classes > 0 && rest.isEmpty();
    }

    /** True when {@code name} is {@code callout-…} for a configured callout that the same line names too. */
    private static boolean variantOfNamedCallout(String name, List<String> names, JsonNode callouts) {
        for (String other : names) {
            if (callouts.has(other) && name.length() > other.length() + 1 && name.startsWith(other + "-")) {
                return true;
            }
        }
        return false;
    }

    /** kramdown's block types and the HTML elements they become, for the site's selectors. */
    private static final java.util.Map<String, String> ELEMENTS = java.util.Map.of(
            "p", "p", "blockquote", "blockquote", "ul", "ul", "ol", "ol", "dl", "dl", "table", "table");

    /** A class in an attribute line: {@code .name}. */
    private static final Pattern CLASS = Pattern.compile("\\.([A-Za-z0-9_-]+)");

    // The fix removes the blank lines between the heading and the attribute line(s) and, if the attribute
    // line was glued to the block below, puts one blank line there, so that block stays apart:
    // '# T⏎⏎{: .no_toc}⏎⏎## 目录' becomes '# T⏎{: .no_toc}⏎⏎## 目录'. Only a heading above is certain to
    // be the block the line was meant for; kramdown's model says what that block is.

    /** A setext heading's underline, the heading's last line. */
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    /** An attribute line outside any block quote or list item: at most three spaces before its '{:'. */
    private static final Pattern TOP_LEVEL = Pattern.compile("^ {0,3}\\{:");

    /** The repair of the attribute line at file line {@code line} of {@code page}. */
    static FixRecipe fixAt(Page page, int line) {
        for (AttributeLine a : page.kramdown().attributeLines()) {
            if (a.line() == line) {
                return fix(page, a);
            }
        }
        return FixRecipe.refuse("the line is no longer an attribute line");
    }

    private static FixRecipe fix(Page page, AttributeLine a) {
        return text -> {
            Set<Integer> attributeLines = new HashSet<>();
            page.kramdown().attributeLines().forEach(x -> attributeLines.add(x.line()));
            return moveUnderHeading(text, a, attributeLines);
        };
    }

    private static Repair moveUnderHeading(PageText t, AttributeLine a, Set<Integer> attributeLines) {
        if (!isIal(t, a.line(), attributeLines)) {
            return new Refusal(
                    "the line is not an attribute line outside a block quote or list item;" + " move it yourself");
        }
        if (TocMarkerBroken.TOC_IAL.matcher(t.line(a.line())).matches()) {
            return new Refusal("it is a TOC marker, which TOC001 repairs");
        }
        // Consecutive attribute lines merge in kramdown: move the whole run together.
        int first = a.line();
        while (first - 1 >= 1 && isIal(t, first - 1, attributeLines)) {
            first--;
        }
        int last = a.line();
        while (t.exists(last + 1) && isIal(t, last + 1, attributeLines)) {
            last++;
        }
        int above = first - 1;
        while (above >= 1 && t.blank(above)) {
            above--;
        }
        if (above == first - 1) {
            return new Refusal("no blank line separates it from the block above any more");
        }
        // Attribute lines that already sit under the heading belong to it; look past them.
        int blockEnd = above;
        while (blockEnd >= 1 && isIal(t, blockEnd, attributeLines)) {
            blockEnd--;
        }
        if (blockEnd < 1 || !headingEndsAt(t, a.above(), blockEnd)) {
            return new Refusal("the block above is not a heading, so which block it was meant for is unclear;"
                    + " move it yourself");
        }
        List<TextEdit> edits = new ArrayList<>();
        edits.add(TextEdit.delete(t, t.start(above + 1), t.start(first)));
        if (t.exists(last + 1) && !t.blank(last + 1)) {
            edits.add(TextEdit.insert(t.start(last + 1), t.eol(last)));
        }
        return new Fix(
                "moved the attribute line" + (last > first ? "s" : "") + " up under the heading on line " + blockEnd,
                edits);
    }

    private static boolean isIal(PageText t, int line, Set<Integer> attributeLines) {
        return attributeLines.contains(line)
                && t.exists(line)
                && TOP_LEVEL.matcher(t.line(line)).find();
    }

    /** True when {@code block} is a heading whose last line (ATX: its only line; setext: the underline) is this. */
    private static boolean headingEndsAt(PageText t, BlockRef block, int fileLine) {
        if (block == null || !block.type().equals("header")) {
            return false;
        }
        return fileLine == block.line()
                || fileLine == block.line() + 1
                        && SETEXT_UNDERLINE.matcher(t.line(fileLine)).matches();
    }

    /**
     * Under a heading the line was meant for the heading (a '{: .no_toc }' that slipped down a line); above any other
     * block it is a stray line, and attaching it to that paragraph or list would style text nobody meant to.
     */
    private static String hint(AttributeLine a) {
        if (a.above().type().equals("header")) {
            return "delete the blank line between " + a.above().description() + " and '" + a.text()
                    + "' so the attribute line sits directly under the block it belongs to";
        }
        return "delete the line '" + a.text() + "'; only if it is meant for "
                + a.target().description() + " (which it styles now), move it directly under that block";
    }
}
