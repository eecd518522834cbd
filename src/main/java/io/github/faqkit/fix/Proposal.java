package io.github.faqkit.fix;

import java.util.List;

/**
 * What a fixer offers for one finding: the edits and a one-line description of the change, or the
 * reason it will not touch the file (then {@code edits} is empty).
 */
public record Proposal(List<Edit> edits, String description, String reason) {

    public static Proposal fix(String description, List<Edit> edits) {
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
        return new Proposal(List.copyOf(edits), description, null);
    }

    public static Proposal fix(String description, Edit... edits) {
        return fix(description, List.of(edits));
    }

    public static Proposal none(String reason) {
        return new Proposal(List.of(), null, reason);
    }

    public boolean fixes() {
        return !edits.isEmpty();
    }
}
