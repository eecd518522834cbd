package io.github.faqkit.core.kramdown;

import static io.github.faqkit.core.kramdown.BlockLines.HR;
import static io.github.faqkit.core.kramdown.BlockLines.IAL_LINE;
import static io.github.faqkit.core.kramdown.BlockLines.LIST_ITEM_IAL;
import static io.github.faqkit.core.kramdown.BlockLines.OL;
import static io.github.faqkit.core.kramdown.BlockLines.UL;
import static io.github.faqkit.core.kramdown.BlockLines.afterIndent;
import static io.github.faqkit.core.kramdown.BlockLines.atxContent;
import static io.github.faqkit.core.kramdown.BlockLines.blankFrom;
import static io.github.faqkit.core.kramdown.BlockLines.blockquoteStart;
import static io.github.faqkit.core.kramdown.BlockLines.ialLine;
import static io.github.faqkit.core.kramdown.BlockLines.indented;
import static io.github.faqkit.core.kramdown.BlockLines.isEobLine;
import static io.github.faqkit.core.kramdown.BlockLines.lazyEnd;
import static io.github.faqkit.core.kramdown.BlockLines.lazyHtml;
import static io.github.faqkit.core.kramdown.BlockLines.listStartAny;
import static io.github.faqkit.core.kramdown.BlockLines.markerFirst;
import static io.github.faqkit.core.kramdown.BlockLines.mayStartWithIal;
import static io.github.faqkit.core.kramdown.BlockLines.plainParagraphLine;
import static io.github.faqkit.core.kramdown.BlockLines.quoteMarkerLength;
import static io.github.faqkit.core.kramdown.BlockLines.quoteMarkers;
import static io.github.faqkit.core.kramdown.BlockLines.wordChar;

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
 * linear in the size of the page. The tests of one line are {@link BlockLines}, the HTML parsers
 * {@link HtmlBlocks}, the nesting counted against Ruby's stack {@link ParseDepth}.
 */
final class BlockParser {
    private static final Pattern DL = Pattern.compile(" {0,3}:[\\t| ].*");
    private static final Pattern FENCE_OPEN = Pattern.compile("( {0,3})(([~`])\\3{2,})[ \\t]*(\\S*)[ \\t]*");
    private static final Pattern ALD_LINE = Pattern.compile(" {0,3}\\{:(\\w[\\w-]*):((?:\\\\\\}|[^}])+)\\}\\s*");
    private static final Pattern OPTION = Pattern.compile("(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern EXT_LINE = Pattern.compile(" {0,3}\\{::(\\w+)(?:\\s[^}]*?)?(/)?\\}\\s*");
    private static final Pattern FOOTNOTE_DEF = Pattern.compile(" {0,3}\\[\\^\\w[\\w-]*\\]:.*");
    private static final Pattern LINK_DEF = Pattern.compile(" {0,3}\\[([^\\]]+)\\]:[ \\t]*\\S.*");
    private static final Pattern LINK_TITLE_LINE = Pattern.compile("[ \\t]*([\"']).+\\1[ \\t]*");
    private static final Pattern ABBREV_DEF = Pattern.compile(" {0,3}\\*\\[[^\\]]+\\]:.*");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("([-=])[-=]*[ \\t\\r\\f\\v]*");
    final List<AttributeLineBuilder> attributeLines = new ArrayList<>();
    final Map<String, Ial> alds = new HashMap<>();
    final Set<String> linkIds = new java.util.HashSet<>();
    /** Options set in the text by {@code {::options key="value" /}}: kramdown applies them to the whole document. */
    final Map<String, String> documentOptions = new HashMap<>();
    /** Code blocks, raw HTML elements, comment blocks and link definitions, in document order. */
    final List<RawBlock> rawBlocks = new ArrayList<>();
    /** Lines of the parsed source (not yet file lines) that look like {@code ##Text}. */
    final NoSpaceHeadingLines noSpaceHeadings = new NoSpaceHeadingLines();

    /**
     * Where a code, raw HTML or comment block starts and ends: a kramdown line and the distance from the
     * position to the end of that line, which containers (blockquote, list item) never change because
     * they only take text off the start of a line; -1 stands for the start of the line (for a start) or
     * the end of the line with its line break (for an end).
     */
    record RawBlock(BlockSpans.Kind kind, int startLine, int startFromEnd, int endLine, int endFromEnd) {}

    /** Records a block from {@code (startLine, startFromEnd)} to the current position of {@code src}. */
    void rawBlock(BlockSpans.Kind kind, int startLine, int startFromEnd, Src src) {
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

    /** The element the blocks being parsed go into. */
    Element tree() {
        return tree;
    }

    private Ial blockIal;
    private final Deque<Object[]> stack = new ArrayDeque<>();

    /** The levels of kramdown's recursion open at the current position, and where the parse stopped. */
    final ParseDepth depth = new ParseDepth();

    /** The HTML parsers, which read and add to this parse's state. */
    private final HtmlBlocks htmlBlocks = new HtmlBlocks(this, depth);

    /** The line that opens the list item being parsed (after its marker), -1 outside list items. */
    private int itemFirstLine = -1;

    Element parse(String text) {
        Element root = new Element("root", 1);
        tree = root;
        try {
            parseBlocks(root, new Src(text, 1));
        } catch (ParseDepth.TooDeep e) {
            // the depth's stopLine and stopNesting say where; the build fails there, so the rest is never rendered
        }
        return root;
    }

    /** kramdown's parse_blocks: returns true when stopped by the end tag of the enclosing HTML element. */
    boolean parseBlocks(Element el, Src src) {
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
                int html = htmlBlocks.blockHtml(src, line);
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

    void takePendingIal(Element el) {
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
        int room = RubyStack.levelsToStop(depth.used(0), RubyStack.share(RubyStack.BLOCKQUOTES));
        if (quoteMarkers(line, room) >= room) {
            depth.quotes += room;
            depth.check(start, 0);
        }
        depth.quotes++;
        try {
            depth.check(start, 0);
            parseBlocks(el, content.src(0, content.count(), start));
        } finally {
            depth.quotes--;
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
                depth.lists++;
                try {
                    depth.check(item.chunkLines.get(i), 0);
                    // each line of a staircase of list items nests one level deeper: when the stack runs out on
                    // it, stop now instead of going down every level
                    int room = RubyStack.levelsToStop(depth.used(0), RubyStack.share(RubyStack.LISTS));
                    int steps = ListParser.staircase(chunk, room);
                    if (steps >= room) {
                        depth.lists += room;
                        depth.check(item.chunkLines.get(i) + room - 1, 0);
                    }
                    parseBlocks(temp, chunk);
                } finally {
                    depth.lists--;
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

    // ---- HTML ----

    /**
     * TRAILING_WHITESPACE: a line that ends after a tag or comment is left. Other text after it stays
     * where it is: kramdown reads it with the block parsers as if it were a line of its own
     * ({@code <!-- c --> text} and {@code <div>x</div> - item} start a paragraph and a list).
     */
    void trailing(Src src) {
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
        noSpaceHeadings.line(line, start, start == itemFirstLine);
        src.skip();
        Line l = scratch;
        while (!src.eos() && !paragraphEnd(src.view(l, src.pos))) {
            noSpaceHeadings.continuedLine(l, src.line);
            src.skip();
        }
        htmlBlocks.spanHtml(src, from, src.pos, start);
        Element last = tree.last();
        if (last != null && last.type.equals("p")) {
            return true;
        }
        Element p = newBlock("p", start);
        p.rawTextAt(firstText, firstFrom, firstTo);
        tree.add(p);
        return true;
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
                noSpaceHeadings.continuedLine(l, src.line);
            }
            src.skip();
        }
        htmlBlocks.spanHtml(src, from, src.pos, start);
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
}
