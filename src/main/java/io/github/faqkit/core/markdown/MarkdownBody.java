package io.github.faqkit.core.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.faqkit.core.LineIndex;

/**
 * The block structure of a page body (flexmark, inline parsing off) with a line index. Body line
 * {@code n} is file line {@code n + lineOffset}.
 */
public final class MarkdownBody {

    private static final Parser PARSER = Parser.builder(new MutableDataSet())
            .customInlineParserFactory(BlockOnlyInlineParser.FACTORY)
            .build();

    private final String text;
    private final int lineOffset;
    private final LineIndex lines;
    private final Document document;

    private MarkdownBody(String text, int lineOffset) {
        this.text = text;
        this.lineOffset = lineOffset;
        this.lines = new LineIndex(text);
        this.document = PARSER.parse(text);
    }

    public static MarkdownBody parse(String body, int lineOffset) {
        return new MarkdownBody(body, lineOffset);
    }

    /** The body text exactly as Jekyll hands it to kramdown. */
    public String text() {
        return text;
    }

    public Document document() {
        return document;
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
        return lines.line(bodyOffset) + lineOffset;
    }

    public int column(int bodyOffset) {
        return lines.column(bodyOffset);
    }

    /** File line where a block node starts. */
    public int fileLine(Node node) {
        return fileLine(node.getStartOffset());
    }

    /** Text of a body line (1-based, body numbering), without its line break. */
    public String bodyLine(int line) {
        int start = lines.lineStart(line);
        return text.substring(start, lines.lineEnd(text, line));
    }
}
