package io.github.faqkit.core.liquid;

import java.util.ArrayList;
import java.util.List;

/**
 * Offsets of a rewritten text back to the text it was made from: each rewrite replaced one piece by another of
 * any length; an offset inside a rewrite goes to the start of the piece it replaced.
 */
final class OffsetMap {
    /** Per rewrite: start in the rewritten text, start in the original, length in the rewritten, in the original. */
    private final List<int[]> edits = new ArrayList<>();
    /** The map of the text this one's original was itself rewritten from; null when none. */
    private OffsetMap outer;

    /** This map followed by {@code outer} (a map of the text this one's original came from). */
    OffsetMap then(OffsetMap outer) {
        this.outer = outer;
        return this;
    }

    /** Records a rewrite; rewrites are added in text order. */
    void add(int rewrittenStart, int originalStart, int rewrittenLength, int originalLength) {
        edits.add(new int[] {rewrittenStart, originalStart, rewrittenLength, originalLength});
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    int original(int offset) {
        int own = own(offset);
        return outer == null ? own : outer.original(own);
    }

    private int own(int offset) {
        int shift = 0;
        for (int[] e : edits) {
            if (e[0] > offset) {
                break;
            }
            if (offset < e[0] + e[2]) {
                return e[1];
            }
            shift = (e[0] + e[2]) - (e[1] + e[3]);
        }
        return offset - shift;
    }
}
