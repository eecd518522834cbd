package io.github.faqkit.core.kramdown;

import static io.github.faqkit.core.kramdown.BlockLines.afterIndent;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's HTML parsers as the block parser runs them: an HTML block (a comment, an element with its raw or
 * Markdown body, the end tag of the enclosing element), the child elements of raw HTML (their ids count for
 * fragment links) and the depth of the inline HTML in a paragraph, which can run out of Ruby's stack.
 */
final class HtmlBlocks {
    private final BlockParser parser;
    private final ParseDepth depth;

    HtmlBlocks(BlockParser parser, ParseDepth depth) {
        this.parser = parser;
        this.depth = depth;
    }

    private static final Pattern HTML_START = Pattern.compile(" {0,3}<([A-Za-z_:][-\\w.:]*|!--|/)");

    private static final Pattern HTML_CLOSE = Pattern.compile(" {0,3}</([A-Za-z_:][-\\w.:]*)\\s*>");

    /** 0: not handled, 1: handled, 2: end tag of the enclosing element (stop). */
    int blockHtml(Src src, CharSequence view) {
        if (afterIndent(view) != '<') {
            return 0;
        }
        String line = src.line();
        Matcher start = HTML_START.matcher(line);
        if (!start.lookingAt()) {
            return 0;
        }
        if (line.startsWith("<!--")) {
            int end = src.indexOf("-->", src.pos + 4);
            if (end < 0) {
                return 0;
            }
            int startLine = src.line;
            int startFromEnd = src.lineEnd(src.pos) - src.pos;
            parser.tree().add(new Element("xml_comment", startLine));
            src.advanceTo(end + 3);
            parser.rawBlock(BlockSpans.Kind.COMMENT, startLine, startFromEnd, src);
            parser.trailing(src);
            return 1;
        }
        int tagStart = src.pos + Src.spaces(line);
        HtmlTag tag = HtmlTag.read(src, tagStart);
        if (tag != null && !HtmlNames.SPAN_ELEMENTS.contains(tag.name.toLowerCase(java.util.Locale.ROOT))) {
            int startLine = src.line;
            int startFromEnd = src.lineEnd(tagStart) - tagStart;
            src.advanceTo(tag.end);
            Element el = new Element("html_element", startLine);
            el.htmlName = tag.name;
            String markdown = tag.attrs.remove("markdown");
            el.attrs().putAll(tag.attrs);
            parser.takePendingIal(el);
            parser.tree().add(el);
            String name = tag.name.toLowerCase(java.util.Locale.ROOT);
            boolean closed = tag.selfClosed || HtmlNames.WITHOUT_BODY.contains(name);
            String model = "raw";
            if (markdown != null && !HtmlTag.verbatim(name)) {
                switch (markdown) {
                    case "1" ->
                        model = HtmlNames.MODEL_BLOCK.contains(name)
                                ? "block"
                                : HtmlNames.MODEL_SPAN.contains(name) ? "span" : "raw";
                    case "block" -> model = "block";
                    case "span" -> model = "span";
                    default -> model = "raw";
                }
            }
            if (model.equals("block")) {
                parser.trailing(src);
            }
            if (!closed) {
                if (model.equals("block")) {
                    depth.markdownHtml++;
                    try {
                        depth.check(startLine, 0);
                        parser.parseBlocks(el, src);
                    } finally {
                        depth.markdownHtml--;
                    }
                } else {
                    boolean verbatim = HtmlTag.verbatim(name);
                    int[] rawStart = {startLine, startFromEnd};
                    // raw HTML ends where its children say: a Markdown body inside it is read by the block parser
                    int end = model.equals("raw") && !verbatim
                            ? rawChildren(el, src, tag.name, rawStart)
                            : HtmlTag.firstEndTag(src, src.pos, name);
                    if (src.pos < end) {
                        src.advanceTo(end);
                    }
                    if (model.equals("raw") && rawStart[0] > 0) {
                        parser.rawBlock(
                                verbatim ? BlockSpans.Kind.SCRIPT : BlockSpans.Kind.RAW_HTML,
                                rawStart[0],
                                rawStart[1],
                                src);
                    }
                }
                parser.trailing(src);
            } else {
                // a lone tag ("<hr>", "<br/>") has no body to keep from Markdown: readers of the text see the tag
                parser.trailing(src);
            }
            return 1;
        }
        Matcher close = HTML_CLOSE.matcher(line);
        if (close.lookingAt()
                && !HtmlNames.SPAN_ELEMENTS.contains(close.group(1).toLowerCase(java.util.Locale.ROOT))) {
            if (parser.tree().type.equals("html_element")
                    && parser.tree().htmlName.equalsIgnoreCase(close.group(1))) {
                src.advanceTo(src.pos + close.end());
                parser.trailing(src);
                return 2;
            }
        }
        return 0;
    }

    /**
     * Stops the parse where the inline HTML of a paragraph ({@code text} from {@code from} to {@code to}, first
     * line {@code line}) nests deeper than kramdown's span parser can go: each open element is parsed
     * recursively until its own end tag. Code spans and escaped characters are skipped. Only the elements of
     * {@link HtmlNames#NESTING_SPANS} count, and of the blocks around the paragraph only blockquotes, so the depth is
     * never overestimated.
     */
    void spanHtml(Src src, int from, int to, int line) {
        int need = RubyStack.levelsToStop(
                depth.quotes * RubyStack.share(RubyStack.BLOCKQUOTES_AROUND_SPANS),
                RubyStack.share(RubyStack.SPAN_HTML));
        if (to - from < need * 3L) {
            return; // each open tag takes at least three characters: a paragraph this short cannot nest so deep
        }
        // the page's own text when it is one piece (the top level), else the view
        CharSequence text = src.page() != null ? src.page() : src;
        Deque<String> open = new ArrayDeque<>();
        int ln = line;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                ln++;
            } else if (c == '\\') {
                i++;
            } else if (c == '`') {
                int run = 1;
                while (i + run < to && text.charAt(i + run) == '`') {
                    run++;
                }
                int close = closingBackticks(text, i + run, to, run);
                if (close >= 0) {
                    ln += lines(text, i, close);
                    i = close + run - 1;
                } else {
                    i += run - 1;
                }
            } else if (c == '<' && i + 1 < to && text.charAt(i + 1) == '/') {
                int e = i + 2;
                while (e < to && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-')) {
                    e++;
                }
                if (!open.isEmpty()
                        && text.subSequence(i + 2, e)
                                .toString()
                                .toLowerCase(java.util.Locale.ROOT)
                                .equals(open.peek())) {
                    open.pop();
                }
            } else if (c == '<') {
                HtmlTag t = HtmlTag.read(text, i);
                if (t != null && t.end <= to && !t.selfClosed) {
                    String name = t.name.toLowerCase(java.util.Locale.ROOT);
                    if (HtmlNames.NESTING_SPANS.contains(name)) {
                        open.push(name);
                        if (open.size() >= need) {
                            depth.stop(
                                    ln,
                                    open.size() + " nested inline HTML elements"
                                            + (depth.quotes > 0
                                                    ? " inside " + depth.quotes + " nested blockquotes"
                                                    : ""));
                        }
                    }
                }
            }
        }
    }

    /** Start of the next run of exactly {@code run} backticks in {@code [from, to)}, or -1. */
    private static int closingBackticks(CharSequence text, int from, int to, int run) {
        int i = from;
        while (i < to) {
            int b = HtmlTag.indexOf(text, '`', i);
            if (b < 0 || b >= to) {
                return -1;
            }
            int r = 1;
            while (b + r < to && text.charAt(b + r) == '`') {
                r++;
            }
            if (r == run) {
                return b;
            }
            i = b + r;
        }
        return -1;
    }

    /**
     * Tags inside raw HTML become child elements with their attributes (ids count for fragment links). kramdown
     * parses each element with a body recursively until its own end tag (an end tag of another element is
     * text), so the open elements are counted against Ruby's stack, the outer element being the first. A child
     * whose body is Markdown blocks ({@code <div markdown="1">}) is read by the block parser up to its own end
     * tag, so a tag left open in its paragraphs ends with the paragraph and does not hold the outer element open.
     *
     * @return the offset after the end tag of the outer element {@code outer}, or the end of the text when it
     *     has none (kramdown then reads the rest of the page as its body)
     */
    private int rawChildren(Element el, Src src, String outer, int[] rawStart) {
        int end = src.length();
        int line = src.line;
        int i = src.pos;
        Deque<String> open = new ArrayDeque<>();
        open.push(HtmlTag.elementName(outer));
        // the body of an element kramdown reads as spans (markdown="span"): its tags are children, but one left
        // open there ends with it
        int spanEnd = -1;
        while (true) {
            int lt = src.indexOf('<', i);
            if (lt < 0) {
                return end;
            }
            line += lines(src, i, lt);
            i = lt + 1;
            if (src.startsWith("<!--", lt) || src.startsWith("<?", lt)) {
                boolean comment = src.startsWith("<!--", lt);
                int e = src.indexOf(comment ? "-->" : "?>", lt + (comment ? 4 : 2));
                if (e >= 0) {
                    line += lines(src, lt, e);
                    i = e + (comment ? 3 : 2);
                }
                continue; // an unclosed comment is text
            }
            HtmlTag t = HtmlTag.read(src, lt);
            if (t != null && lt < spanEnd) {
                continue; // a span element of the cell's text, not a block
            }
            if (t != null) {
                Element child = new Element("html_element", line);
                child.htmlName = t.name;
                child.attrs().putAll(t.attrs);
                // kramdown's handler takes the markdown attribute off every element, raw or not
                child.attrs().remove("markdown");
                el.add(child);
                String name = t.name.toLowerCase(java.util.Locale.ROOT);
                if (HtmlTag.verbatim(t.name)) {
                    int e = HtmlTag.firstEndTag(src, t.end, t.name);
                    line += lines(src, lt, e);
                    i = e;
                } else if (HtmlTag.blockBody(t)) {
                    // its body is Markdown: the raw span ends with its start tag and starts again after its end tag
                    src.advanceTo(t.end);
                    parser.rawBlock(BlockSpans.Kind.RAW_HTML, rawStart[0], rawStart[1], src);
                    parser.trailing(src);
                    depth.markdownHtml++;
                    try {
                        depth.check(src.line, open.size());
                        parser.parseBlocks(child, src);
                    } finally {
                        depth.markdownHtml--;
                    }
                    if (src.pos >= end) {
                        rawStart[0] = 0; // no end tag: like kramdown, the Markdown body runs to the end of the page
                        return end;
                    }
                    rawStart[0] = src.line;
                    rawStart[1] = src.lineEnd(src.pos) - src.pos;
                    line = src.line;
                    i = src.pos;
                } else {
                    if (HtmlTag.spanBody(t)) {
                        spanEnd = HtmlTag.firstEndTag(src, t.end, t.name);
                    } else if (!t.selfClosed && !HtmlNames.WITHOUT_BODY.contains(name)) {
                        open.push(HtmlTag.elementName(t.name));
                        depth.check(line, open.size());
                    }
                    line += lines(src, lt, t.end);
                    i = t.end;
                }
            } else if (lt < spanEnd) {
                continue;
            } else {
                int close = HtmlTag.endTagOf(src, lt, open.peek());
                if (close > 0) {
                    open.pop();
                    if (open.isEmpty()) {
                        return close;
                    }
                }
            }
        }
    }

    private static int lines(CharSequence s, int from, int to) {
        int n = 0;
        for (int k = HtmlTag.indexOf(s, '\n', from); k >= 0 && k < to; k = HtmlTag.indexOf(s, '\n', k + 1)) {
            n++;
        }
        return n;
    }
}
