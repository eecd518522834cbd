package io.github.faqkit.core.liquid;

import java.util.List;

/**
 * What Liquid did to one page.
 *
 * @param rendered true when the body the model was built from is Liquid's output
 * @param opaque true when part of that output is unknown (see {@link Rendered#opaque()}): nothing may
 *     be called missing on this page because that part might hold it
 * @param problems with file lines
 * @param unknownOutputImages the image paths (path tails) the page's source names when its output is opaque: the
 *     unknown part may show any of them; empty otherwise
 */
public record PageLiquid(
        boolean rendered, boolean opaque, List<LiquidProblem> problems, java.util.Set<String> unknownOutputImages) {
    public static final PageLiquid NONE = new PageLiquid(false, false, List.of(), java.util.Set.of());

    public PageLiquid {
        unknownOutputImages = java.util.Set.copyOf(unknownOutputImages);
    }

    /** The facts of a render whose source was {@code source} (for the image paths an opaque output may show). */
    public static PageLiquid of(Rendered r, int lineOffset, String source) {
        PageLiquid facts = of(r, lineOffset);
        return !r.opaque()
                ? facts
                : new PageLiquid(
                        facts.rendered(),
                        true,
                        facts.problems(),
                        io.github.faqkit.core.AssetReferences.ofTexts(List.of(source))
                                .paths());
    }

    /** The facts of a render, with body lines moved past the front matter ({@code lineOffset} lines). */
    public static PageLiquid of(Rendered r, int lineOffset) {
        List<LiquidProblem> problems = new java.util.ArrayList<>();
        for (LiquidProblem p : r.problems()) {
            problems.add(new LiquidProblem(p.kind(), p.line() + lineOffset, p.column(), p.name(), p.detail()));
        }
        return new PageLiquid(r.map() != null, r.opaque(), List.copyOf(problems), java.util.Set.of());
    }
}
