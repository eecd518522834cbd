package io.github.faqkit.core.liquid;

import io.github.faqkit.core.markdown.SourceMap;
import java.util.List;

/**
 * A page body after Liquid.
 *
 * @param text what kramdown receives (the source itself when the Liquid does not parse)
 * @param map where each part of {@code text} came from; null when {@code text} is the source
 * @param problems what rules report, with body positions
 * @param opaque true when part of the text is unknown (a plugin's tag or filter, a limit, an include
 *     from a theme that is not here)
 */
public record Rendered(String text, SourceMap map, List<LiquidProblem> problems, boolean opaque) {}
