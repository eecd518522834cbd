package io.github.faqkit.core.kramdown;

import java.util.Map;

/**
 * A block attribute line ({@code {: … }}) and where kramdown applied it.
 *
 * @param line file line of the attribute line
 * @param column 1-based column of its <code>&#123;</code>
 * @param text the line, trimmed
 * @param placement how kramdown placed it
 * @param target the block it lands on; null when {@link Placement#DROPPED}
 * @param above the block directly above it (blank lines skipped); null at the start of its container
 * @param dropReason why it has no effect, for {@link Placement#DROPPED}; otherwise null
 * @param attrs the attributes it contributes (class, id, key="value"); references are in {@code refs}
 */
public record AttributeLine(
        int line,
        int column,
        String text,
        Placement placement,
        BlockRef target,
        BlockRef above,
        String dropReason,
        Map<String, String> attrs,
        java.util.List<String> refs) {

    public enum Placement {
        /** Directly under its block, the only form just-the-docs documents. */
        ATTACHED_ABOVE,
        /** Directly above the block it applies to (kramdown's block-IAL-before-block form). */
        BEFORE_NEXT,
        /** Blank lines on both sides: it skips ahead to the next block, whatever that is. */
        DETACHED,
        /** kramdown throws it away (end of file, swallowed by a blank line, after a definition). */
        DROPPED
    }
}
