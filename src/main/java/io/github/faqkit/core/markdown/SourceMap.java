package io.github.faqkit.core.markdown;

import java.util.Arrays;

/**
 * Where each part of a rendered body came from. Text outside Liquid maps to itself offset for offset;
 * text a tag or output produced maps to a line of that tag (the start of the tag, or the line inside a
 * loop whose literal text it repeats).
 */
public final class SourceMap {
    // segment i covers output [outStart[i], outStart[i+1]) and starts at srcStart[i]; literal segments map
    // offset by offset, generated ones map every offset to srcStart[i]
    private final int[] outStart;
    private final int[] srcStart;
    private final boolean[] literal;
    private final int size;

    private SourceMap(int[] outStart, int[] srcStart, boolean[] literal, int size) {
        this.outStart = outStart;
        this.srcStart = srcStart;
        this.literal = literal;
        this.size = size;
    }

    /** Source offset of an output offset. */
    public int sourceOffset(int outOffset) {
        int i = Arrays.binarySearch(outStart, 0, size, outOffset);
        if (i < 0) {
            i = -i - 2;
        }
        // a tag that wrote nothing starts where the next segment starts: the offset is the tag's
        while (i > 0 && outStart[i] == outOffset && outStart[i - 1] == outOffset) {
            i--;
        }
        if (i < 0) {
            return 0;
        }
        return literal[i] ? srcStart[i] + (outOffset - outStart[i]) : srcStart[i];
    }

    /** Builds a map segment by segment, in output order. */
    public static final class Builder {
        private int[] outStart = new int[16];
        private int[] srcStart = new int[16];
        private boolean[] literal = new boolean[16];
        private int size;

        public Builder literal(int outOffset, int srcOffset) {
            return add(outOffset, srcOffset, true);
        }

        public Builder generated(int outOffset, int srcOffset) {
            return add(outOffset, srcOffset, false);
        }

        private Builder add(int out, int src, boolean lit) {
            if (size > 0 && !lit && !literal[size - 1] && outStart[size - 1] == out) {
                srcStart[size - 1] = src; // a finer position for the same generated text
                return this;
            }
            if (size == outStart.length) {
                outStart = Arrays.copyOf(outStart, size * 2);
                srcStart = Arrays.copyOf(srcStart, size * 2);
                literal = Arrays.copyOf(literal, size * 2);
            }
            outStart[size] = out;
            srcStart[size] = src;
            literal[size] = lit;
            size++;
            return this;
        }

        public SourceMap build() {
            return new SourceMap(
                    Arrays.copyOf(outStart, size), Arrays.copyOf(srcStart, size), Arrays.copyOf(literal, size), size);
        }
    }
}
