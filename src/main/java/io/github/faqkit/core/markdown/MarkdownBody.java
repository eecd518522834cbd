package io.github.faqkit.core.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.faqkit.core.LineIndex;

/**
 * The block structure of a page body (flexmark, inline parsing off) with a line index. Body line
 * {@code n} is file line {@code n + lineOffset}.
 *
 * <p>The flexmark tree is built on first use: the kramdown model comes from its own block parser, and
 * the reference scanner only needs flexmark where a page has code or block HTML, so most FAQ pages are
 * never parsed by flexmark at all (it was about 30 % of a validation run).
 */
public final class MarkdownBody {

    private static final Parser PARSER = Parser.builder(new MutableDataSet())
            .customInlineParserFactory(BlockOnlyInlineParser.FACTORY)
            .build();

    private final String text;
    private final int lineOffset;
    private final LineIndex lines;
    // a body rendered by Liquid: where its offsets came from in the source body, and that body's lines
    private final io.github.faqkit.core.liquid.SourceMap sourceMap;
    private final LineIndex sourceLines;
    private volatile Document document;

    private MarkdownBody(String text, int lineOffset) {
        this(text, lineOffset, new LineIndex(text));
    }

    private MarkdownBody(String text, int lineOffset, LineIndex lines) {
        this(text, lineOffset, lines, null, null);
    }

    private MarkdownBody(String text, int lineOffset, LineIndex lines, io.github.faqkit.core.liquid.SourceMap sourceMap,
            LineIndex sourceLines) {
        this.text = text;
        this.lineOffset = lineOffset;
        this.lines = lines;
        this.sourceMap = sourceMap;
        this.sourceLines = sourceLines;
    }

    /**
     * A body as Liquid rendered it: the text is the output, and file lines and columns are those of the
     * source that produced each part ({@code map} from output to source offsets of {@code source}).
     */
    public static MarkdownBody rendered(String output, int lineOffset, io.github.faqkit.core.liquid.SourceMap map,
            String source) {
        return new MarkdownBody(output, lineOffset, new LineIndex(output), map, new LineIndex(source));
    }

    /** True when the text is Liquid's output rather than the file's own text. */
    public boolean isRendered() {
        return sourceMap != null;
    }

    /** Line numbering only: what stays of a body once its page is summarised. */
    public MarkdownBody withoutText() {
        return new MarkdownBody(null, lineOffset, lines, sourceMap, sourceLines);
    }

    /** A text-free body rebuilt from its line numbering (what {@link #withoutText()} keeps): for caches. */
    public static MarkdownBody summary(int lineOffset, LineIndex lines) {
        return new MarkdownBody(null, lineOffset, lines);
    }

    public boolean hasText() {
        return text != null;
    }

    public static MarkdownBody parse(String body, int lineOffset) {
        return new MarkdownBody(body, lineOffset);
    }

    /** The body text exactly as Jekyll hands it to kramdown; throws once the text was released. */
    public String text() {
        if (text == null) {
            throw new IllegalStateException("the page text was released after parsing; read the parsed model");
        }
        return text;
    }

    /** flexmark's block tree of the body, parsed once on first call. */
    public Document document() {
        Document d = document;
        if (d == null) {
            synchronized (this) {
                d = document;
                if (d == null) {
                    d = PARSER.parse(text());
                    document = d;
                }
            }
        }
        return d;
    }

    public LineIndex lines() {
        return lines;
    }

    /** Lines of the front matter before the body; add to a body line to get the file line. */
    public int lineOffset() {
        return lineOffset;
    }

    /** File line of a body offset. */
    public int fileLine(int bodyOffset) {
        if (sourceMap != null) {
            return sourceLines.line(sourceMap.sourceOffset(bodyOffset)) + lineOffset;
        }
        return lines.line(bodyOffset) + lineOffset;
    }

    public int column(int bodyOffset) {
        if (sourceMap != null) {
            return sourceLines.column(sourceMap.sourceOffset(bodyOffset));
        }
        return lines.column(bodyOffset);
    }

    /** File line of a body line (1-based): the same line moved past the front matter, or mapped back to its source. */
    public int fileLineOfBodyLine(int bodyLine) {
        if (sourceMap != null) {
            return fileLine(lines.lineStart(Math.max(1, Math.min(bodyLine, lines.lineCount()))));
        }
        return bodyLine + lineOffset;
    }

    /** File line where a block node starts. */
    public int fileLine(Node node) {
        return fileLine(node.getStartOffset());
    }

    /** Text of a body line (1-based, body numbering), without its line break. */
    public String bodyLine(int line) {
        int start = lines.lineStart(line);
        return text().substring(start, lines.lineEnd(text(), line));
    }
}
