package io.github.faqkit.core.kramdown;

import io.github.faqkit.core.LineIndex;
import io.github.faqkit.core.SiteConfig;
import io.github.faqkit.core.markdown.MarkdownBody;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives headings, ids, attribute-line placement and the TOC from a page body, as kramdown 2.4 with
 * kramdown-parser-gfm does under Jekyll 4: {@link BlockParser} builds kramdown's block tree, then the
 * parser's update passes (IALs onto attributes, GFM ids) and the HTML converter's decisions (which
 * list becomes the TOC, which headings it lists, converter ids) are replayed here.
 */
public final class KramdownAnalyzer {

    private KramdownAnalyzer() {}

    /** What kramdown makes of a page body: its model, and where it reads no Markdown. */
    public record Result(KramdownModel model, BlockSpans spans) {}

    public static KramdownModel analyze(MarkdownBody body, SiteConfig config) {
        return parse(body, config).model();
    }

    /** Parses the body once, for the model and for every consumer of its block structure. */
    public static Result parse(MarkdownBody body, SiteConfig config) {
        String text = body.text();
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        int skipped = 0;
        if (body.lineOffset() > 0) {
            // Jekyll's front matter regexp swallows the whitespace-only lines after the closing ---
            int p = 0;
            while (p < text.length()) {
                int e = text.indexOf('\n', p);
                if (e < 0 || !Src.blank(text.substring(p, e))) {
                    break;
                }
                p = e + 1;
                skipped++;
            }
            text = text.substring(p);
        }
        if (Src.blank(text)) {
            return new Result(KramdownModel.empty(), BlockSpans.NONE);
        }
        if (!text.endsWith("\n")) {
            text = text + "\n";
        }
        int skippedLines = skipped;
        String input = text;
        try {
            return run(input, body, config, skippedLines);
        } catch (StackOverflowError e) {
            // The parse is bounded by how deep kramdown itself can nest (RubyStack), which a small thread stack
            // may not hold: parse again on a thread with room for it.
            return onLargeStack(() -> run(input, body, config, skippedLines));
        }
    }

    private static Result run(String text, MarkdownBody body, SiteConfig config, int skipped) {
        KramdownRun run = new KramdownRun(config, line -> body.fileLineOfBodyLine(line + skipped));
        KramdownModel model = run.run(text);
        if (model.stop() != null) {
            // the build fails on this page: nothing of it is rendered, so no part of it is read as Markdown
            return new Result(model, BlockSpans.NONE);
        }
        return new Result(model, spans(run.parser.rawBlocks, body, skipped));
    }

    /** Stack size for a page whose nesting overflows the caller's thread: far more than RubyStack's limits need. */
    private static final long LARGE_STACK_BYTES = 512L * 1024 * 1024;

    private static Result onLargeStack(java.util.function.Supplier<Result> parse) {
        Result[] out = new Result[1];
        Throwable[] failed = new Throwable[1];
        Thread t = new Thread(
                null,
                () -> {
                    try {
                        out[0] = parse.get();
                    } catch (RuntimeException | Error e) {
                        failed[0] = e;
                    }
                },
                "faq-deep-page",
                LARGE_STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing a deeply nested page", e);
        }
        if (failed[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failed[0] instanceof Error err) {
            throw err;
        }
        return out[0];
    }

    /** The parser's code, raw HTML and comment blocks as offsets of the body text (kramdown line = body line - skipped). */
    private static BlockSpans spans(List<BlockParser.RawBlock> blocks, MarkdownBody body, int skipped) {
        if (blocks.isEmpty()) {
            return BlockSpans.NONE;
        }
        String text = body.text();
        LineIndex lines = body.lines();
        List<BlockSpans.Span> out = new ArrayList<>(blocks.size());
        for (BlockParser.RawBlock b : blocks) {
            int start = offset(text, lines, b.startLine() + skipped, b.startFromEnd(), false);
            int end = offset(text, lines, b.endLine() + skipped, b.endFromEnd(), true);
            if (end > start) {
                out.add(new BlockSpans.Span(b.kind(), start, end));
            }
        }
        out.sort(java.util.Comparator.comparingInt(BlockSpans.Span::start));
        return new BlockSpans(out);
    }

    /**
     * The body offset {@code fromEnd} characters before the end of a body line: the text a container
     * leaves of a line is always a tail of it. -1 is the start of the line, or for an end the start of
     * the next line.
     */
    private static int offset(String text, LineIndex lines, int line, int fromEnd, boolean end) {
        int lineStart = lines.lineStart(line);
        if (fromEnd < 0) {
            return !end ? lineStart : line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
        }
        return Math.max(lineStart, lines.lineEnd(text, line) - fromEnd);
    }
}
