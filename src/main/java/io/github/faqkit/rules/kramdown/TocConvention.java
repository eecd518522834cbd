package io.github.faqkit.rules.kramdown;

import io.github.faqkit.core.Page;
import io.github.faqkit.core.Severity;
import io.github.faqkit.core.Site;
import io.github.faqkit.core.kramdown.AttributeLine;
import io.github.faqkit.core.kramdown.Heading;
import io.github.faqkit.core.kramdown.KramdownModel;
import io.github.faqkit.core.kramdown.Toc;
import io.github.faqkit.rules.Reporter;
import io.github.faqkit.rules.Rule;
import java.util.List;

/**
 * TOC004: the just-the-docs in-page TOC convention — the title and the TOC label above the marker
 * carry {@code .no_toc}, and {@code .text-delta} styles the label, not the list.
 */
public final class TocConvention extends Rule {
    public TocConvention() {
        super(
                KramdownRules.TOC004,
                "toc-convention",
                Severity.WARNING,
                "just-the-docs TOC convention broken: the title the page begins with, or the label right above the TOC, "
                        + "is listed in it, or .text-delta styles the TOC list.");
    }

    @Override
    public boolean checksShownBody() {
        return true;
    }

    @Override
    public void checkPage(Page page, Site site, Reporter out) {
        KramdownModel k = page.kramdown();
        Toc toc = k.toc();
        if (!page.rendered() || toc == null) {
            return;
        }
        for (Heading h : k.headings()) {
            if (h.line() < toc.line() && h.inToc()) {
                AttributeLine detached = detachedNoToc(k, h);
                if (detached == null && h.line() != toc.openingLine() && h.line() != toc.labelLine()) {
                    // a section the page puts before its TOC (the TOC further down lists it on purpose): only the
                    // title the page begins with and the TOC's own label are the convention's
                    continue;
                }
                if (detached != null) {
                    // The mistake is the blank line above this attribute line (IAL001 there), not the heading.
                    out.report(
                            page,
                            detached.line(),
                            detached.column(),
                            "heading '" + h.text() + "' at line " + h.line() + " sits above the TOC but is listed in"
                                    + " it: its '" + detached.text() + "' here is separated from it by a blank line,"
                                    + " so kramdown puts the class on "
                                    + detached.target().description(),
                            "delete the blank line between the heading and '" + detached.text() + "'");
                    continue;
                }
                out.report(
                        page,
                        h.line(),
                        h.column(),
                        "heading '" + h.text() + "' sits above the TOC but is listed "
                                + "in it (it has no .no_toc class), so the TOC links to "
                                + (h.line() == toc.labelLine() ? "its own label" : "the page title"),
                        "put '{: .no_toc }' on the line directly below this heading, with no blank line between");
            }
        }
        if (toc.classes().contains("text-delta")) {
            int line = toc.markerLine();
            int column = 1;
            for (AttributeLine a : k.attributeLines()) {
                if (a.target() != null
                        && a.target().line() == toc.line()
                        && a.text().contains("text-delta")) {
                    line = a.line();
                    column = a.column();
                }
            }
            out.report(
                    page,
                    line,
                    column,
                    ".text-delta lands on the TOC list at line " + toc.line()
                            + ", so the whole TOC is styled as a small label instead of the heading above it",
                    "move '{: .no_toc .text-delta }' directly under the TOC label heading (no blank line)");
        }
    }

    /** The {@code .no_toc} attribute line meant for {@code h} that a blank line keeps from it; null if none. */
    private static AttributeLine detachedNoToc(KramdownModel k, Heading h) {
        for (AttributeLine a : k.attributeLines()) {
            if (a.placement() == AttributeLine.Placement.DETACHED
                    && a.above() != null
                    && a.target() != null
                    && a.above().type().equals("header")
                    && a.above().line() == h.line()
                    && classes(a).contains("no_toc")) {
                return a;
            }
        }
        return null;
    }

    private static List<String> classes(AttributeLine a) {
        String c = a.attrs() == null ? null : a.attrs().get("class");
        return c == null ? List.of() : List.of(c.trim().split("\\s+"));
    }
}
