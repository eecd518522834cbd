package io.github.faqkit.core.kramdown;

import java.util.List;

/** What kramdown makes of a page's headings, attribute lines and TOC marker. */
public record KramdownModel(List<Heading> headings) {

    public static KramdownModel empty() {
        return new KramdownModel(List.of());
    }

    /** True when some heading has exactly this id (explicit or generated). */
    public boolean hasId(String id) {
        for (Heading h : headings) {
            if (h.id().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
