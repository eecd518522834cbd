package io.github.faqkit.core.markdown;

import io.github.faqkit.core.LineIndex;

/**
 * The text of a page body, exactly as Jekyll hands it to kramdown, with a line index. Body line
 * {@code n} is file line {@code n + lineOffset}. Its block structure is what the kramdown port makes of
 * it ({@link io.github.faqkit.core.kramdown.KramdownAnalyzer#parse}), parsed once by the page parser.
 */
public final class MarkdownBody {

    private final String text;
    private final int lineOffset;
    private final LineIndex lines;
    // a body rendered by Liquid: where its offsets came from in the source body, and that body's lines
    private final SourceMap sourceMap;
    private final LineIndex sourceLines;

    private MarkdownBody(String text, int lineOffset) {
        this(text, lineOffset, new LineIndex(text));
    }

    private MarkdownBody(String text, int lineOffset, LineIndex lines) {
        this(text, lineOffset, lines, null, null);
    }

    private MarkdownBody(String text, int lineOffset, LineIndex lines, SourceMap sourceMap, LineIndex sourceLines) {
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
    public static MarkdownBody rendered(String output, int lineOffset, SourceMap map, String source) {
        return new MarkdownBody(output, lineOffset, new LineIndex(output), map, new LineIndex(source));
    }

    /** True when the text is Liquid's output rather than the file's own text. */
    public boolean isRendered() {
        return sourceMap != null;
    }

    /** Line numbering only: what stays of a body once its page is summarised. */
    public MarkdownBody withoutText() {
        return new MarkdownBody(
                null, lineOffset, lines.packed(), sourceMap, sourceLines == null ? null : sourceLines.packed());
    }

    /** A text-free body rebuilt from its line numbering (what {@link #withoutText()} keeps): for caches. */
    public static MarkdownBody summary(int lineOffset, LineIndex lines) {
        return new MarkdownBody(null, lineOffset, lines.packed());
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

    public LineIndex lines() {
        return lines;
    }

    /** Lines of the front matter before the body; add to a body line to get the file line. */
    public int lineOffset() {
        return lineOffset;
    }

    /** File line of a body line (1-based): the same line moved past the front matter, or mapped back to its source. */
    public int fileLineOfBodyLine(int bodyLine) {
        if (sourceMap != null) {
            return fileLine(lines.lineStart(Math.max(1, Math.min(bodyLine, lines.lineCount()))));
        }
        return bodyLine + lineOffset;
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

    /** Text of a body line (1-based, body numbering), without its line break. */
    public String bodyLine(int line) {
        int start = lines.lineStart(line);
        return text().substring(start, lines.lineEnd(text(), line));
    }
}
