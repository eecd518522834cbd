package io.github.faqkit.core.fix;

import java.util.List;

/**
 * The exact repair of one finding: edits of the page text (not overlapping) and a one-line description
 * of the change for the writer ("renamed 'nav-order' to 'nav_order'").
 */
public record Fix(String description, List<TextEdit> edits) implements Repair {

    public Fix {
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
        edits = List.copyOf(edits);
    }

    public Fix(String description, TextEdit... edits) {
        this(description, List.of(edits));
    }
}
