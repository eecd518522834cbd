package io.github.faqkit.core;

import io.github.faqkit.core.kramdown.BlockSpans;
import io.github.faqkit.core.markdown.MarkdownBody;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code <!-- faq-disable RULE[,RULE] -->} … {@code <!-- faq-enable -->} and
 * {@code <!-- faq-disable-next-line RULE -->} comments of one page body, as file line ranges. Computed
 * once at parse time; comments inside code blocks, script or style elements (as kramdown's block parser
 * finds them) and inline code spans are text, not directives. An empty rule list means every rule.
 */
public final class Suppressions {

    /** One directive: it silences {@code rules} (empty: all) on file lines {@code from..to}. */
    public record Range(Set<String> rules, int from, int to, int line, int column, String directive) {

        public boolean covers(String ruleId, int fileLine) {
            return fileLine >= from && fileLine <= to && (rules.isEmpty() || rules.contains(ruleId));
        }
    }

    public static final Suppressions NONE = new Suppressions(List.of());

    private static final Pattern DIRECTIVE = Pattern.compile(
            "<!--\\s*faq-(disable-next-line|disable|enable)\\b([^>]*?)\\s*-->", Pattern.CASE_INSENSITIVE);

    private final List<Range> ranges;

    private Suppressions(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** Directives found earlier (a cached summary). */
    static Suppressions of(List<Range> ranges) {
        return ranges.isEmpty() ? NONE : new Suppressions(ranges);
    }

    public List<Range> ranges() {
        return ranges;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** The directives of a body whose code, raw HTML and comment blocks are {@code blocks}. */
    public static Suppressions scan(MarkdownBody body, BlockSpans blocks) {
        String text = body.text();
        if (!text.contains("faq-")) {
            return NONE;
        }
        BitSet codeLines = codeLines(body, blocks);
        int lastLine = body.lines().lineCount() + body.lineOffset();
        List<Range> out = new ArrayList<>();
        List<Open> open = new ArrayList<>();
        Matcher m = DIRECTIVE.matcher(text);
        while (m.find()) {
            int bodyLine = body.lines().line(m.start());
            if (codeLines.get(bodyLine) || insideCodeSpan(body.bodyLine(bodyLine), body.column(m.start()) - 1)) {
                continue;
            }
            int line = bodyLine + body.lineOffset();
            int column = body.column(m.start());
            String kind = m.group(1).toLowerCase(Locale.ROOT);
            Set<String> rules = ruleIds(m.group(2));
            switch (kind) {
                case "disable-next-line":
                    out.add(new Range(rules, line + 1, line + 1, line, column, "faq-disable-next-line"));
                    break;
                case "disable":
                    open.add(new Open(rules, line, column));
                    break;
                default:
                    // faq-enable without ids closes every open range; with ids only the ranges naming them.
                    for (var it = open.iterator(); it.hasNext(); ) {
                        Open o = it.next();
                        if (rules.isEmpty() || !o.rules.isEmpty() && rules.containsAll(o.rules)) {
                            out.add(new Range(o.rules, o.line, line, o.line, o.column, "faq-disable"));
                            it.remove();
                        }
                    }
            }
        }
        for (Open o : open) {
            out.add(new Range(o.rules, o.line, lastLine, o.line, o.column, "faq-disable"));
        }
        out.sort((a, b) ->
                a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
        return new Suppressions(out);
    }

    private record Open(Set<String> rules, int line, int column) {}

    static Set<String> ruleIds(String list) {
        Set<String> ids = new LinkedHashSet<>();
        for (String s : list.split("[,\\s]+")) {
            if (!s.isBlank()) {
                ids.add(s.trim().toUpperCase(Locale.ROOT));
            }
        }
        return ids;
    }

    /** Body lines (1-based) of code blocks and of script or style bodies, where a comment is text. */
    private static BitSet codeLines(MarkdownBody body, BlockSpans blocks) {
        BitSet lines = new BitSet();
        for (BlockSpans.Span b : blocks.spans()) {
            if (b.kind() == BlockSpans.Kind.CODE || b.kind() == BlockSpans.Kind.SCRIPT) {
                lines.set(body.lines().line(b.start()), body.lines().line(Math.max(b.start(), b.end() - 1)) + 1);
            }
        }
        return lines;
    }

    /** True when an odd number of backticks precede {@code index} on the line (an open code span). */
    private static boolean insideCodeSpan(String line, int index) {
        int ticks = 0;
        for (int i = 0; i < Math.min(index, line.length()); i++) {
            if (line.charAt(i) == '`') {
                ticks++;
            }
        }
        return ticks % 2 == 1;
    }
}
