package io.github.faqkit.core.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.faqkit.core.LineIndex;

/**
 * The text of a page body, exactly as Jekyll hands it to kramdown, with a line index. Body line
 * {@code n} is file line {@code n + lineOffset}. Its block structure is what the kramdown port makes of
 * it ({@link io.github.faqkit.core.kramdown.KramdownAnalyzer#parse}), parsed once by the page parser.
 */
public final class MarkdownBody {

    private static final Parser PARSER = Parser.builder(new MutableDataSet())
            .customInlineParserFactory(BlockOnlyInlineParser.FACTORY)
            .build();

    private final String text;
    private final int lineOffset;
    private final LineIndex lines;
    private volatile Document document;

    private MarkdownBody(String text, int lineOffset) {
        this(text, lineOffset, new LineIndex(text));
    }

    private MarkdownBody(String text, int lineOffset, LineIndex lines) {
        this.text = text;
        this.lineOffset = lineOffset;
        this.lines = lines;
    }

    /** Line numbering only: what stays of a body once its page is summarised. */
    public MarkdownBody withoutText() {
        return new MarkdownBody(null, lineOffset, lines);
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

    /**
     * flexmark's CommonMark block tree of the body, parsed on first call. Nothing in the parse reads it:
     * only the IAL001 fixer still does, until it reads the kramdown model too; then this method, its
     * parser and the flexmark dependency go.
     */
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
        return lines.line(bodyOffset) + lineOffset;
    }

    public int column(int bodyOffset) {
        return lines.column(bodyOffset);
    }

    /** Text of a body line (1-based, body numbering), without its line break. */
    public String bodyLine(int line) {
        int start = lines.lineStart(line);
        return text().substring(start, lines.lineEnd(text(), line));
    }
}
