package io.github.faqkit.core.liquid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names with hyphens after a dot, as in {@code include.outer-border} or {@code site.my-notes}. Ruby Liquid
 * reads a name segment as {@code [\w-]+}, so they are plain lookups there; Liqp's grammar stops at the hyphen
 * and fails the parse (or reads a subtraction). Inside Liquid markup such a segment is rewritten to the
 * equivalent bracket lookup {@code ["outer-border"]} before Liqp parses it; quoted strings and the insides of
 * {@code raw} and {@code comment} are left as they are. The rewrite makes text longer, so it keeps a map back
 * to the offsets of the source.
 */
final class HyphenNames {
    /** A quoted string, or a dotted segment holding a hyphen between word characters. */
    private static final Pattern SEGMENT =
            Pattern.compile("\"[^\"]*\"|'[^']*'|(?<=[\\w\\]])\\.([A-Za-z_]\\w*(?:-\\w+)+)(?![\\w-])");

    private final String text;
    private final OffsetMap offsets;

    private HyphenNames(String text, OffsetMap offsets) {
        this.text = text;
        this.offsets = offsets;
    }

    /** The text Liqp parses. */
    String text() {
        return text;
    }

    boolean changed() {
        return !offsets.isEmpty();
    }

    /** The source offset of an offset of the rewritten text (inside a rewrite: where the rewritten name starts). */
    int source(int offset) {
        return offsets.original(offset);
    }

    /** {@code .name} becomes {@code ["name"]}. */
    private static final int GROWTH = 3;

    static HyphenNames of(String source) {
        if (source.indexOf('-') < 0) {
            return new HyphenNames(source, new OffsetMap());
        }
        StringBuilder out = null;
        OffsetMap edits = new OffsetMap();
        int copied = 0;
        List<int[]> spans = new ArrayList<>();
        // a raw or comment block is one span, skipped whole
        LiquidMarkup.forEach(source, true, (start, end) -> spans.add(new int[] {start, end}));
        for (int[] span : spans) {
            String m = source.substring(span[0], span[1]);
            if (!m.startsWith("{{") && m.matches("(?s)\\{%-?\\s*(raw|comment)\\b.*")) {
                continue;
            }
            Matcher seg = SEGMENT.matcher(source).region(span[0], span[1]);
            seg.useTransparentBounds(true).useAnchoringBounds(false);
            while (seg.find()) {
                if (seg.group(1) == null) {
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(source.length() + 16);
                }
                out.append(source, copied, seg.start());
                int rewrittenAt = out.length();
                out.append("[\"").append(seg.group(1)).append("\"]");
                edits.add(rewrittenAt, seg.start(), out.length() - rewrittenAt, out.length() - rewrittenAt - GROWTH);
                copied = seg.end();
            }
        }
        if (out == null) {
            return new HyphenNames(source, new OffsetMap());
        }
        out.append(source, copied, source.length());
        return new HyphenNames(out.toString(), edits);
    }
}
