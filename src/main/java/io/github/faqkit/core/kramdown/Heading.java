package io.github.faqkit.core.kramdown;

import java.util.List;

/**
 * A heading as kramdown (GFM input) renders it. {@code line} is the file line, {@code id} the id
 * kramdown gives it ("" when it gets none), {@code inToc} whether a {@code {:toc}} would list it.
 */
public record Heading(
        int line,
        int column,
        int level,
        String text,
        String id,
        List<String> classes,
        boolean explicitId,
        boolean inToc) {}
