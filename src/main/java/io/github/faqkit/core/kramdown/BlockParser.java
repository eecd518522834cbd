package io.github.faqkit.core.kramdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A port of the block level of kramdown 2.4's parser with kramdown-parser-gfm 1.1 (Jekyll's default
 * {@code input: GFM}, quirk {@code paragraph_end}), reduced to the element tree that decides where
 * block IALs land, which headings exist and which list is the TOC. The block parsers are tried in
 * kramdown's order; every pattern is anchored at a line start and runs on one line, so the parse is
 * linear in the size of the page.
 */
final class BlockParser {
    static final Set<String> SPAN_ELEMENTS = Set.of(
            "a", "abbr", "acronym", "b", "big", "bdo", "br", "button", "cite", "code", "del", "dfn", "em", "i", "img",
            "input", "ins", "kbd", "label", "mark", "option", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "samp",
            "select", "small", "span", "strong", "sub", "sup", "tt", "u", "var");
    private static final Set<String> LAZY_END_SPAN = union(SPAN_ELEMENTS, Set.of("script"));
    static final Set<String> WITHOUT_BODY = Set.of(
            "area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
            "source", "track", "wbr");
    static final Set<String> MODEL_BLOCK = Set.of(
            "address",
            "applet",
            "article",
            "aside",
            "blockquote",
            "body",
            "dd",
            "details",
            "div",
            "dl",
            "fieldset",
            "figure",
            "figcaption",
            "footer",
            "form",
            "header",
            "hgroup",
            "iframe",
            "li",
            "main",
            "map",
            "menu",
            "nav",
            "noscript",
            "object",
            "section",
            "summary",
            "td");
    static final Set<String> MODEL_SPAN = Set.of(
            "a",
            "abbr",
            "acronym",
            "b",
            "bdo",
            "big",
            "button",
            "cite",
            "caption",
            "del",
            "dfn",
            "dt",
            "em",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "i",
            "ins",
            "label",
            "legend",
            "optgroup",
            "p",
            "q",
            "rb",
            "rbc",
            "rp",
            "rt",
            "rtc",
            "ruby",
            "select",
            "small",
            "span",
            "strong",
            "sub",
            "sup",
            "th",
            "tt");

    /**
     * Where the text of an ATX header line starts, or -1 when {@code line} is not one: what
     * {@code (#{1,6})[\t ]+(.*)} matching the whole line gives as group 2 (1 to 6 hashes, at least one
     * blank, then text without a line terminator, which '.' does not match), without a regex per line.
     */
    static int atxContent(CharSequence line) {
        int n = line.length();
        int hashes = 0;
        while (hashes < n && line.charAt(hashes) == '#') {
            hashes++;
        }
        if (hashes < 1 || hashes > 6 || hashes == n) {
            return -1;
        }
        int i = hashes;
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i == hashes) {
            return -1;
        }
        for (int k = i; k < n; k++) {
            char c = line.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return -1;
            }
        }
        return i;
    }

    private static final Pattern HR = Pattern.compile(" {0,3}([*\\-_])[ \\t]*\\1[ \\t]*\\1(?:\\1|[ \\t])*");
    private static final Pattern UL = Pattern.compile("( {0,3}[+*-])([\\t| ].*)");
    private static final Pattern OL = Pattern.compile("( {0,3}\\d+\\.)([\\t| ].*)");
    private static final Pattern DL = Pattern.compile(" {0,3}:[\\t| ].*");
    private static final Pattern FENCE_OPEN = Pattern.compile("( {0,3})(([~`])\\3{2,})[ \\t]*(\\S*)[ \\t]*");
    private static final Pattern IAL_LINE = Pattern.compile("( {0,3})\\{:(?![:/])((?:\\\\\\}|[^}])+)\\}\\s*");
    private static final Pattern ALD_LINE = Pattern.compile(" {0,3}\\{:(\\w[\\w-]*):((?:\\\\\\}|[^}])+)\\}\\s*");
    private static final Pattern OPTION = Pattern.compile("(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern EXT_LINE = Pattern.compile(" {0,3}\\{::(\\w+)(?:\\s[^}]*?)?(/)?\\}\\s*");
    private static final Pattern FOOTNOTE_DEF = Pattern.compile(" {0,3}\\[\\^\\w[\\w-]*\\]:.*");
    private static final Pattern LINK_DEF = Pattern.compile(" {0,3}\\[([^\\]]+)\\]:[ \\t]*\\S.*");
    private static final Pattern LINK_TITLE_LINE = Pattern.compile("[ \\t]*([\"']).+\\1[ \\t]*");
    private static final Pattern ABBREV_DEF = Pattern.compile(" {0,3}\\*\\[[^\\]]+\\]:.*");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("([-=])[-=]*[ \\t\\r\\f\\v]*");
    private static final Pattern HTML_START = Pattern.compile(" {0,3}<([A-Za-z_:][-\\w.:]*|!--|/)");
    private static final Pattern HTML_CLOSE = Pattern.compile(" {0,3}</([A-Za-z_:][-\\w.:]*)\\s*>");
    private static final Pattern LAZY_HTML = Pattern.compile(" {0,3}</?([A-Za-z_:][-\\w.:]*)");
    private static final Pattern LIST_ITEM_IAL =
            Pattern.compile("\\s*\\{:(?!(?:\\w[\\w-]*)?:|/)((?:\\\\\\}|[^}])+)\\}\\s*");

    final List<AttributeLineBuilder> attributeLines = new ArrayList<>();
    final Map<String, Ial> alds = new HashMap<>();
    final Set<String> linkIds = new java.util.HashSet<>();
    /** Options set in the text by {@code {::options key="value" /}}: kramdown applies them to the whole document. */
    final Map<String, String> documentOptions = new HashMap<>();
    /** Code blocks, raw HTML elements, comment blocks and link definitions, in document order. */
    final List<RawBlock> rawBlocks = new ArrayList<>();

    /**
     * Where a code, raw HTML or comment block starts and ends: a kramdown line and the distance from the
     * position to the end of that line, which containers (blockquote, list item) never change because
     * they only take text off the start of a line; -1 stands for the start of the line (for a start) or
     * the end of the line with its line break (for an end).
     */
    record RawBlock(BlockSpans.Kind kind, int startLine, int startFromEnd, int endLine, int endFromEnd) {}

    /** Records a block from {@code (startLine, startFromEnd)} to the current position of {@code src}. */
    private void rawBlock(BlockSpans.Kind kind, int startLine, int startFromEnd, Src src) {
        int p = src.pos;
        if (p >= src.length() || p > 0 && src.charAt(p - 1) == '\n') {
            rawBlocks.add(new RawBlock(kind, startLine, startFromEnd, src.line - 1, -1));
        } else {
            rawBlocks.add(new RawBlock(kind, startLine, startFromEnd, src.line, src.lineEnd(p) - p));
        }
    }

    /**
     * A line view for the parsers that read lines ahead without parsing blocks in between (paragraphs, code,
     * tables): one per parse, not one per block.
     */
    private final Line scratch = new Line();

    /** A reused matcher for {@link #horizontalRule}, asked of every line that starts with '*', '-' or '_'. */
    private final Matcher hrCheck = HR.matcher("");

    private Element tree;
    private Ial blockIal;
    private final Deque<Object[]> stack = new ArrayDeque<>();

    /** Levels of each kind of kramdown recursion open at the current position ({@link RubyStack}). */
    private int quotes;

    private int lists;

    /** The line that opens the list item being parsed (after its marker), -1 outside list items. */
    private int itemFirstLine = -1;

    private int markdownHtml;
    /** Where kramdown runs out of Ruby's stack (kramdown line), or -1; then the parse stopped there. */
    int stopLine = -1;
    /** What nests where kramdown stops, in words. */
    String stopNesting;

    /** Thrown to stop the whole parse where kramdown would stop: nothing after that point is built. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super(null, null, false, false);
        }
    }

    Element parse(String text) {
        Element root = new Element("root", 1);
        tree = root;
        try {
            parseBlocks(root, new Src(text, 1));
        } catch (TooDeep e) {
            // stopLine and stopNesting say where; the build fails there, so the rest is never rendered
        }
        return root;
    }

    private double stackUsed(int rawHtml) {
        return quotes * RubyStack.share(RubyStack.BLOCKQUOTES)
                + lists * RubyStack.share(RubyStack.LISTS)
                + markdownHtml * RubyStack.share(RubyStack.MARKDOWN_HTML)
                + rawHtml * RubyStack.share(RubyStack.RAW_HTML);
    }

    /** Stops the parse at {@code line} when the open levels (and {@code rawHtml} raw HTML levels) fill Ruby's stack. */
    private void checkStack(int line, int rawHtml) {
        if (RubyStack.exceeded(stackUsed(rawHtml))) {
            stopLine = line;
            List<String> parts = new ArrayList<>();
            if (quotes > 0) {
                parts.add(quotes + " nested blockquotes");
            }
            if (lists > 0) {
                parts.add(lists + " nested list items");
            }
            if (markdownHtml > 0) {
                parts.add(markdownHtml + " nested HTML elements with Markdown content");
            }
            if (rawHtml > 0) {
                parts.add(rawHtml + " nested HTML elements");
            }
            stopNesting = String.join(" inside ", parts);
            throw new TooDeep();
        }
    }

    /** kramdown's parse_blocks: returns true when stopped by the end tag of the enclosing HTML element. */
    private boolean parseBlocks(Element el, Src src) {
        stack.push(new Object[] {tree, blockIal});
        tree = el;
        blockIal = null;
        boolean found = false;
        // the line under test, read in place: a parser that keeps its text copies it (Src.line)
        Line line = new Line();
        try {
            while (!src.eos()) {
                src.view(line, src.pos);
                if (plainParagraphLine(src, line)) {
                    paragraphAt(src, line);
                    continue;
                }
                if (blankLine(src, line)
                        || indentedCode(src, line)
                        || fencedCode(src, line)
                        || blockquote(src, line)
                        || atxHeader(src, line)
                        || horizontalRule(src, line)
                        || list(src, line)) {
                    continue;
                }
                int html = blockHtml(src, line);
                if (html == 2) {
                    found = true;
                    break;
                }
                if (html == 1
                        || setextHeader(src, line)
                        || table(src, line)
                        || footnoteDef(src, line)
                        || linkDef(src, line)
                        || abbrevDef(src, line)
                        || blockExtension(src, line)
                        || eobMarker(src, line)
                        || paragraph(src, line)) {
                    continue;
                }
                tree.add(new Element("text", src.line));
                src.skip();
            }
        } finally {
            Object[] saved = stack.pop();
            tree = (Element) saved[0];
            blockIal = (Ial) saved[1];
        }
        return found;
    }

    /** kramdown's new_block_el: the element takes a pending block IAL. */
    private Element newBlock(String type, int line) {
        Element el = new Element(type, line);
        takePendingIal(el);
        return el;
    }

    private void takePendingIal(Element el) {
        if (blockIal != null) {
            el.ial = blockIal;
            for (AttributeLineBuilder b : blockIal.sources) {
                b.target = el;
            }
            blockIal = null;
        }
    }

    private boolean blankLine(Src src, CharSequence line) {
        if (!Src.blank(line)) {
            return false;
        }
        int start = src.line;
        while (!src.eos() && src.lineBlank()) {
            src.skip();
        }
        Element last = tree.last();
        if (last == null || !last.type.equals("blank")) {
            tree.add(newBlock("blank", start));
        }
        return true;
    }

    private static boolean indented(CharSequence line) {
        int n = line.length();
        return n > 0 && line.charAt(0) == '\t'
                || n >= 4
                        && line.charAt(0) == ' '
                        && line.charAt(1) == ' '
                        && line.charAt(2) == ' '
                        && line.charAt(3) == ' ';
    }

    private boolean indentedCode(Src src, CharSequence line) {
        if (!indented(line)) {
            return false;
        }
        Element el = newBlock("codeblock", src.line);
        int startFromEnd = src.lineEnd(src.pos) - src.pos;
        consumeCodeLines(src);
        tree.add(el);
        rawBlock(BlockSpans.Kind.CODE, el.line, startFromEnd, src);
        return true;
    }

    /** CODEBLOCK_MATCH: runs of indented lines, optionally after blank lines, plus lazy lines. */
    private void consumeCodeLines(Src src) {
        Line l = scratch;
        while (!src.eos()) {
            int savePos = src.pos;
            int saveLine = src.line;
            while (!src.eos() && src.lineBlank()) {
                src.skip();
            }
            if (src.eos() || !indented(src.view(l, src.pos)) || src.lineBlank()) {
                src.pos = savePos;
                src.line = saveLine;
                return;
            }
            while (!src.eos() && indented(src.view(l, src.pos)) && !src.lineBlank()) {
                src.skip();
            }
            while (!src.eos() && !src.lineBlank() && !ialLine(src.view(l, src.pos)) && !isEobLine(l) && !lazyHtml(l)) {
                src.skip();
            }
        }
    }

    private boolean fencedCode(Src src, CharSequence line) {
        int first = afterIndent(line);
        if (first != '~' && first != '`') {
            return false;
        }
        Matcher m = FENCE_OPEN.matcher(line);
        if (!m.matches()) {
            return false;
        }
        String fence = m.group(2);
        char fc = fence.charAt(0);
        int p = src.lineEnd(src.pos) + 1;
        Line l = scratch;
        while (p < src.length()) {
            int e = src.lineEnd(p);
            src.view(l, p);
            int sp = Src.spaces(l);
            if (sp <= 3 && l.text().startsWith(fence, l.from + sp) && l.from + sp + fence.length() <= l.to) {
                int k = sp + fence.length();
                while (k < l.length() && l.charAt(k) == fc) {
                    k++;
                }
                if (blankFrom(l, k)) {
                    Element el = newBlock("codeblock", src.line);
                    if (!m.group(4).isEmpty()) {
                        String lang = m.group(4);
                        int q = lang.indexOf('?');
                        el.attrs().put("class", "language-" + (q > 0 ? lang.substring(0, q) : lang));
                    }
                    int startFromEnd = src.lineEnd(src.pos) - src.pos;
                    src.advanceTo(Math.min(e + 1, src.length()));
                    tree.add(el);
                    rawBlock(BlockSpans.Kind.CODE, el.line, startFromEnd, src);
                    return true;
                }
            }
            p = e + 1;
        }
        return false;
    }

    /** {@link Src#blank} of {@code line} from {@code from}. */
    private static boolean blankFrom(CharSequence line, int from) {
        for (int i = from; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean blockquoteStart(CharSequence line) {
        int sp = Src.spaces(line);
        return sp <= 3 && sp < line.length() && line.charAt(sp) == '>';
    }

    private boolean blockquote(Src src, CharSequence line) {
        if (!blockquoteStart(line)) {
            return false;
        }
        int start = src.line;
        // the quote's lines without their markers, read in place by the parse of its content
        Src.Lines content = new Src.Lines();
        Line view = new Line();
        do {
            src.view(view, src.pos);
            content.add(view, view.from + quoteMarkerLength(view));
            src.skip();
        } while (!src.eos() && !lazyEnd(src.view(view, src.pos)));
        Element el = newBlock("blockquote", start);
        tree.add(el);
        // a line of quote markers ("> > > x") opens one blockquote per marker: when the stack runs out among
        // them, stop now instead of going down every level
        int room = RubyStack.levelsToStop(stackUsed(0), RubyStack.share(RubyStack.BLOCKQUOTES));
        if (quoteMarkers(line, room) >= room) {
            quotes += room;
            checkStack(start, 0);
        }
        quotes++;
        try {
            checkStack(start, 0);
            parseBlocks(el, content.src(0, content.count(), start));
        } finally {
            quotes--;
        }
        return true;
    }

    /**
     * How many quote markers (up to {@code max}) open {@code line}: each one after at most three spaces, as
     * {@link #blockquoteStart} reads the line again after {@link #quoteMarkerLength} took the one before.
     */
    static int quoteMarkers(CharSequence line, int max) {
        int count = 0;
        int i = 0;
        while (count < max) {
            int sp = 0;
            while (i + sp < line.length() && line.charAt(i + sp) == ' ') {
                sp++;
            }
            if (sp > 3 || i + sp >= line.length() || line.charAt(i + sp) != '>') {
                break;
            }
            count++;
            i += sp + 1;
            if (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
        }
        return count;
    }

    /** How many characters at the start of {@code l} are its quote marker (with one space after it), or 0. */
    private static int quoteMarkerLength(CharSequence l) {
        if (!blockquoteStart(l)) {
            return 0;
        }
        int i = Src.spaces(l) + 1;
        if (i < l.length() && l.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** LAZY_END: blank line, block IAL, end-of-block marker, or a block-level HTML tag. */
    static boolean lazyEnd(CharSequence line) {
        return Src.blank(line) || ialLine(line) || isEobLine(line) || lazyHtml(line);
    }

    /** IAL_LINE; the regex runs only on lines that can match (a "{" after at most three spaces). */
    private static boolean ialLine(CharSequence line) {
        return afterIndent(line) == '{' && IAL_LINE.matcher(line).matches();
    }

    private static boolean lazyHtml(CharSequence line) {
        if (afterIndent(line) != '<') {
            return false;
        }
        Matcher m = LAZY_HTML.matcher(line);
        if (!m.lookingAt()) {
            return false;
        }
        String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
        if (line.charAt(m.start(1) - 1) == '/') {
            // LAZY_END_HTML_STOP: a complete end tag
            int gt = m.end();
            while (gt < line.length() && Character.isWhitespace(line.charAt(gt))) {
                gt++;
            }
            return gt < line.length() && line.charAt(gt) == '>' && !LAZY_END_SPAN.contains(name);
        }
        return !LAZY_END_SPAN.contains(name);
    }

    static boolean isEobLine(CharSequence line) {
        if (line.length() == 0 || line.charAt(0) != '^') {
            return false;
        }
        for (int i = 1; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean atxHeader(Src src, CharSequence view) {
        if (view.length() == 0 || view.charAt(0) != '#') {
            return false;
        }
        int content = atxContent(view);
        if (content < 0) {
            return false;
        }
        int level = 0;
        while (view.charAt(level) == '#') {
            level++;
        }
        // the heading's text is copied from the page, not from a copy of its line
        String[] textAndId = headerContents(src.subSequence(src.pos + content, src.lineEnd(src.pos)));
        String text = textAndId[0];
        if (text.endsWith("#")) {
            int i = text.length();
            while (i > 0 && text.charAt(i - 1) == '#') {
                i--;
            }
            if (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                text = text.substring(0, i).stripTrailing();
            }
        }
        if (text.isEmpty()) {
            return false;
        }
        addHeader(src, level, text, textAndId[1], 1);
        return true;
    }

    private static final Pattern HEADER_ID =
            Pattern.compile("[\\t ]\\{#([A-Za-z_:\\u00C0-\\uFFFF][-\\w.:\\u00B7\\u00C0-\\uFFFF]*)\\}$");

    private static String[] headerContents(String contents) {
        String text = contents.stripTrailing();
        // HEADER_ID ends with "}" at the end of the text ($ also allows a final U+0085, which
        // stripTrailing keeps): most headings have no explicit id and skip the regex.
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '\u0085') {
            end--;
        }
        if (end == 0 || text.charAt(end - 1) != '}') {
            return new String[] {text, null};
        }
        Matcher m = HEADER_ID.matcher(text);
        String id = null;
        if (m.find()) {
            id = m.group(1);
            text = text.substring(0, m.start()).stripTrailing();
        }
        return new String[] {text, id};
    }

    private void addHeader(Src src, int level, String text, String id, int lines) {
        Element el = newBlock("header", src.line);
        el.level = level;
        el.rawText = text;
        if (id != null) {
            el.attrs().put("id", id);
        }
        for (int i = 0; i < lines; i++) {
            src.skip();
        }
        tree.add(el);
    }

    /** The first character after at most three leading spaces, or -1: a cheap test before a line regex. */
    private static int afterIndent(CharSequence line) {
        int i = 0;
        while (i < 3 && i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i < line.length() ? line.charAt(i) : -1;
    }

    private boolean horizontalRule(Src src, CharSequence line) {
        int first = afterIndent(line);
        if ((first != '*' && first != '-' && first != '_')
                || !hrCheck.reset(line).matches()) {
            return false;
        }
        tree.add(newBlock("hr", src.line));
        src.skip();
        return true;
    }

    private boolean afterBlockBoundary() {
        Element last = tree.last();
        return last == null
                || last.type.equals("blank")
                || last.type.equals("eob") && last.eobKind == null
                || blockIal != null;
    }

    private boolean setextHeader(Src src, CharSequence line) {
        int underline = src.nextLineFirstChar();
        if (underline != '-' && underline != '=') {
            return false; // SETEXT_UNDERLINE cannot match
        }
        if (!afterBlockBoundary()) {
            return false;
        }
        int sp = Src.spaces(line);
        if (sp > 3 || line.length() <= sp || line.charAt(sp) == '\t') {
            return false;
        }
        // both lines read in place: a list item after a paragraph ("- x") is the usual line here
        Matcher u = SETEXT_UNDERLINE.matcher(src.view(scratch, src.lineEnd(src.pos) + 1));
        if (!u.matches()) {
            return false;
        }
        String[] textAndId = headerContents(line.subSequence(sp, line.length()).toString());
        if (textAndId[0].isEmpty()) {
            return false;
        }
        addHeader(src, u.group(1).equals("-") ? 2 : 1, textAndId[0], textAndId[1], 2);
        return true;
    }

    // ---- lists (kramdown's parse_list) ----

    private boolean list(Src src, CharSequence line) {
        int first = afterIndent(line);
        if (first != '+' && first != '*' && first != '-' && (first < '0' || first > '9')) {
            return false;
        }
        boolean ul = markerFirst(line, "ul") && ulCheck.reset(line).matches();
        if (!ul && !(markerFirst(line, "ol") && olCheck.reset(line).matches())) {
            return false;
        }
        ListParser lp = new ListParser(ul ? "ul" : "ol", this);
        Element list = newBlock(ul ? "ul" : "ol", src.line);
        lp.consume(src, list);
        tree.add(list);
        Element lastBlank = null;
        for (ListParser.Item item : lp.items) {
            Element li = item.li;
            Element temp = new Element("temp", li.line);
            for (int i = 0; i < item.chunks(); i++) {
                Element saved = tree;
                // a view over the item's lines: each level of a deep list reads the page's text in place
                Src chunk = item.src(i);
                int outerItem = itemFirstLine;
                itemFirstLine = i == 0 ? item.chunkLines.get(0) : -1;
                lists++;
                try {
                    checkStack(item.chunkLines.get(i), 0);
                    // each line of a staircase of list items nests one level deeper: when the stack runs out on
                    // it, stop now instead of going down every level
                    int room = RubyStack.levelsToStop(stackUsed(0), RubyStack.share(RubyStack.LISTS));
                    int steps = ListParser.staircase(chunk, room);
                    if (steps >= room) {
                        lists += room;
                        checkStack(item.chunkLines.get(i) + room - 1, 0);
                    }
                    parseBlocks(temp, chunk);
                } finally {
                    lists--;
                    itemFirstLine = outerItem;
                }
                tree = saved;
            }
            li.addAll(temp.children);
            lastBlank = null;
            if (!li.children.isEmpty() && li.last().type.equals("blank")) {
                lastBlank = li.children.remove(li.children.size() - 1);
            }
        }
        if (lastBlank != null && !lp.eobFound) {
            tree.add(lastBlank);
        }
        return true;
    }

    static Pattern listStart(String type) {
        return type.equals("ul") ? UL : OL;
    }

    static boolean listStartAny(CharSequence line) {
        return listStartAny(line, null, null);
    }

    /**
     * {@link #listStartAny} with this parser's own matchers: list items ask it of every line, and on pages of
     * nested lists a new matcher per line was most of what parsing allocated.
     */
    boolean startsListItem(CharSequence line) {
        return listStartAny(line, ulCheck, olCheck);
    }

    /**
     * The matcher {@link ListParser#consume} reads item lines with, one per list type and parse: consume never
     * runs inside another consume (nested lists are parsed after it returns), and a new matcher per list was 2 %
     * of what the pages of deep nested lists allocated.
     */
    Matcher itemMatcher(String type) {
        return type.equals("ul") ? ulItem : olItem;
    }

    private final Matcher ulItem = UL.matcher("");

    private final Matcher olItem = OL.matcher("");

    /** Reused matchers for {@link #startsListItem}; a check resets them and reads no group. */
    private final Matcher ulCheck = UL.matcher("");

    private final Matcher olCheck = OL.matcher("");

    /** With matchers to reuse, or null ones: a matcher is then made only for a line that can start an item. */
    private static boolean listStartAny(CharSequence line, Matcher ul, Matcher ol) {
        int first = afterIndent(line);
        // the marker decides which of the two patterns can match
        if (first == '+' || first == '*' || first == '-') {
            return (ul != null ? ul.reset(line) : UL.matcher(line)).matches();
        }
        return first >= '0' && first <= '9' && (ol != null ? ol.reset(line) : OL.matcher(line)).matches();
    }

    /** True when the line can start an item of a list of this type ({@code ul} or {@code ol}), read before any regex. */
    static boolean markerFirst(CharSequence line, String type) {
        int first = afterIndent(line);
        return type.equals("ul") ? first == '+' || first == '*' || first == '-' : first >= '0' && first <= '9';
    }

    static boolean hr(CharSequence line) {
        int first = afterIndent(line);
        return (first == '*' || first == '-' || first == '_')
                && HR.matcher(line).matches();
    }

    /** LIST_ITEM_IAL at the start of an item's first line: parsed into the li's IAL and removed. */
    String itemIal(String content, Element li, int line) {
        if (!mayStartWithIal(content)) {
            return content;
        }
        Matcher m = LIST_ITEM_IAL.matcher(content);
        if (m.lookingAt()) {
            Ial ial = li.ial == null ? new Ial() : li.ial;
            ial.parse(m.group(1));
            li.ial = ial;
            return content.substring(m.end());
        }
        return content;
    }

    /** False when {@link #LIST_ITEM_IAL} cannot match at the start: its first character after {@code \\s*} is '{'. */
    private static boolean mayStartWithIal(String s) {
        int i = 0;
        while (i < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i < s.length() && s.charAt(i) == '{';
    }

    static boolean itemIalOnly(String rest) {
        if (Src.blank(rest)) {
            return true;
        }
        if (!mayStartWithIal(rest)) {
            return false;
        }
        Matcher m = LIST_ITEM_IAL.matcher(rest);
        return m.lookingAt() && Src.blank(rest.substring(m.end()));
    }

    static boolean ialLineAt(CharSequence line, int maxIndent) {
        if (afterIndent(line) != '{') {
            return false;
        }
        Matcher m = IAL_LINE.matcher(line);
        return m.matches() && m.group(1).length() <= maxIndent;
    }

    static boolean lazyHtmlAt(CharSequence line, int maxIndent) {
        return Src.spaces(line) <= maxIndent && lazyHtml(line);
    }

    // ---- HTML ----

    /** 0: not handled, 1: handled, 2: end tag of the enclosing element (stop). */
    private int blockHtml(Src src, CharSequence view) {
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
            tree.add(new Element("xml_comment", startLine));
            src.advanceTo(end + 3);
            rawBlock(BlockSpans.Kind.COMMENT, startLine, startFromEnd, src);
            trailing(src);
            return 1;
        }
        int tagStart = src.pos + Src.spaces(line);
        HtmlTag tag = HtmlTag.read(src, tagStart);
        if (tag != null && !SPAN_ELEMENTS.contains(tag.name.toLowerCase(java.util.Locale.ROOT))) {
            int startLine = src.line;
            int startFromEnd = src.lineEnd(tagStart) - tagStart;
            src.advanceTo(tag.end);
            Element el = new Element("html_element", startLine);
            el.htmlName = tag.name;
            String markdown = tag.attrs.remove("markdown");
            el.attrs().putAll(tag.attrs);
            takePendingIal(el);
            tree.add(el);
            String name = tag.name.toLowerCase(java.util.Locale.ROOT);
            boolean closed = tag.selfClosed || WITHOUT_BODY.contains(name);
            String model = "raw";
            if (markdown != null && !HtmlTag.verbatim(name)) {
                switch (markdown) {
                    case "1" ->
                        model = MODEL_BLOCK.contains(name) ? "block" : MODEL_SPAN.contains(name) ? "span" : "raw";
                    case "block" -> model = "block";
                    case "span" -> model = "span";
                    default -> model = "raw";
                }
            }
            if (model.equals("block")) {
                trailing(src);
            }
            if (!closed) {
                if (model.equals("block")) {
                    markdownHtml++;
                    try {
                        checkStack(startLine, 0);
                        parseBlocks(el, src);
                    } finally {
                        markdownHtml--;
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
                        rawBlock(
                                verbatim ? BlockSpans.Kind.SCRIPT : BlockSpans.Kind.RAW_HTML,
                                rawStart[0],
                                rawStart[1],
                                src);
                    }
                }
                trailing(src);
            } else {
                // a lone tag ("<hr>", "<br/>") has no body to keep from Markdown: readers of the text see the tag
                trailing(src);
            }
            return 1;
        }
        Matcher close = HTML_CLOSE.matcher(line);
        if (close.lookingAt() && !SPAN_ELEMENTS.contains(close.group(1).toLowerCase(java.util.Locale.ROOT))) {
            if (tree.type.equals("html_element") && tree.htmlName.equalsIgnoreCase(close.group(1))) {
                src.advanceTo(src.pos + close.end());
                trailing(src);
                return 2;
            }
        }
        return 0;
    }

    /** Inline elements whose content kramdown parses as spans, one recursion per element. */
    private static final Set<String> NESTING_SPANS = Set.of(
            "a", "abbr", "b", "bdo", "big", "cite", "del", "dfn", "em", "i", "ins", "label", "mark", "q", "small",
            "span", "strong", "sub", "sup", "tt", "u");

    /**
     * Stops the parse where the inline HTML of a paragraph ({@code text} from {@code from} to {@code to}, first
     * line {@code line}) nests deeper than kramdown's span parser can go: each open element is parsed
     * recursively until its own end tag. Code spans and escaped characters are skipped. Only the elements of
     * {@link #NESTING_SPANS} count, and of the blocks around the paragraph only blockquotes, so the depth is
     * never overestimated.
     */
    private void spanHtml(Src src, int from, int to, int line) {
        int need = RubyStack.levelsToStop(
                quotes * RubyStack.share(RubyStack.BLOCKQUOTES_AROUND_SPANS), RubyStack.share(RubyStack.SPAN_HTML));
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
                    if (NESTING_SPANS.contains(name)) {
                        open.push(name);
                        if (open.size() >= need) {
                            stopLine = ln;
                            stopNesting = open.size() + " nested inline HTML elements"
                                    + (quotes > 0 ? " inside " + quotes + " nested blockquotes" : "");
                            throw new TooDeep();
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
                    rawBlock(BlockSpans.Kind.RAW_HTML, rawStart[0], rawStart[1], src);
                    trailing(src);
                    markdownHtml++;
                    try {
                        checkStack(src.line, open.size());
                        parseBlocks(child, src);
                    } finally {
                        markdownHtml--;
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
                    } else if (!t.selfClosed && !WITHOUT_BODY.contains(name)) {
                        open.push(HtmlTag.elementName(t.name));
                        checkStack(line, open.size());
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

    /**
     * TRAILING_WHITESPACE: a line that ends after a tag or comment is left. Other text after it stays
     * where it is: kramdown reads it with the block parsers as if it were a line of its own
     * ({@code <!-- c --> text} and {@code <div>x</div> - item} start a paragraph and a list).
     */
    private void trailing(Src src) {
        if (src.pos == 0 || src.eos() || src.charAt(src.pos - 1) == '\n') {
            return;
        }
        int e = src.lineEnd(src.pos);
        if (Src.blank(src.view(scratch, src.pos))) {
            src.advanceTo(Math.min(e + 1, src.length()));
        }
    }

    // ---- tables, definitions, extensions ----

    private boolean table(Src src, CharSequence line) {
        if (!afterBlockBoundary() || Src.spaces(line) > 3 || !TableLines.hasPipe(line)) {
            return false;
        }
        int p = src.pos;
        int last = p;
        int count = 0;
        boolean rows = false;
        Line l = scratch;
        while (p < src.length()) {
            int e = src.lineEnd(p);
            src.view(l, p);
            if (!TableLines.hasPipe(l)) {
                break;
            }
            rows |= !TableLines.separator(l);
            count++;
            last = p;
            p = e + 1;
        }
        Line after = p < src.length() ? src.view(l, p) : null;
        boolean boundary = after == null || Src.blank(after) || isEobLine(after) || ialLine(after);
        // kramdown's check reads the table's last line only
        if (!rows || !boundary || !TableLines.pipeOutsideCode(src.subSequence(last, src.lineEnd(last)))) {
            return false;
        }
        Element el = newBlock("table", src.line);
        for (int i = 0; i < count; i++) {
            src.skip();
        }
        tree.add(el);
        return true;
    }

    private boolean footnoteDef(Src src, CharSequence line) {
        if (afterIndent(line) != '[' || !FOOTNOTE_DEF.matcher(line).matches()) {
            return false;
        }
        int at = src.line;
        src.skip();
        consumeCodeLines(src);
        Element eob = newBlock("eob", src.line);
        eob.eobKind = "footnote_def";
        eob.definitionLine = at;
        tree.add(eob);
        return true;
    }

    private boolean linkDef(Src src, CharSequence line) {
        if (afterIndent(line) != '[') {
            return false;
        }
        Matcher m = LINK_DEF.matcher(line);
        if (!m.matches()) {
            return false;
        }
        linkIds.add(normalizeLinkId(m.group(1)));
        int at = src.line;
        rawBlocks.add(new RawBlock(BlockSpans.Kind.DEFINITION, src.line, src.lineEnd(src.pos) - src.pos, src.line, -1));
        src.skip();
        if (!src.eos() && LINK_TITLE_LINE.matcher(src.view(scratch, src.pos)).matches()) {
            src.skip();
        }
        Element eob = newBlock("eob", src.line);
        eob.eobKind = "link_def";
        eob.definitionLine = at;
        tree.add(eob);
        return true;
    }

    static String normalizeLinkId(String id) {
        return id.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private boolean abbrevDef(Src src, CharSequence line) {
        if (afterIndent(line) != '*' || !ABBREV_DEF.matcher(line).matches()) {
            return false;
        }
        int at = src.line;
        src.skip();
        Element eob = newBlock("eob", src.line);
        eob.eobKind = "abbrev_def";
        eob.definitionLine = at;
        tree.add(eob);
        return true;
    }

    private boolean blockExtension(Src src, CharSequence view) {
        // ALD_LINE, EXT_LINE and IAL_LINE all need "{:" after at most three spaces.
        if (afterIndent(view) != '{') {
            return false;
        }
        int brace = Src.spaces(view);
        if (brace > 3 || brace + 1 >= view.length() || view.charAt(brace + 1) != ':') {
            return false;
        }
        // The character after "{:" tells the three kinds apart ("{::" an extension, "{:name:" a definition,
        // anything else an IAL): an IAL line, the usual one, is not run past the other two patterns.
        int kind = brace + 2 < view.length() ? view.charAt(brace + 2) : -1;
        String line = src.line();
        Matcher ald = kind != ':' && wordChar(kind) ? ALD_LINE.matcher(line) : null;
        if (ald != null && ald.matches()) {
            Ial def = alds.computeIfAbsent(ald.group(1), k -> new Ial());
            def.parse(ald.group(2));
            src.skip();
            Element eob = newBlock("eob", src.line);
            eob.eobKind = "ald";
            tree.add(eob);
            return true;
        }
        Matcher ext = kind == ':' ? EXT_LINE.matcher(line) : null;
        if (ext != null && ext.matches()) {
            int start = src.line;
            src.skip();
            if (ext.group(2) == null) {
                Pattern stop = Pattern.compile(" {0,3}\\{:/(" + Pattern.quote(ext.group(1)) + ")?\\}\\s*");
                Line l = scratch;
                while (!src.eos() && !stop.matcher(src.view(l, src.pos)).matches()) {
                    src.skip();
                }
                if (!src.eos()) {
                    src.skip();
                }
            }
            if (ext.group(1).equals("options")) {
                Matcher kv = OPTION.matcher(line);
                while (kv.find()) {
                    documentOptions.put(kv.group(1), kv.group(2) != null ? kv.group(2) : kv.group(3));
                }
            }
            Element el = newBlock("extension", start);
            tree.add(el);
            return true;
        }
        Matcher ial = kind == ':' ? null : IAL_LINE.matcher(line);
        if (ial == null || !ial.matches()) {
            return false;
        }
        AttributeLineBuilder b = new AttributeLineBuilder(src.line, ial.group(1).length() + 1, line.strip());
        attributeLines.add(b);
        Element last = tree.last();
        b.before = last == null ? null : last.type;
        b.container = tree;
        for (int i = tree.children.size() - 1; i >= 0; i--) {
            Element e = tree.children.get(i);
            if (!e.type.equals("blank") && !(e.type.equals("eob") && "ial".equals(e.eobKind))) {
                b.above = e;
                break;
            }
        }
        src.skip();
        int p = src.pos;
        Line l = scratch;
        while (p < src.length()) {
            src.view(l, p);
            if (!ialLine(l)) {
                b.blankAfter = Src.blank(l);
                break;
            }
            p = src.lineEnd(p) + 1;
        }
        if (last != null
                && !last.type.equals("blank")
                && (!last.type.equals("eob")
                        || Set.of("link_def", "abbrev_def", "footnote_def").contains(last.eobKind))) {
            if (last.ial == null) {
                last.ial = new Ial();
            }
            last.ial.parse(ial.group(2));
            last.ial.sources.add(b);
            b.target = last;
            b.attachedAbove = true;
            if (src.eos() || !ialLine(src.view(l, src.pos))) {
                Element eob = newBlock("eob", src.line);
                eob.eobKind = "ial";
                tree.add(eob);
            }
        } else {
            if (blockIal == null) {
                blockIal = new Ial();
            }
            blockIal.parse(ial.group(2));
            blockIal.sources.add(b);
        }
        return true;
    }

    /** A character of the patterns' {@code \w}: an ASCII letter, digit or underscore. */
    private static boolean wordChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private boolean eobMarker(Src src, CharSequence line) {
        if (!isEobLine(line)) {
            return false;
        }
        tree.add(newBlock("eob", src.line));
        src.skip();
        return true;
    }

    // ---- paragraphs ----

    private boolean paragraph(Src src, Line line) {
        int sp = Src.spaces(line);
        if (sp > 3 || line.length() <= sp || line.charAt(sp) == '\t') {
            return false;
        }
        int start = src.line;
        int from = src.pos;
        String firstText = line.text();
        int firstFrom = line.from;
        int firstTo = line.to;
        noSpaceHeading(line, start);
        src.skip();
        Line l = scratch;
        while (!src.eos() && !paragraphEnd(src.view(l, src.pos))) {
            continuedNoSpaceHeading(l, src.line);
            src.skip();
        }
        spanHtml(src, from, src.pos, start);
        Element last = tree.last();
        if (last != null && last.type.equals("p")) {
            return true;
        }
        Element p = newBlock("p", start);
        p.rawTextAt(firstText, firstFrom, firstTo);
        tree.add(p);
        return true;
    }

    /**
     * Characters that may start a line some block parser other than the paragraph's claims (a fence
     * needs three backticks or tildes: one or two start a paragraph, often with a code span).
     */
    private static final boolean[] BLOCK_START = new boolean[128];

    static {
        for (char c : ">#*-_+<[{^|0123456789".toCharArray()) {
            BLOCK_START[c] = true;
        }
    }

    /**
     * True for a line that only the paragraph parser can take: it starts with a character no other
     * block starts with (no indentation), has no pipe (no table row) and is not followed by a setext
     * underline. Most lines of prose are such lines, and are then read without being copied.
     */
    private static boolean plainParagraphLine(Src src, Line line) {
        char c = line.charAt(0);
        if (c < 128 ? BLOCK_START[c] : false) {
            return false;
        }
        if (Character.isWhitespace(c)) {
            return false;
        }
        if ((c == '`' || c == '~') && src.startsWith(c == '`' ? "```" : "~~~", src.pos)) {
            return false;
        }
        if (src.pipeInLine()) {
            return false;
        }
        int next = src.nextLineFirstChar();
        return next != '-' && next != '=';
    }

    /** {@link #paragraph} for a {@link #plainParagraphLine}, reading the text in place. */
    private void paragraphAt(Src src, Line first) {
        int start = src.line;
        int from = src.pos;
        String firstText = first.text();
        int firstFrom = first.from;
        int firstTo = first.to;
        src.skip();
        Line l = scratch;
        while (!src.eos() && !paragraphEndAt(src.view(l, src.pos))) {
            if (l.length() > 0 && l.charAt(0) == '#') {
                continuedNoSpaceHeading(l, src.line);
            }
            src.skip();
        }
        spanHtml(src, from, src.pos, start);
        Element last = tree.last();
        if (last != null && last.type.equals("p")) {
            return;
        }
        Element p = newBlock("p", start);
        p.rawTextAt(firstText, firstFrom, firstTo);
        tree.add(p);
    }

    /** {@link #paragraphEnd} of the current line, copying it only when a regex has to decide. */
    private boolean paragraphEndAt(Line line) {
        String t = line.text();
        int p = line.from;
        int e = line.to;
        int i = p;
        while (i < e && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        if (i == e) {
            return true;
        }
        int k = p;
        while (k < p + 3 && k < e && t.charAt(k) == ' ') {
            k++;
        }
        char first = t.charAt(k);
        if (PARAGRAPH_END_STARTS.indexOf(first) < 0 && (first < '0' || first > '9')) {
            return false;
        }
        return paragraphEnd(line);
    }

    // '#12' (a single hash and a digit) is an issue or pull-request number in changelogs, not a heading typo;
    // '#jekyll #docs' (a single hash, and another '#word' later) is a line of hashtags; '#wg-ci Slack channel',
    // '#rebuild: infrastructure' (one hash, a lower-case name with '-' or '_' or followed by ':') name a chat
    // channel or tag, not a heading; so does a lone lower-case '#openshadinglanguage' (a heading's first word
    // is capitalised, or it has more than one)
    private static final Pattern NO_SPACE_HEADING = Pattern.compile("(?!#\\d)(?!#[^#\\s].*\\s#[^#\\s])"
            + "(?!#[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+(?:[\\s:,.;)]|$))(?!#[a-z][a-z0-9_-]*:)"
            + "(?!#[a-z][a-z0-9]*[.,;)]?\\s*$)"
            + "#{1,6}[^#\\s\\\\].*");

    /** Lines of the parsed source (not yet file lines) that look like {@code ##Text}. */
    final List<NoSpaceHeading> noSpaceHeadingLines = new ArrayList<>();

    // '- #text', '1. #include <stdio.h>': one '#' and a lower-case word right after a list marker name something
    // (a DOM node, a directive, a tag) in a list of such names, not a heading inside the item ('- ##Setup' and
    // '- #Setup' still read as one)
    private static final Pattern ITEM_NAME = Pattern.compile("#\\p{Ll}.*");

    // '* #CS, SO/IO1, SI/IO0, VSS, VCC': one '#' and an upper-case name followed by a comma opening an item is a list
    // of signal or pin names (an active-low '#CS'), not a heading ('- #Setup, part one' still reads as one)
    private static final Pattern ITEM_NAMES = Pattern.compile("#[\\p{Lu}\\d_/]+,.*");

    // '2. #L = 0の場合、…': one '#' and a name compared with a value opening an item is a count written '#L' (the
    // column '#L' of a tool's window, tang3cko/ReactiveSO-docs), not a heading ('- #Setup guide' still reads as one)
    private static final Pattern ITEM_COMPARISON = Pattern.compile("#[\\p{L}\\p{N}_]+ ?(?:[=<>≤≥≠]|!=).*");

    private void noSpaceHeading(CharSequence line, int lineNo) {
        if (lineNo == itemFirstLine
                && (ITEM_NAME.matcher(line).matches()
                        || ITEM_NAMES.matcher(line).matches()
                        || ITEM_COMPARISON.matcher(line).matches())) {
            return;
        }
        if (line.length() > 0
                && line.charAt(0) == '#'
                && NO_SPACE_HEADING.matcher(line).matches()) {
            int hashes = 0;
            while (line.charAt(hashes) == '#') {
                hashes++;
            }
            noSpaceHeadingLines.add(new NoSpaceHeading(lineNo, Character.codePointAt(line, hashes)));
        }
    }

    /**
     * {@link #noSpaceHeading} for a line that continues a paragraph: there a single '#' before a word is a hashtag
     * the text wrapped onto the line ('Tweet to\n#DataHelpDesk during the meeting'), not a heading missing its
     * space; two or more hashes still are.
     */
    private void continuedNoSpaceHeading(CharSequence line, int lineNo) {
        if (line.length() > 1 && line.charAt(1) == '#') {
            noSpaceHeading(line, lineNo);
        }
    }

    /** PARAGRAPH_END_GFM. */
    boolean paragraphEnd(CharSequence line) {
        if (Src.blank(line)) {
            return true;
        }
        // Every other alternative starts with one of these characters after at most three spaces:
        // most paragraph lines are decided here without running a regex.
        int first = afterIndent(line);
        if (first < 0 || PARAGRAPH_END_STARTS.indexOf(first) < 0 && (first < '0' || first > '9')) {
            return false;
        }
        return lazyEnd(line)
                || startsListItem(line)
                || atxContent(line) >= 0
                || first == ':' && DL.matcher(line).matches()
                || blockquoteStart(line)
                || (first == '~' || first == '`') && FENCE_START.matcher(line).lookingAt();
    }

    private static final String PARAGRAPH_END_STARTS = "{<^+*-#:>~`";

    private static final Pattern FENCE_START = Pattern.compile(" {0,3}[~`]{3}");

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new java.util.HashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }
}
