package io.github.faqkit.core.liquid;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquid inside code blocks and code spans. Jekyll renders Liquid before Markdown, so code is not
 * protected: {@code {{ kube_dir }}} in a playbook vanishes from the page. Only {@code {% raw %}} (or
 * {@code render_with_liquid: false}) keeps it.
 */
final class CodeLiquid {
    private static final Parser PARSER = Parser.builder(new MutableDataSet()).build();
    private static final Pattern RAW = Pattern.compile("\\{%-?\\s*raw\\s*-?%}(.*?)\\{%-?\\s*endraw\\s*-?%}",
            Pattern.DOTALL);

    private CodeLiquid() {
    }

    /** One problem per code block or span holding Liquid, with what readers see instead (body lines). */
    static List<LiquidProblem> find(String body, LiquidEngine engine, Map<String, Object> page, String dir) {
        List<int[]> raw = new ArrayList<>();
        Matcher m = RAW.matcher(body);
        while (m.find()) {
            raw.add(new int[] {m.start(), m.end()});
        }
        List<int[]> code = new ArrayList<>();
        NodeVisitor visitor = new NodeVisitor(
                // kramdown's GFM fence needs its closing fence; an unclosed one is where CommonMark and kramdown
                // disagree about the blocks before it (HTML blocks), so it is left out rather than guessed
                new VisitHandler<>(FencedCodeBlock.class, n -> {
                    if (!n.getClosingMarker().isEmpty()) {
                        code.add(range(n));
                    }
                }),
                new VisitHandler<>(IndentedCodeBlock.class, n -> code.add(range(n))),
                new VisitHandler<>(Code.class, n -> code.add(range(n))));
        visitor.visit(PARSER.parse(body));
        List<LiquidProblem> out = new ArrayList<>();
        for (int[] c : code) {
            int at = firstLiquid(body, c[0], c[1], raw);
            if (at < 0) {
                continue;
            }
            int lineStart = Math.max(body.lastIndexOf('\n', at) + 1, c[0]);
            int lineEnd = body.indexOf('\n', at);
            if (lineEnd < 0 || lineEnd > c[1]) {
                lineEnd = c[1];
            }
            String source = body.substring(lineStart, lineEnd);
            Rendered seen = engine.render(source, page, dir);
            String shown = seen.map() == null ? null : seen.text();
            int line = (int) body.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
            int column = at - (body.lastIndexOf('\n', at - 1) + 1) + 1;
            out.add(new LiquidProblem(LiquidProblem.Kind.IN_CODE, line, column, source.strip(),
                    shown == null ? null : shown.strip()));
        }
        return out;
    }

    private static int[] range(Node n) {
        return new int[] {n.getStartOffset(), n.getEndOffset()};
    }

    private static int firstLiquid(String body, int from, int to, List<int[]> raw) {
        for (int i = from; i < to - 1; i++) {
            if (body.charAt(i) == '{' && (body.charAt(i + 1) == '{' || body.charAt(i + 1) == '%')) {
                if (!inside(i, raw)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean inside(int pos, List<int[]> ranges) {
        for (int[] r : ranges) {
            if (pos >= r[0] && pos < r[1]) {
                return true;
            }
        }
        return false;
    }
}
